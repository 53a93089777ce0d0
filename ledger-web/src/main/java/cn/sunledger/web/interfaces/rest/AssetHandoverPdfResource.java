package cn.sunledger.web.interfaces.rest;

import cn.sunledger.ledger.application.asset.AssetRegisters;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /ledger/api/assets/{id}/handovers/{h}/pdf}: the printable 移交书 (an addition to api.md, beside the
 * handover's confirmation at {@code …/handovers/{h}/confirmation}). VIEW_ASSETS on the asset's place; 404 for a
 * 移交书 that is not the asset's. Its own root resource, whose longer literal path wins over {@code /assets}.
 */
@Path("/assets/{id}/handovers/{handover}/pdf")
@RequestScoped
public class AssetHandoverPdfResource {

    @Inject
    AssetRegisters registers;

    @Inject
    CurrentCaller caller;

    @GET
    @Produces({ "application/pdf", MediaType.APPLICATION_JSON })
    public Response pdf(@PathParam("id") long id, @PathParam("handover") long handover) {
        byte[] pdf = registers.handoverPdf(caller.get(), id, handover);
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", "inline; filename=\"handover-" + id
                + "-" + handover + ".pdf\"").header("Cache-Control", "no-store").build();
    }
}
