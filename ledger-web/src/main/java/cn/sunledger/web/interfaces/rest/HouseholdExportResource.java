package cn.sunledger.web.interfaces.rest;

import cn.sunledger.ledger.application.household.HouseholdFilter;
import cn.sunledger.ledger.application.household.HouseholdRegister;
import cn.sunledger.ledger.application.household.HouseholdSheets;
import cn.sunledger.ledger.domain.service.access.Caller;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * {@code GET /ledger/api/households/export.xlsx?region=&category=}: every household of the filter in the caller's
 * scope, masked (ID numbers and phones as the list shows them), streamed after the checks.
 */
@Path("/households/export.xlsx")
@RequestScoped
public class HouseholdExportResource {

    @Inject
    HouseholdSheets sheets;

    @Inject
    HouseholdRegister register;

    @Inject
    CurrentCaller caller;

    @GET
    @Produces({HouseholdImportResource.XLSX, MediaType.APPLICATION_JSON})
    public Response export(@QueryParam("region") String region, @QueryParam("category") String category) {
        Caller c = caller.get();
        HouseholdFilter filter = HouseholdResource.filter(region, category);
        // refusals (role, scope) come now, as problem+json, not halfway through a streamed body
        register.list(c, filter, 0, 1);
        StreamingOutput body = out -> sheets.export(c, filter, out);
        return HouseholdImportResource.attachment(body, "households.xlsx", "农户台账.xlsx");
    }
}
