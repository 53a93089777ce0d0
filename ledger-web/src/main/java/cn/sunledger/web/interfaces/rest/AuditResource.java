package cn.sunledger.web.interfaces.rest;

import cn.sunledger.ledger.application.AuditTrail;
import cn.sunledger.web.interfaces.rest.dto.AuditEntryDto;
import cn.sunledger.web.interfaces.rest.dto.ListPage;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The audit trail of one record: GET /api/audit/{type}/{id}, e.g. /api/audit/region/532922101201. */
@Path("/audit/{type}/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditTrail audit;

    @Inject
    CurrentCaller caller;

    @GET
    public ListPage<AuditEntryDto> history(@PathParam("type") String type, @PathParam("id") String id) {
        return ListPage.of(audit.history(caller.get(), type, id).stream().map(AuditEntryDto::of).toList());
    }
}
