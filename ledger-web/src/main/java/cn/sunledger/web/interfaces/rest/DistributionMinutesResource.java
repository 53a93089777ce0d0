package cn.sunledger.web.interfaces.rest;

import cn.sunledger.ledger.application.asset.AttachmentFile;
import cn.sunledger.ledger.application.distribution.MeetingMinutes;
import cn.sunledger.ledger.application.distribution.MinutesScan;
import cn.sunledger.ledger.domain.model.distribution.MeetingKind;
import cn.sunledger.ledger.domain.model.shared.FileContent;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Violation;
import cn.sunledger.web.interfaces.rest.dto.MinutesDto;
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
import java.util.List;

/**
 * The scanned minutes of a plan's 四议两公开 meetings (an addition to api.md): {@code POST} a multipart form (parts
 * {@code file}, {@code kind} — the meeting, one recorded on the plan) → 201 with its description; {@code GET} lists
 * them without bytes; {@code GET …/{f}} serves one file's bytes as stored, under their real type, never sniffed, never
 * cached, named with the name it was uploaded under. Staff only: no portal page or view reads them.
 */
@Path("/distributions/{id}/minutes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DistributionMinutesResource {

    @Inject
    MeetingMinutes minutes;

    @Inject
    CurrentCaller caller;

    @Inject
    BeanChecks checks;

    @Context
    HttpHeaders headers;

    /** The text parts of an upload, sized like the table's columns. */
    public record Parts(@Size(max = 200) String fileName) {
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response attach(@PathParam("id") long id, List<EntityPart> parts) throws IOException {
        byte[] content = null;
        String fileName = null;
        String kind = null;
        for (EntityPart part : parts) {
            switch (part.getName()) {
                case "file" -> {
                    // one byte over the limit is enough for the ledger to refuse it as too large
                    content = part.getContent().readNBytes(FileContent.MAX_BYTES + 1);
                    fileName = FormParts.fileName(part);
                }
                case "kind" -> kind = FormParts.text(part);
                default -> { }
            }
        }
        Parts checked = checks.valid(new Parts(fileName), Problems.locale(headers));
        MinutesDto attached = MinutesDto.of(minutes.attach(caller.get(), id, kind(kind),
                new MinutesScan(content, checked.fileName())));
        return Response.status(Response.Status.CREATED).entity(attached).build();
    }

    @GET
    public List<MinutesDto> list(@PathParam("id") long id) {
        return minutes.list(caller.get(), id).stream().map(MinutesDto::of).toList();
    }

    @GET
    @Path("{file}")
    @Produces({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_JSON})
    public Response file(@PathParam("id") long id, @PathParam("file") long file) {
        AttachmentFile f = minutes.file(caller.get(), id, file);
        return ContentDisposition.storedFile(f.bytes(), f.mediaType(), "distribution-" + id + "-" + file, f.fileName());
    }

    /** Absent is the ledger's refusal (after its access check); an unknown meeting kind is malformed. */
    private static MeetingKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return MeetingKind.valueOf(kind.strip());
        } catch (IllegalArgumentException e) {
            throw LedgerException.invalid(List.of(Violation.ofField("kind", "distribution.unknownCode", kind)));
        }
    }
}
