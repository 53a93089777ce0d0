package cn.sunledger.web.interfaces.rest;

import cn.sunledger.ledger.application.household.HouseholdSheets;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.service.access.Caller;
import cn.sunledger.web.interfaces.rest.dto.HouseholdDtos.ImportedDto;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * {@code POST /ledger/api/households/import?village=CODE} (api.md): one administrative village's households from an
 * XLSX or CSV file — the raw body, or the "file" part of a multipart form (with the village as a query parameter or a
 * "village" part) — all rows or none; a refusal is 422 with every bad cell in {@code errors[]} (row, column, message)
 * and {@code imported: 0}. {@code GET …/import/template.xlsx} is the workbook to fill in.
 */
@Path("/households/import")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HouseholdImportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    HouseholdSheets sheets;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes({XLSX, "text/csv", MediaType.APPLICATION_OCTET_STREAM})
    public ImportedDto importFile(@QueryParam("village") String village, InputStream body) throws IOException {
        return importBytes(village, BoundedBody.read(body, BoundedBody.MAX_IMPORT_BYTES));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public ImportedDto importForm(@QueryParam("village") String village, List<EntityPart> parts) throws IOException {
        byte[] file = null;
        String v = village;
        for (EntityPart part : parts) {
            if ("file".equals(part.getName())) {
                file = BoundedBody.read(part.getContent(), BoundedBody.MAX_IMPORT_BYTES);
            } else if ("village".equals(part.getName()) && (v == null || v.isBlank())) {
                v = FormParts.text(part);
            }
        }
        if (file == null) {
            throw LedgerException.invalid("import.household.empty");
        }
        return importBytes(v, file);
    }

    @GET
    @Path("template.xlsx")
    @Produces(XLSX)
    public Response template(@QueryParam("village") String village) {
        Caller c = caller.get();
        // a small workbook, written whole so that refusals (role, scope, a bad village) are problem+json
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sheets.template(c, village, out);
        return attachment(out.toByteArray(), "household-import-template.xlsx", "农户导入模板.xlsx");
    }

    private ImportedDto importBytes(String village, byte[] file) {
        return ImportedDto.of(sheets.importVillage(caller.get(), village, new ByteArrayInputStream(file)));
    }

    static Response attachment(Object body, String asciiName, String name) {
        return Response.ok(body, XLSX).header("Content-Disposition", ContentDisposition.attachment(asciiName, name))
                .header("Cache-Control", "no-store").build();
    }
}
