package cn.sunledger.web.interfaces.rest;

import cn.sunledger.ledger.application.asset.AssetAttachments;
import cn.sunledger.ledger.application.asset.AttachmentFile;
import cn.sunledger.ledger.application.asset.AttachmentForm;
import cn.sunledger.ledger.domain.model.asset.AttachmentKind;
import cn.sunledger.ledger.domain.model.asset.Refusals;
import cn.sunledger.ledger.domain.model.shared.FileContent;
import cn.sunledger.web.interfaces.rest.dto.AttachmentDto;
import cn.sunledger.web.interfaces.rest.problem.Problems;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * An asset's photos and documents (照片与资料, an addition to api.md): {@code POST} a multipart form (parts {@code file},
 * {@code kind} PHOTO or DOCUMENT, {@code caption?}, {@code eventSeq?} — the step of the history it belongs to) → 201
 * with its description; {@code GET} lists them without bytes; {@code GET …/{a}} serves one file's bytes as stored,
 * under their real type, never sniffed, never cached, named with the name it was uploaded under.
 */
@Path("/assets/{id}/attachments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AssetAttachmentResource {

    @Inject
    AssetAttachments attachments;

    @Inject
    CurrentCaller caller;

    @Inject
    BeanChecks checks;

    @Context
    HttpHeaders headers;

    /** The text parts of an upload, sized like asset_attachment's columns. */
    public record Parts(@Size(max = AttachmentForm.MAX_CAPTION) String caption, @Size(max = 200) String fileName) {
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response attach(@PathParam("id") long id, List<EntityPart> parts) throws IOException {
        byte[] content = null;
        String fileName = null;
        String kind = null;
        String caption = null;
        String eventSeq = null;
        for (EntityPart part : parts) {
            switch (part.getName()) {
                case "file" -> {
                    // one byte over the limit is enough for the ledger to refuse it as too large
                    content = part.getContent().readNBytes(FileContent.MAX_BYTES + 1);
                    fileName = FormParts.fileName(part);
                }
                case "kind" -> kind = FormParts.text(part);
                case "caption" -> caption = FormParts.text(part);
                case "eventSeq" -> eventSeq = FormParts.text(part);
                default -> { }
            }
        }
        Parts checked = checks.valid(new Parts(caption, fileName), Problems.locale(headers));
        AttachmentDto attached = AttachmentDto.of(attachments.attach(caller.get(), id, new AttachmentForm(content,
                checked.fileName(), kind(kind), checked.caption(), seq(eventSeq))));
        return Response.status(Response.Status.CREATED).entity(attached).build();
    }

    @GET
    public List<AttachmentDto> list(@PathParam("id") long id) {
        return attachments.list(caller.get(), id).stream().map(AttachmentDto::of).toList();
    }

    @GET
    @Path("{attachment}")
    @Produces({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_JSON})
    public Response file(@PathParam("id") long id, @PathParam("attachment") long attachment) {
        AttachmentFile file = attachments.file(caller.get(), id, attachment);
        return ContentDisposition.storedFile(file.bytes(), file.mediaType(), "asset-" + id + "-" + attachment,
                file.fileName());
    }

    /** Absent is the ledger's refusal (after its access check); anything but PHOTO or DOCUMENT is malformed. */
    private static AttachmentKind kind(String kind) {
        if (kind == null) {
            return null;
        }
        try {
            return AttachmentKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw Refusals.invalid("kind", "json.enum", Arrays.toString(AttachmentKind.values()));
        }
    }

    private static Integer seq(String eventSeq) {
        if (eventSeq == null) {
            return null;
        }
        if (!eventSeq.matches("[0-9]{1,9}") || Integer.parseInt(eventSeq) < 1) {
            throw Refusals.invalid("eventSeq", "query.range", 1, 999999999);
        }
        return Integer.parseInt(eventSeq);
    }
}
