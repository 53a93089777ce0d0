package cn.sunledger.web.interfaces.web;

import cn.sunledger.ledger.application.RegionDirectory;
import cn.sunledger.ledger.application.notice.NoticeView;
import cn.sunledger.ledger.application.notice.Notices;
import cn.sunledger.ledger.application.notice.ObjectionForm;
import cn.sunledger.ledger.application.notice.ObjectionView;
import cn.sunledger.ledger.application.notice.PostingForm;
import cn.sunledger.ledger.application.notice.PostingView;
import cn.sunledger.ledger.application.notice.PublicationReceipt;
import cn.sunledger.ledger.application.notice.ResolutionForm;
import cn.sunledger.ledger.domain.model.notice.NoticeStatus;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.service.access.Caller;
import cn.sunledger.ledger.infrastructure.time.BusinessClock;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.primefaces.model.file.UploadedFile;

/**
 * One notice ({@code notice.xhtml?id=}): its fields and hashes, the preview, publishing and correcting, the
 * boards it was posted on (with photos) and the objections received during its period.
 */
@Named
@ViewScoped
public class NoticeDetailView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The service's limit; the page checks it before uploading, the service again after. */
    public static final long MAX_PHOTO_BYTES = 5L * 1024 * 1024;

    @Inject
    BusinessClock clock;

    @Inject
    transient Notices notices;

    @Inject
    transient RegionDirectory regions;

    @Inject
    transient CurrentCaller caller;

    @Inject
    LocaleView localeView;

    private Long id;
    private NoticeView notice;
    private boolean hasPeriod;
    private List<Place> places = List.of();
    private List<PostingView> postings = List.of();
    private List<ObjectionView> objections = List.of();

    private String reason;

    private String postingRegion;
    private LocalDate postedOn;
    private transient UploadedFile photo;
    private List<Place> postingPlaces = List.of();

    private LocalDate receivedOn;
    private String raisedBy;
    private String contact;
    private String objectionContent;

    private ObjectionView resolving;
    private String resolution;
    private LocalDate resolvedOn;

    /** The view action: loads the notice of {@code ?id=}; a refusal leaves the page with only the message. */
    public void load() {
        if (id == null) {
            FacesMessages.refused(LedgerException.notFound("notice.notFound", ""));
            return;
        }
        try {
            reload();
        } catch (LedgerException e) {
            notice = null;
            FacesMessages.refused(e);
            return;
        }
        postedOn = today();
        receivedOn = today();
        postingRegion = defaultPostingRegion();
    }

    private void reload() {
        Caller c = caller.get();
        notice = notices.get(c, id);
        hasPeriod = notice.periodStart() != null
                || notices.types().stream().anyMatch(t -> t.code().equals(notice.type()) && t.hasPeriod());
        places = RegionNames.of(regions, c, notice.regionCodes());
        postings = notices.postings(c, id);
        objections = notices.objections(c, id);
        postingPlaces = postingPlaces(c);
    }

    /**
     * Where the caller may record a posting: the caller's own region when the notice is posted to a region
     * that contains it, and the places of the notice inside the caller's jurisdiction.
     */
    private List<Place> postingPlaces(Caller c) {
        RegionCode home = c.homeRegion();
        List<Place> result = new ArrayList<>();
        if (places.stream().anyMatch(p -> RegionCode.of(p.code()).contains(home))) {
            result.addAll(RegionNames.of(regions, c, List.of(home.value())));
        }
        places.stream().filter(p -> home.contains(RegionCode.of(p.code())) && !p.code().equals(home.value()))
                .forEach(result::add);
        return result;
    }

    private String defaultPostingRegion() {
        String home = caller.get().homeRegion().value();
        if (postingPlaces.stream().anyMatch(p -> p.code().equals(home))) {
            return home;
        }
        return postingPlaces.size() == 1 ? postingPlaces.get(0).code() : null;
    }

    public String publish() {
        try {
            PublicationReceipt receipt = notices.publish(caller.get(), id);
            FacesMessages.info(UiText.get("notice.publishedAs", receipt.noticeNo()));
            UiText.keepMessages();
            return "notice?faces-redirect=true&id=" + id;
        } catch (LedgerException e) {
            FacesMessages.refused(e);
            return null;
        }
    }

    /** Creates the correcting draft and goes to it. */
    public String supersede() {
        try {
            NoticeView correction = notices.supersede(caller.get(), id, reason);
            FacesMessages.info(UiText.get("notice.correctionDrafted", notice.noticeNo()));
            UiText.keepMessages();
            return "notice?faces-redirect=true&id=" + correction.id();
        } catch (LedgerException e) {
            FacesMessages.refused(e);
            return null;
        }
    }

    public void recordPosting() {
        try {
            byte[] bytes = null;
            String type = null;
            String name = null;
            if (photo != null && photo.getSize() > 0) {
                if (photo.getSize() > MAX_PHOTO_BYTES) {
                    throw LedgerException.invalid("posting.badPhoto");
                }
                try (InputStream in = photo.getInputStream()) {
                    bytes = in.readAllBytes();
                }
                type = photo.getContentType();
                name = photo.getFileName();
            }
            PostingView posting = notices.recordPosting(caller.get(), id,
                    new PostingForm(blankToNull(postingRegion), postedOn, bytes, type, name));
            FacesMessages.info(UiText.get("posting.recorded", posting.regionName() == null ? posting.regionCode()
                    : posting.regionName()));
            photo = null;
            reload();
            postingRegion = defaultPostingRegion();
            postedOn = today();
        } catch (LedgerException e) {
            FacesMessages.refused(e);
        } catch (IOException e) {
            FacesMessages.refused(LedgerException.invalid("posting.badPhoto"));
        }
    }

    public void recordObjection() {
        try {
            notices.recordObjection(caller.get(), id, new ObjectionForm(receivedOn, raisedBy, contact, objectionContent));
            FacesMessages.info(UiText.get("objection.recorded"));
            raisedBy = null;
            contact = null;
            objectionContent = null;
            receivedOn = today();
            reload();
        } catch (LedgerException e) {
            FacesMessages.refused(e);
        }
    }

    public void startResolve(ObjectionView objection) {
        resolving = objection;
        resolution = null;
        resolvedOn = today();
    }

    public void resolve() {
        if (resolving == null) {
            return;
        }
        try {
            notices.resolveObjection(caller.get(), id, resolving.id(), new ResolutionForm(resolution, resolvedOn));
            FacesMessages.info(UiText.get("objection.resolved"));
            resolving = null;
            reload();
            PrimeFaces.current().executeScript("PF('resolveDialog').hide()");
        } catch (LedgerException e) {
            FacesMessages.refused(e);
        }
    }

    /** The type's name in the page's language. */
    public String getTypeName() {
        return notices.types().stream().filter(t -> t.code().equals(notice.type())).findFirst()
                .map(t -> localeView.isEnglish() ? t.englishName() : t.chineseName()).orElse(notice.typeName());
    }

    /**
     * A draft is rendered from the ledger data, which only the issuer's jurisdiction may read; others see it
     * once it is published.
     */
    public boolean isPreviewable() {
        return notice != null && (notice.status() != NoticeStatus.DRAFT
                || caller.get().homeRegion().contains(RegionCode.of(notice.issuerRegionCode())));
    }

    public boolean isDraft() {
        return notice != null && notice.status() == NoticeStatus.DRAFT;
    }

    public boolean isPublished() {
        return notice != null && notice.status() == NoticeStatus.PUBLISHED;
    }

    /** Published or superseded: frozen, with a number, hashes and a log position. */
    public boolean isFrozen() {
        return notice != null && notice.status() != NoticeStatus.DRAFT;
    }

    public boolean isHasPeriod() {
        return hasPeriod;
    }

    public LocalDate getToday() {
        return today();
    }

    public long getMaxPhotoBytes() {
        return MAX_PHOTO_BYTES;
    }

    private LocalDate today() {
        return clock.today();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public NoticeView getNotice() {
        return notice;
    }

    public List<Place> getPlaces() {
        return places;
    }

    public List<PostingView> getPostings() {
        return postings;
    }

    public List<ObjectionView> getObjections() {
        return objections;
    }

    public List<Place> getPostingPlaces() {
        return postingPlaces;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getPostingRegion() {
        return postingRegion;
    }

    public void setPostingRegion(String postingRegion) {
        this.postingRegion = postingRegion;
    }

    public LocalDate getPostedOn() {
        return postedOn;
    }

    public void setPostedOn(LocalDate postedOn) {
        this.postedOn = postedOn;
    }

    public UploadedFile getPhoto() {
        return photo;
    }

    public void setPhoto(UploadedFile photo) {
        this.photo = photo;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public String getRaisedBy() {
        return raisedBy;
    }

    public void setRaisedBy(String raisedBy) {
        this.raisedBy = raisedBy;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getObjectionContent() {
        return objectionContent;
    }

    public void setObjectionContent(String objectionContent) {
        this.objectionContent = objectionContent;
    }

    public ObjectionView getResolving() {
        return resolving;
    }

    public String getResolution() {
        return resolution;
    }

    public void setResolution(String resolution) {
        this.resolution = resolution;
    }

    public LocalDate getResolvedOn() {
        return resolvedOn;
    }

    public void setResolvedOn(LocalDate resolvedOn) {
        this.resolvedOn = resolvedOn;
    }
}
