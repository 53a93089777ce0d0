package cn.sunledger.web.interfaces.rest;

import cn.sunledger.ledger.application.asset.AssetRegisters;
import cn.sunledger.ledger.application.asset.RegisterExport;
import cn.sunledger.ledger.application.fund.ExportFormat;
import cn.sunledger.ledger.domain.service.access.Caller;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * {@code GET /ledger/api/assets/export?format=xlsx|pdf&region=&asOf=&class=&status=&ownerLevel=&owner=&project=&source=}
 * (api.md's register export): the register as of a day, streamed — one forward-only query, row by row into the
 * workbook or the PDF, with its totals. Scope and parameters are checked before the body starts, so a refusal is a
 * problem+json (400 naming the parameter, 403 outside the caller's scope), not a broken file. Its own root resource,
 * whose literal path wins over the register's {@code /assets/{id}}.
 */
@Path("/assets/export")
@RequestScoped
public class AssetRegisterExportResource {

    @Inject
    AssetRegisters registers;

    @Inject
    CurrentCaller caller;

    @GET
    @Produces({ "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/pdf",
            MediaType.APPLICATION_JSON })
    public Response export(@QueryParam("format") String format, @BeanParam AssetRegisterParameters parameters) {
        Caller c = caller.get();
        ExportFormat f = ExportFormat.of(format)
                .orElseThrow(() -> AssetRegisterParameters.bad("format", "assetRegister.badFormat"));
        RegisterExport export = registers.export(c, parameters.toQuery(), f);
        StreamingOutput body = out -> registers.write(c, export, out);
        return Response.ok(body, export.mediaType())
                .header("Content-Disposition", ContentDisposition.attachment(export.asciiFileName(), export.fileName()))
                .header("Cache-Control", "no-store").build();
    }
}
