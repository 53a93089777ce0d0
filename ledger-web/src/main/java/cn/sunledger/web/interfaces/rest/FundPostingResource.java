package cn.sunledger.web.interfaces.rest;

import cn.sunledger.ledger.application.fund.DocumentScanForm;
import cn.sunledger.ledger.application.fund.FundDocumentView;
import cn.sunledger.ledger.application.fund.FundLedger;
import cn.sunledger.ledger.application.fund.Posting;
import cn.sunledger.ledger.application.fund.ScanFile;
import cn.sunledger.web.interfaces.rest.dto.FundDtos.DocumentDto;
import cn.sunledger.web.interfaces.rest.dto.FundDtos.PostingDto;
import cn.sunledger.web.interfaces.rest.dto.FundDtos.ScanDto;
import cn.sunledger.web.interfaces.rest.dto.FundRequests;
import cn.sunledger.web.interfaces.rest.problem.Problems;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;

/** Fund documents, allocations and disbursements (api.md), each posted as a journal entry. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FundPostingResource {

    @Inject
    FundLedger ledger;

    @Inject
    CurrentCaller caller;

    @Inject
    BeanChecks checks;

    @Context
    HttpHeaders headers;

    @POST
    @Path("fund-documents")
    public Response registerDocument(@HeaderParam(IdempotencyKeys.HEADER) String key, FundRequests.Document body) {
        var form = checks.valid(body, Problems.locale(headers)).toForm();
        Posting posted = ledger.registerDocument(caller.get(), form, IdempotencyKeys.from(key, "document", form));
        return created(DocumentDto.of(ledger.document(caller.get(), posted.recordId())));
    }

    @GET
    @Path("fund-documents/{id}")
    public DocumentDto document(@PathParam("id") long id) {
        FundDocumentView document = ledger.document(caller.get(), id);
        return DocumentDto.of(document, ledger.scan(caller.get(), id).orElse(null));
    }

    /**
     * The scanned document (扫描件) as the {@code file} part of a multipart form: a PDF or JPEG by its bytes, at most
     * 10 MB (413), anything else 422 naming {@code file}. Answers the scan's description; replaces the one shown.
     */
    @PUT
    @Path("fund-documents/{id}/attachment")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public ScanDto attachScan(@PathParam("id") long id, List<EntityPart> parts) throws IOException {
        for (EntityPart part : parts) {
            if (ScanDto.PART.equals(part.getName())) {
                // one byte over the limit is enough for the ledger to refuse it as too large
                byte[] content = part.getContent().readNBytes(MAX_SCAN_BYTES + 1);
                return ScanDto.of(ledger.attachScan(caller.get(), id, new DocumentScanForm(content,
                        FormParts.fileName(part))));
            }
        }
        // no file part: the ledger refuses the missing scan once it has checked the caller may attach one
        return ScanDto.of(ledger.attachScan(caller.get(), id, new DocumentScanForm(null, null)));
    }

    /** The scan's bytes as stored, under their real type, never sniffed, never cached, named after the 文号. */
    @GET
    @Path("fund-documents/{id}/attachment")
    @Produces({"application/pdf", "image/jpeg", MediaType.APPLICATION_JSON})
    public Response scanFile(@PathParam("id") long id) {
        ScanFile file = ledger.scanFile(caller.get(), id);
        String ascii = "fund-document-" + id + (file.fileName().endsWith(".pdf") ? ".pdf" : ".jpg");
        // a scan of a fund document is saved, whatever its type
        return Response.ok(file.bytes(), file.mediaType())
                .header("Content-Disposition", ContentDisposition.attachment(ascii, file.fileName()))
                .header("Cache-Control", "private, no-store").header("X-Content-Type-Options", "nosniff").build();
    }

    @POST
    @Path("allocations")
    public Response allocate(@HeaderParam(IdempotencyKeys.HEADER) String key, FundRequests.Allocation body) {
        var form = checks.valid(body, Problems.locale(headers)).toForm();
        return created(PostingDto.of(ledger.allocate(caller.get(), form, IdempotencyKeys.from(key, "allocation", form))));
    }

    @POST
    @Path("disbursements")
    public Response disburse(@HeaderParam(IdempotencyKeys.HEADER) String key, FundRequests.Disbursement body) {
        var form = checks.valid(body, Problems.locale(headers)).toForm();
        return created(PostingDto.of(ledger.disburse(caller.get(), form, IdempotencyKeys.from(key, "disbursement", form))));
    }

    /** The scan limit is the ledger's (10 MB); the resource reads at most one byte more. */
    private static final int MAX_SCAN_BYTES = 10 * 1024 * 1024;

    private static Response created(Object entity) {
        return Response.status(Response.Status.CREATED).entity(entity).build();
    }
}
