package cn.sunledger.ledger.application.internal.notice;

import cn.sunledger.ledger.application.Page;
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
import cn.sunledger.ledger.application.notice.spi.NoticeContent;
import cn.sunledger.ledger.application.notice.spi.NoticeSource;
import cn.sunledger.ledger.domain.model.notice.Notice;
import cn.sunledger.ledger.domain.model.notice.NoticeFormat;
import cn.sunledger.ledger.domain.model.notice.NoticeObjection;
import cn.sunledger.ledger.domain.model.notice.NoticePosting;
import cn.sunledger.ledger.domain.model.notice.NoticeStatus;
import cn.sunledger.ledger.domain.model.region.Region;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.region.RegionRepository;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.PersonalDataMasker;
import cn.sunledger.ledger.domain.service.access.AccessPolicy;
import cn.sunledger.ledger.domain.service.access.Action;
import cn.sunledger.ledger.domain.service.access.Caller;
import cn.sunledger.ledger.infrastructure.audit.AuditActor;
import cn.sunledger.ledger.infrastructure.publication.FrozenPublication;
import cn.sunledger.ledger.infrastructure.publication.PublicationStore;
import cn.sunledger.ledger.infrastructure.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.hibernate.Session;

@ApplicationScoped
@Transactional
public class DefaultNotices implements Notices {

    static final int POSTED_BEFORE_DAYS = 30;

    @Inject
    BusinessClock clock;

    @Inject
    NoticeSources sources;

    @Inject
    NoticeQueries notices;

    @Inject
    NoticeViews views;

    @Inject
    NoticeComposer composer;

    @Inject
    NoticePublisher publisher;

    @Inject
    RegionRepository regions;

    @PersistenceContext(unitName = "ledger")
    EntityManager em;

    @Inject
    AuditActor auditActor;

    @Override
    public List<NoticeTypeView> types() {
        return StreamSupport.stream(sources.all().spliterator(), false)
                .map(s -> new NoticeTypeView(s.type(), s.chineseName(), s.englishName(), s.hasPeriod())).toList();
    }

    @Override
    public NoticeView draft(Caller caller, DraftRequest request) {
        NoticeSource source = sources.of(request.type());
        NoticeContent content = source.content(caller, request.subjectId());
        AccessPolicy.require(caller, Action.DRAFT_NOTICE, content.issuerRegion());
        source.checkPeriod(request.subjectId(), request.periodStart(), request.periodEnd());
        Notice notice = new Notice(source.type(), request.subjectId(), content.issuerRegion(), content.title(),
                existingRegions(request.regionCodes() == null || request.regionCodes().isEmpty()
                        ? source.defaultRegions(caller, request.subjectId()) : request.regionCodes()),
                request.periodStart(), request.periodEnd(), source.hasPeriod(),
                caller.username(), clock.now());
        notices.add(notice);
        return views.of(notice);
    }

    @Override
    public NoticeView get(Caller caller, long noticeId) {
        Notice notice = notices.find(noticeId);
        requireConcerned(caller, Action.VIEW_NOTICES, notice);
        return views.of(notice);
    }

    @Override
    public Page<NoticeView> list(Caller caller, NoticeFilter filter, int page, int size) {
        AccessPolicy.require(caller, Action.VIEW_NOTICES);
        Page.check(page, size);
        Page<Notice> found = notices.concerning(caller.homeRegion(), filter == null ? NoticeFilter.all() : filter, page, size);
        return new Page<>(views.of(found.items()), found.total());
    }

    @Override
    public List<NoticeView> about(Caller caller, String type, java.util.Collection<String> subjectIds) {
        AccessPolicy.require(caller, Action.VIEW_NOTICES);
        if (subjectIds.isEmpty()) {
            return List.of();
        }
        RegionCode home = caller.homeRegion();
        return views.of(notices.about(type, subjectIds).stream().filter(n -> home.contains(n.issuerRegion())
                || n.status() != NoticeStatus.DRAFT && n.regions().stream().anyMatch(r -> home.contains(r)
                        || r.contains(home))).toList());
    }

