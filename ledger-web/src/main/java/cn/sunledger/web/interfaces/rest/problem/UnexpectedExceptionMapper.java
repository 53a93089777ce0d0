package cn.sunledger.web.interfaces.rest.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else. A refusal wrapped by a transaction or an interceptor is unwrapped and answered as
 * itself; a real failure is logged with an incident number that the 500 answer quotes, so support can
 * find it, while the client never sees a stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable e) {
        Response known = KnownCauses.respond(e, Problems.locale(headers));
        if (known != null) {
            return known;
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof WebApplicationException wae) {
                return WebApplicationExceptionMapper.respond(wae, Problems.locale(headers));
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "incident " + incident, e);
        Response problem = Problems.of(500, "error.internal", Problems.locale(headers));
        ProblemDocument doc = (ProblemDocument) problem.getEntity();
        return Response.status(500).type(Problems.PROBLEM_JSON).entity(new ProblemDocument(doc.type(), doc.title(),
                500, doc.detail(), "urn:incident:" + incident, null, null)).build();
    }
}
