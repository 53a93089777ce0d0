package cn.sunledger.web.interfaces.rest;

import cn.sunledger.ledger.application.RegionDirectory;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.infrastructure.excel.RegionSheet;
import cn.sunledger.web.interfaces.rest.dto.ImportResultDto;
import cn.sunledger.web.interfaces.rest.dto.ListPage;
import cn.sunledger.web.interfaces.rest.dto.RegionDto;
import cn.sunledger.web.interfaces.rest.problem.Problems;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

@Path("/regions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RegionResource {

    @Inject
    RegionDirectory regions;

    @Inject
    CurrentCaller caller;

    @Context
    HttpHeaders headers;

    @GET
    public ListPage<RegionDto> children(@QueryParam("parent") String parent,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("500") int size) {
        var list = parent == null || parent.isBlank()
                ? regions.roots(caller.get())
                : regions.children(caller.get(), code(parent));
        return ListPage.page(list.stream().map(r -> RegionDto.of(r, locale())).toList(), page, size);
    }

    @GET
    @Path("{code}")
    public RegionDto get(@PathParam("code") String code) {
        return RegionDto.of(regions.get(caller.get(), code(code)), locale());
    }

    @GET
    @Path("{code}/path")
    public List<RegionDto> path(@PathParam("code") String code) {
        return regions.path(caller.get(), code(code)).stream().map(r -> RegionDto.of(r, locale())).toList();
    }

    /** A CSV or XLSX file sent as the request body (text/csv, the XLSX media type or octet-stream). */
    @POST
    @Path("import")
    @Consumes({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            MediaType.APPLICATION_OCTET_STREAM})
    public ImportResultDto importFile(InputStream body) throws IOException {
        return importBytes(BoundedBody.read(body, BoundedBody.MAX_IMPORT_BYTES));
    }

    /** The same file as the "file" part of a multipart form (for browser uploads and curl -F). */
    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public ImportResultDto importForm(List<EntityPart> parts) throws IOException {
        for (EntityPart part : parts) {
            if ("file".equals(part.getName())) {
                return importBytes(BoundedBody.read(part.getContent(), BoundedBody.MAX_IMPORT_BYTES));
            }
        }
        throw LedgerException.invalid("import.region.empty");
    }

    private ImportResultDto importBytes(byte[] file) {
        int imported = regions.importRegions(caller.get(), RegionSheet.read(new ByteArrayInputStream(file)));
        return new ImportResultDto(imported, List.of());
    }

    private static RegionCode code(String text) {
        if (!RegionCode.isValid(text)) {
            throw LedgerException.invalid("region.badCode", text);
        }
        return RegionCode.of(text);
    }

    private Locale locale() {
        return Problems.locale(headers);
    }
}