    @Override
    public Rendition rendition(Caller caller, long noticeId, NoticeFormat format) {
        Notice notice = notices.find(noticeId);
        requireConcerned(caller, Action.VIEW_NOTICES, notice);
        byte[] bytes;
        if (notice.isPublished()) {
            bytes = em.unwrap(Session.class).doReturningWork(c -> PublicationStore.rendition(c, notice.noticeNo(), format));
        } else {
            NoticeSource source = sources.of(notice.type());
            Notice corrected = notice.supersedesId() == null ? null : notices.find(notice.supersedesId());
            bytes = publisher.render(composer.compose(notice, source, source.content(caller, notice.subjectId()), null,
                    null, corrected == null ? null : corrected.noticeNo(), true), format);
        }
        String name = (notice.noticeNo() == null ? "draft-" + notice.id() : notice.noticeNo()) + "." + format.extension();
        return new Rendition(bytes, format.mediaType(), name);
    }

    @Override
    public PublicationReceipt publish(Caller caller, long noticeId) {
        Notice notice = notices.find(noticeId);
        AccessPolicy.require(caller, Action.PUBLISH_NOTICE, notice.issuerRegion());
        if (notice.status() != NoticeStatus.DRAFT) {
            throw LedgerException.conflict("notice.notDraft", notice.noticeNo());
        }
        NoticeSource source = sources.of(notice.type());
        Notice corrected = notice.supersedesId() == null ? null : notices.find(notice.supersedesId());
        if (corrected != null && corrected.status() != NoticeStatus.PUBLISHED) {
            throw LedgerException.conflict("notice.alreadySuperseded", corrected.noticeNo());
        }
        // the evidence may have changed since the draft (a step returned and submitted again)
        source.checkPeriod(notice.subjectId(), notice.periodStart(), notice.periodEnd());
        FrozenPublication frozen = publisher.publish(notice, corrected, source, source.content(caller, notice.subjectId()),
                caller.username(), clock.now());
        NoticeView view = views.of(notice);
        return new PublicationReceipt(notice.id(), frozen.noticeNo(), view.publishedAt(), view.sha256(),
                frozen.logRegion(), frozen.logIndex());
    }

    @Override
    public NoticeView supersede(Caller caller, long noticeId, String reason) {
        Notice original = notices.find(noticeId);
        AccessPolicy.require(caller, Action.DRAFT_NOTICE, original.issuerRegion());
        if (notices.hasPendingCorrection(noticeId)) {
            throw LedgerException.conflict("notice.alreadySuperseded", original.noticeNo());
        }
        NoticeSource source = sources.of(original.type());
        Notice correction = Notice.correcting(original, reason, Set.copyOf(original.regions()), original.periodStart(),
                original.periodEnd(), source.hasPeriod(), caller.username(), clock.now());
        notices.add(correction);
        return views.of(correction);
    }

    @Override
    public PostingView recordPosting(Caller caller, long noticeId, PostingForm form) {
        Notice notice = notices.find(noticeId);
        if (form == null) {
            throw LedgerException.invalid("posting.badDate");
        }
        RegionCode region = regionCode(form.regionCode());
        AccessPolicy.require(caller, Action.RECORD_POSTING, region);
        if (!notice.isPublished() || notice.regions().stream().noneMatch(r -> r.contains(region))) {
            throw LedgerException.rule("posting.badRegion", region.value());
        }
        LocalDate today = clock.today();
        // boards are often put up before the notice is entered: up to POSTED_BEFORE_DAYS before publication
        if (form.postedOn() == null || form.postedOn().isAfter(today)
                || form.postedOn().isBefore(notice.publishedAt().toLocalDate().minusDays(POSTED_BEFORE_DAYS))) {
            throw LedgerException.invalid("posting.badDate", POSTED_BEFORE_DAYS);
        }
        byte[] photo = form.photo() == null || form.photo().length == 0 ? null : checkedPhoto(form.photo());
        NoticePosting posting = new NoticePosting(notice.id(), region, form.postedOn(), photo,
                photo == null ? null : PostingPhoto.signature(photo), form.photoName(), caller.username(), clock.now());
        notices.add(posting);
        em.flush();
        return postingView(posting, regions.find(region).map(Region::name).orElse(null));
    }

    @Override
    public List<PostingView> postings(Caller caller, long noticeId) {
        requireConcerned(caller, Action.VIEW_NOTICES, notices.find(noticeId));
        List<NoticePosting> list = notices.postings(noticeId);
        Map<String, Region> names = regions.findAll(list.stream().map(p -> p.region().value()).toList());
        return list.stream().map(p -> postingView(p, names.containsKey(p.region().value())
                ? names.get(p.region().value()).name() : null)).toList();
    }

