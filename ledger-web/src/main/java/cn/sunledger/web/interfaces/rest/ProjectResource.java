package cn.sunledger.web.interfaces.rest;

import cn.sunledger.ledger.application.project.AcceptanceForm;
import cn.sunledger.ledger.application.project.ActionForm;
import cn.sunledger.ledger.application.project.ProjectFilter;
import cn.sunledger.ledger.application.project.ProjectFunds;
import cn.sunledger.ledger.application.project.ProjectLibrary;
import cn.sunledger.ledger.application.project.ProjectSheets;
import cn.sunledger.ledger.application.project.ProjectView;
import cn.sunledger.ledger.application.project.TransitionView;
import cn.sunledger.ledger.domain.model.project.ProjectAction;
import cn.sunledger.ledger.domain.model.project.ProjectStatus;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.service.access.Caller;
import cn.sunledger.web.interfaces.rest.dto.ListPage;
import cn.sunledger.web.interfaces.rest.dto.ProjectDto;
import cn.sunledger.web.interfaces.rest.dto.ProjectRequest;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The project library (api.md): create and edit drafts, list and read in scope, approval steps, history. */
@Path("/projects")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectResource {

    @Inject
    ProjectLibrary library;

    @Inject
    ProjectFunds funds;

    @Inject
    CurrentCaller caller;

    /**
     * Body of an approval step: {@code opinion, decisionRef, decidedOn} (all optional for most steps); the sizes are
     * those of project_transition's and project_adjustment's columns.
     */
    public record ActionBody(@Size(max = 2000) String opinion, @Size(max = 200) String decisionRef,
            LocalDate decidedOn) {
    }

    /**
     * The body of a step of the chain: an {@link ActionBody}'s fields and, for the accept step (验收), the acceptance
     * report's reference and one actual value per 绩效目标 indicator, naming it by its 0-based place in the project's
     * {@code indicators}.
     */
    public record StepBody(@Size(max = 2000) String opinion, @Size(max = 200) String decisionRef,
            LocalDate decidedOn, String acceptanceReportRef, List<IndicatorActualBody> indicatorActuals) {

        ActionForm form(ProjectAction action) {
            AcceptanceForm acceptance = action != ProjectAction.ACCEPT ? null
                    : new AcceptanceForm(acceptanceReportRef, indicatorActuals == null ? List.of()
                            : indicatorActuals.stream().filter(Objects::nonNull)
                                    .map(a -> new AcceptanceForm.IndicatorActual(a.index(), a.actual())).toList());
            return new ActionForm(opinion, decisionRef, decidedOn, acceptance);
        }
    }

    public record IndicatorActualBody(Integer index, String actual) {
    }

    @POST
        public Response create(ProjectRequest body) {
        ProjectRequest request = BeanChecks.required(body);
        ProjectDto created = ProjectDto.of(library.create(caller.get(), request.toDetails()));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
        public ListPage<ProjectDto.Summary> list(@QueryParam("year") Integer year, @QueryParam("status") String status,
            @QueryParam("region") String region, @QueryParam("category") String category,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return ListPage.of(library.list(caller.get(), filter(year, status, region, category), page, size),
                ProjectDto.Summary::of);
    }

    @GET
    @Path("{id}")
    public ProjectDto get(@PathParam("id") long id) {
        Caller c = caller.get();
        ProjectView project = library.get(c, id);
        // read-only additions: the acceptance once accepted, and planned/allocated/disbursed by fund source
        return ProjectDto.of(project, library.acceptance(c, id).orElse(null), funds.of(c, id));
    }

    @PUT
    @Path("{id}")
    public ProjectDto update(@PathParam("id") long id, ProjectRequest body) {
        ProjectRequest request = BeanChecks.required(body);
        return ProjectDto.of(library.update(caller.get(), id, request.toDetails(), request.version));
    }

    @POST
    @Path("{id}/actions/{action}")
    public ProjectDto act(@PathParam("id") long id, @PathParam("action") String action, StepBody body) {
        ProjectAction a = ProjectAction.fromPath(action);
        if (a == null) {
            throw LedgerException.notFound("project.unknownAction", action);
        }
        StepBody b = body == null ? new StepBody(null, null, null, null, null) : body;
        return ProjectDto.of(library.act(caller.get(), id, a, b.form(a)));
    }

    @GET
    @Path("{id}/history")
    public List<TransitionView> history(@PathParam("id") long id) {
        return library.history(caller.get(), id);
    }

    // --- XLSX export, import template and import ---

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ProjectSheets sheets;

    /** Every project of the list's filter as XLSX, streamed (not only one page). */
    @GET
    @Path("export.xlsx")
    @Produces(XLSX)
    public Response export(@QueryParam("year") Integer year, @QueryParam("status") String status,
            @QueryParam("region") String region, @QueryParam("category") String category) {
        Caller c = caller.get();
        ProjectFilter f = filter(year, status, region, category);
        // refusals (scope, filter) come now, as problem+json, not halfway through a streamed body
        library.list(c, f, 0, 1);
        StreamingOutput body = out -> sheets.export(c, f, out);
        return attachment(body, "projects.xlsx", "项目库.xlsx");
    }

    @GET
    @Path("import-template.xlsx")
    @Produces(XLSX)
    public Response importTemplate() {
        Caller c = caller.get();
        StreamingOutput body = out -> sheets.template(c, out);
        return attachment(body, "project-import-template.xlsx", "项目导入模板.xlsx");
    }

    /** Many DRAFTs from an XLSX body: all rows or none; a refusal lists every bad cell (422, imported 0). */
    @POST
    @Path("import")
    @Consumes({XLSX, MediaType.APPLICATION_OCTET_STREAM})
    public ProjectImportDto importFile(InputStream body) throws IOException {
        return importBytes(BoundedBody.read(body, BoundedBody.MAX_IMPORT_BYTES));
    }

    /** The same workbook as the "file" part of a multipart form. */
    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public ProjectImportDto importForm(List<EntityPart> parts) throws IOException {
        for (EntityPart part : parts) {
            if ("file".equals(part.getName())) {
                return importBytes(BoundedBody.read(part.getContent(), BoundedBody.MAX_IMPORT_BYTES));
            }
        }
        throw LedgerException.invalid("import.project.empty", ProjectSheets.PROJECT_SHEET);
    }

    private ProjectImportDto importBytes(byte[] file) {
        ProjectSheets.ImportedProjects done = sheets.importDrafts(caller.get(), new ByteArrayInputStream(file),
                ProjectSheets.ImportProgress.NONE);
        return new ProjectImportDto(done.imported(), done.codes());
    }

    /** The answer to an accepted project import. */
    public record ProjectImportDto(int imported, List<String> codes) {
    }

    private static Response attachment(StreamingOutput body, String asciiName, String name) {
        return Response.ok(body, XLSX).header("Content-Disposition", ContentDisposition.attachment(asciiName, name))
                .build();
    }

    private static ProjectFilter filter(Integer year, String status, String region, String category) {
        ProjectStatus s = null;
        if (status != null && !status.isBlank()) {
            try {
                s = ProjectStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw LedgerException.invalid("error.malformed", "status=" + status);
            }
        }
        RegionCode r = null;
        if (region != null && !region.isBlank()) {
            if (!RegionCode.isValid(region.trim())) {
                throw LedgerException.invalid("region.badCode", region);
            }
            r = RegionCode.of(region.trim());
        }
        return new ProjectFilter(year, s, category == null || category.isBlank() ? null : category.trim(), r);
    }
}
