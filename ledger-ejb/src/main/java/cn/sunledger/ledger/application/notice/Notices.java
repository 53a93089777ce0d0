package cn.sunledger.ledger.application.notice;

import cn.sunledger.ledger.application.Page;
import cn.sunledger.ledger.domain.model.notice.NoticeFormat;
import cn.sunledger.ledger.domain.service.access.Caller;
import java.util.List;

/**
 * The notice engine's use cases: draft a notice from ledger data, preview it, publish it (frozen, hashed,
 * logged), supersede it, and record where it was posted and what objections came in during its period.
 * Every call checks the caller against the access policy; refusals are LedgerExceptions.
 */
public interface Notices {

    /** The notice types this deployment can render (each part of the ledger registers its own). */
    List<NoticeTypeView> types();

    /** Creates a DRAFT rendered from the subject's ledger data. */
    NoticeView draft(Caller caller, DraftRequest request);

    NoticeView get(Caller caller, long noticeId);

    /**
     * Every notice of one type about the given subjects that concerns the caller — drafts of its own level,
     * published and superseded ones — newest first: what a record's page lists as its notices.
     */
    List<NoticeView> about(Caller caller, String type, java.util.Collection<String> subjectIds);

    /**
     * One page of the notices that concern the caller's jurisdiction, newest first, with the true total. Any
     * filter may be null; 400 for a page below 0 or a size outside 1…{@link Page#MAX_SIZE}.
     */
    Page<NoticeView> list(Caller caller, NoticeFilter filter, int page, int size);

    /** What the notice looks like: a draft rendered now (marked 草稿), a published one as frozen. */
    Rendition rendition(Caller caller, long noticeId, NoticeFormat format);

    /** Freezes a draft: notice number, the three renditions with SHA-256, a leaf in the issuer's log. */
    PublicationReceipt publish(Caller caller, long noticeId);

    /** A new draft that will replace a published notice once it is published; both stay public. */
    NoticeView supersede(Caller caller, long noticeId, String reason);

    PostingView recordPosting(Caller caller, long noticeId, PostingForm form);

    List<PostingView> postings(Caller caller, long noticeId);

    /** The photo of a posting (never public). */
    Rendition postingPhoto(Caller caller, long noticeId, long postingId);

    ObjectionView recordObjection(Caller caller, long noticeId, ObjectionForm form);

    ObjectionView resolveObjection(Caller caller, long noticeId, long objectionId, ResolutionForm form);

    List<ObjectionView> objections(Caller caller, long noticeId);
}