    @Override
    public Rendition postingPhoto(Caller caller, long noticeId, long postingId) {
        requireConcerned(caller, Action.VIEW_NOTICES, notices.find(noticeId));
        NoticePosting posting = notices.posting(noticeId, postingId);
        if (posting.photo() == null) {
            throw LedgerException.notFound("posting.noPhoto");
        }
        String ext = "image/png".equals(posting.photoType()) ? "png" : "jpg";
        return new Rendition(posting.photo(), posting.photoType(), "posting-" + postingId + "." + ext);
    }

    @Override
    public ObjectionView recordObjection(Caller caller, long noticeId, ObjectionForm form) {
        Notice notice = notices.find(noticeId);
        requireConcerned(caller, Action.RECORD_OBJECTION, notice);
        if (form == null || blank(form.raisedBy()) || blank(form.content()) || form.raisedBy().length() > 100
                || (form.contact() != null && form.contact().length() > 30)) {
            throw LedgerException.invalid("objection.required");
        }
        auditActor.set(caller.username(), caller.role().name());
        NoticeObjection objection = new NoticeObjection(notice, form.receivedOn(), form.raisedBy().trim(),
                blank(form.contact()) ? null : form.contact().trim(), form.content().trim(), caller.username(),
                clock.today());
        notices.add(objection);
        em.flush();
        return objectionView(objection);
    }

    @Override
    public ObjectionView resolveObjection(Caller caller, long noticeId, long objectionId, ResolutionForm form) {
        Notice notice = notices.find(noticeId);
        requireConcerned(caller, Action.RESOLVE_OBJECTION, notice);
        NoticeObjection objection = notices.objection(noticeId, objectionId);
        if (form == null) {
            throw LedgerException.invalid("objection.resolutionRequired");
        }
        auditActor.set(caller.username(), caller.role().name());
        objection.resolve(form.resolution(), form.resolvedOn(), caller.username());
        return objectionView(objection);
    }

    @Override
    public List<ObjectionView> objections(Caller caller, long noticeId) {
        requireConcerned(caller, Action.VIEW_NOTICES, notices.find(noticeId));
        return notices.objections(noticeId).stream().map(DefaultNotices::objectionView).toList();
    }

    /**
     * A notice concerns a caller whose jurisdiction contains its issuer; once published, also one in whose
     * jurisdiction it is posted, or whose jurisdiction lies inside a region it is posted to. Drafts stay with
     * the issuer until they are published.
     */
    private static void requireConcerned(Caller caller, Action action, Notice notice) {
        AccessPolicy.require(caller, action);
        RegionCode home = caller.homeRegion();
        boolean concerned = home.contains(notice.issuerRegion()) || notice.isPublished()
                && notice.regions().stream().anyMatch(r -> home.contains(r) || r.contains(home));
        if (!concerned) {
            throw LedgerException.forbidden("access.outsideRegion", notice.issuerRegion().value(), home.value());
        }
    }

    private Set<RegionCode> existingRegions(List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            throw LedgerException.invalid("notice.regionsRequired");
        }
        Set<RegionCode> parsed = new LinkedHashSet<>();
        codes.forEach(c -> parsed.add(regionCode(c)));
        Map<String, Region> found = regions.findAll(parsed.stream().map(RegionCode::value).toList());
        for (RegionCode code : parsed) {
            if (!found.containsKey(code.value())) {
                throw LedgerException.notFound("region.notFound", code.value());
            }
        }
        return parsed;
    }

    private static RegionCode regionCode(String text) {
        if (!RegionCode.isValid(text)) {
            throw LedgerException.invalid("region.badCode", String.valueOf(text));
        }
        return RegionCode.of(text);
    }

    private static byte[] checkedPhoto(byte[] photo) {
        if (PostingPhoto.mediaType(photo) == null) {
            throw LedgerException.invalid("posting.badPhoto");
        }
        return photo;
    }

    private static PostingView postingView(NoticePosting p, String regionName) {
        return new PostingView(p.id(), p.noticeId(), p.region().value(), regionName, p.postedOn(), p.photo() != null,
                p.photoName(), p.recordedBy(), NoticeViews.offset(p.recordedAt()));
    }

    private static ObjectionView objectionView(NoticeObjection o) {
        return new ObjectionView(o.id(), o.noticeId(), o.receivedOn(), o.raisedBy(),
                o.contact() == null ? null : PersonalDataMasker.maskText(o.contact()), o.content(), o.isOpen(),
                o.resolution(), o.resolvedOn(), o.resolvedBy(), o.recordedBy());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
