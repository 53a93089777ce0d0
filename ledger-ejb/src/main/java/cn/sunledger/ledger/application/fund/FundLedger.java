package cn.sunledger.ledger.application.fund;

import cn.sunledger.ledger.application.Page;
import cn.sunledger.ledger.domain.service.access.Caller;
import java.util.List;
import java.util.Optional;

/**
 * The fund ledger (资金): every movement a balanced, numbered, chained journal entry; every rule held inside the
 * posting transaction on locked rows. Refusals are LedgerExceptions (422 with the reason, 403, 404).
 */
public interface FundLedger {

    // Each posting call takes the client's Idempotency-Key, or null: a key already used by the same user replays the
    // first posting when the request is the same, and is refused (409) when it is not.

    Posting registerDocument(Caller caller, FundDocumentForm form, IdempotencyKey key);

    Posting allocate(Caller caller, AllocationForm form, IdempotencyKey key);

    Posting disburse(Caller caller, DisbursementForm form, IdempotencyKey key);

    /** 红字冲销: posts the mirror of {@code entryNo}, dated today, with the reason. */
    Posting reverse(Caller caller, String entryNo, String reason, IdempotencyKey key);

    /**
     * 月结/年结: closes a month ("2026-03") or a year ("2026") of the region's journal for good, recording its entry
     * count, debit total and last entry's hash. A month may be closed once it has begun, a year once it has ended.
     */
    PeriodClose closePeriod(Caller caller, String regionCode, String period);

    FundDocumentView document(Caller caller, long id);

    /**
     * Attaches the scanned document (扫描件) to a fund document, on registering or later, by whoever may record the
     * document's ledger: a PDF or JPEG by its own bytes, at most 10 MB (413 or 422 naming {@code file}). Attaching
     * again replaces the scan shown; the earlier one is kept. Never public.
     */
    DocumentScan attachScan(Caller caller, long documentId, DocumentScanForm form);

    /** The document's current scan, if any, for whoever may view the document's funds. */
    Optional<DocumentScan> scan(Caller caller, long documentId);

    /** The current scan's bytes, named after the document's 文号 (404 when none is attached). */
    ScanFile scanFile(Caller caller, long documentId);

    List<JournalEntryView> journal(Caller caller, String regionCode, int year);

    // The staff screens' reads: each bounded by its page (or a screenful), never a whole ledger in memory.

    /** The fund documents in the caller's scope that match the filter, a page of them and the totals of all. */
    FundDocumentList documents(Caller caller, FundDocumentFilter filter, int page, int size);

    /** A document's allocations with their payments and what remains of each. */
    List<AllocationView> allocations(Caller caller, long documentId);

    /** Up to {@code limit} projects the document may be allocated to, in the caller's scope, by name or code. */
    List<ProjectChoice> allocatableProjects(Caller caller, long documentId, String text, int limit);

    /** Up to {@code limit} projects the region's ledger allocated money to, by name or code (the journal's filter). */
    List<ProjectChoice> fundedProjects(Caller caller, String regionCode, String text, int limit);

    /** A page of a ledger region's journal for a year, newest first, filtered; {@code reversedBy} derived. */
    Page<JournalEntryView> journal(Caller caller, JournalFilter filter, int page, int size);

    /** The months and the year of a ledger region's journal, each open or closed (api.md GET /journal/periods). */
    List<PeriodStatus> periods(Caller caller, String regionCode, int year);

    /**
     * Checks the region's chain: every seal and link, and the chain against the latest signed checkpoint of the
     * region's transparency log (each entry's leaf present and right, the signed root recomputed); the first bad
     * entry and why, or intact. The reports are {@link FundReports}.
     */
    ChainCheck verifyChain(Caller caller, String regionCode);
}
