package cn.sunledger.web.interfaces.rest;

import cn.sunledger.ledger.application.notice.DraftRequest;
import cn.sunledger.ledger.application.notice.NoticeFilter;
import cn.sunledger.ledger.application.notice.NoticeTypeView;
import cn.sunledger.ledger.application.notice.NoticeView;
import cn.sunledger.ledger.application.notice.Notices;
import cn.sunledger.ledger.application.notice.ObjectionForm;
import cn.sunledger.ledger.application.notice.ObjectionView;
import cn.sunledger.ledger.application.notice.PostingForm;
import cn.sunledger.ledger.application.notice.PostingView;
import cn.sunledger.ledger.application.notice.PublicationReceipt;
import cn.sunledger.ledger.application.notice.Rendition;
import cn.sunledger.ledger.application.notice.ResolutionForm;
import cn.sunledger.ledger.domain.model.notice.NoticeFormat;
import cn.sunledger.ledger.domain.model.notice.NoticeStatus;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.web.interfaces.rest.dto.ListPage;
import cn.sunledger.web.interfaces.rest.problem.Problems;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Notices: draft from ledger data, preview, publish (freeze), supersede, postings and objections. */
@Path("/notices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NoticeResource {

    @Inject
    Notices notices;

    @Inject
    CurrentCaller caller;

    @Inject
    BeanChecks checks;

    @Context
    HttpHeaders headers;

    /** api.md: {@code type, subjectId, regionCodes[], periodStart, periodEnd}; sizes as in the notice tables. */
    public record DraftBody(@Size(max = 40) String type, @Size(max = 64) String subjectId,
            @Size(max = 500) List<@Size(max = 15) String> regionCodes, LocalDate periodStart, LocalDate periodEnd) {
    }

    public record SupersedeBody(@Size(max = 500) String reason) {
    }

    @GET
    public ListPage<NoticeView> list(@QueryParam("status") String status, @QueryParam("type") String type,
            @QueryParam("year") Integer year, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        NoticeStatus s = null;
        if (status != null && !status.isBlank()) {
            try {
                s = NoticeStatus.valueOf(status.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw LedgerException.invalid("error.malformed", "status=" + status);
            }
        }
        return ListPage.of(notices.list(caller.get(), new NoticeFilter(s, blankToNull(type), year), page, size));
    }

    @GET
    @Path("/types")
    public List<NoticeTypeView> types() {
        return notices.types();
    }

    @POST
    public Response draft(DraftBody body) {
        if (body == null) {
            throw LedgerException.invalid("error.malformed", "empty body");
        }
        NoticeView draft = notices.draft(caller.get(), new DraftRequest(body.type(), body.subjectId(),
                body.regionCodes(), body.periodStart(), body.periodEnd()));
        return Response.status(Response.Status.CREATED).entity(draft).build();
    }

    @GET
    @Path("{id}")
    public NoticeView get(@PathParam("id") long id) {
        return notices.get(caller.get(), id);
    }

    /** What will be (or was) published: HTML, PDF or JSON. */
    @GET
    @Path("{id}/preview")
    @Produces({"text/html", "application/pdf", MediaType.APPLICATION_JSON})
    public Response preview(@PathParam("id") long id, @QueryParam("format") @DefaultValue("html") String format) {
        NoticeFormat f = NoticeFormat.parse(format);
        if (f == null) {
            throw LedgerException.invalid("notice.badFormat");
        }
        Rendition r = notices.rendition(caller.get(), id, f);
        return Response.ok(r.content(), r.mediaType())
                .header("Content-Disposition", "inline; filename=\"" + r.fileName() + "\"")
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("{id}/publish")
    public PublicationReceipt publish(@PathParam("id") long id) {
        return notices.publish(caller.get(), id);
    }

    @POST
    @Path("{id}/supersede")
    public Response supersede(@PathParam("id") long id, SupersedeBody body) {
        NoticeView draft = notices.supersede(caller.get(), id, body == null ? null : body.reason());
        return Response.status(Response.Status.CREATED).entity(draft).build();
    }

    /** Multipart: {@code regionCode}, {@code postedOn} (yyyy-MM-dd) and an optional {@code photo}. */
    @POST
    @Path("{id}/postings")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response recordPosting(@PathParam("id") long id, List<EntityPart> parts) throws IOException {
        String region = null;
        String postedOn = null;
        byte[] photo = null;
        String photoName = null;
        for (EntityPart part : parts) {
            switch (part.getName()) {
                case "regionCode" -> region = FormParts.text(part);
                case "postedOn" -> postedOn = FormParts.text(part);
                case "photo" -> {
                    photo = part.getContent().readNBytes(6 * 1024 * 1024);
                    photoName = FormParts.fileName(part);
                }
                default -> { }
            }
        }
        PostingParts checked = checks.valid(new PostingParts(region, postedOn, photoName), Problems.locale(headers));
        PostingView posting = notices.recordPosting(caller.get(), id, new PostingForm(checked.regionCode(),
                checked.postedOn() == null ? null : date(checked.postedOn()), photo, null, checked.photoName()));
        return Response.status(Response.Status.CREATED).entity(posting).build();
    }

    /** The text parts of a posting upload, sized like notice_posting's columns. */
    public record PostingParts(@Size(max = 15) String regionCode, @Size(max = 10) String postedOn,
            @Size(max = 200) String photoName) {
    }

    @GET
    @Path("{id}/postings")
    public List<PostingView> postings(@PathParam("id") long id) {
        return notices.postings(caller.get(), id);
    }

    @GET
    @Path("{id}/postings/{postingId}/photo")
    @Produces({"image/jpeg", "image/png"})
    public Response photo(@PathParam("id") long id, @PathParam("postingId") long postingId) {
        Rendition r = notices.postingPhoto(caller.get(), id, postingId);
        // decoded as an image when stored, and never sniffed as anything else when served
        return Response.ok(r.content(), r.mediaType()).header("Cache-Control", "private, no-store")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @POST
    @Path("{id}/objections")
    public Response recordObjection(@PathParam("id") long id, ObjectionForm body) {
        if (body == null) {
            throw LedgerException.invalid("objection.required");
        }
        ObjectionView objection = notices.recordObjection(caller.get(), id, body);
        return Response.status(Response.Status.CREATED).entity(objection).build();
    }

    @GET
    @Path("{id}/objections")
    public List<ObjectionView> objections(@PathParam("id") long id) {
        return notices.objections(caller.get(), id);
    }

    @PUT
    @Path("{id}/objections/{objectionId}")
    public ObjectionView resolve(@PathParam("id") long id, @PathParam("objectionId") long objectionId,
            ResolutionForm body) {
        if (body == null) {
            throw LedgerException.invalid("objection.resolutionRequired");
        }
        return notices.resolveObjection(caller.get(), id, objectionId, body);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw LedgerException.invalid("posting.badDate");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
