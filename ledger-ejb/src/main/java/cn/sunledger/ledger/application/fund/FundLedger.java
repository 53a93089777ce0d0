package cn.sunledger.ledger.application.fund;

import cn.sunledger.ledger.domain.service.access.Caller;
import java.util.List;

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

    List<JournalEntryView> journal(Caller caller, String regionCode, int year);

    /**
     * Checks the region's chain: every seal and link, and the chain against the latest signed checkpoint of the
     * region's transparency log (each entry's leaf present and right, the signed root recomputed); the first bad
     * entry and why, or intact. The reports are {@link FundReports}.
     */
    ChainCheck verifyChain(Caller caller, String regionCode);
}
