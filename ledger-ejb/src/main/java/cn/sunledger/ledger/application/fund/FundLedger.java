package cn.sunledger.ledger.application.fund;

import cn.sunledger.ledger.domain.service.access.Caller;
import java.time.LocalDate;
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

    /** 资金执行进度 of the projects in a region for the fund documents of a year, as of a day (null: today). */
    FundExecution execution(Caller caller, String regionCode, int year, LocalDate asOf);

    List<JournalEntryView> journal(Caller caller, String regionCode, int year);

    /** Recomputes the region's chain: the first entry whose seal or link is broken, or null when all hold. */
    ChainCheck verifyChain(Caller caller, String regionCode);
}
