package cn.sunledger.web.interfaces.rest.problem;

import cn.sunledger.ledger.domain.model.shared.LedgerException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class LedgerExceptionMapper implements ExceptionMapper<LedgerException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(LedgerException e) {
        return Problems.of(e, Problems.locale(headers));
    }
}
