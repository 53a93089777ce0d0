package cn.sunledger.ledger.application.fund;

import cn.sunledger.ledger.domain.service.access.Caller;
import java.util.List;

/**
 * The fund ledger (资金): every movement a balanced, numbered, chained journal entry; every rule held inside the
 * posting transaction on locked rows. Refusals are LedgerExceptions (422 with the reason, 403, 404).
 */
public interface FundLedger {

    Posting registerDocument(Caller caller, FundDocumentForm form);

    Posting allocate(Caller caller, AllocationForm form);

    Posting disburse(Caller caller, DisbursementForm form);

    /** 红字冲销: posts the mirror of {@code entryNo}, dated today, with the reason. */
    Posting reverse(Caller caller, String entryNo, String reason);

    /**
     * 月结/年结: closes a month ("2026-03") or a year ("2026") of the region's journal for good, recording its entry
     * count, debit total and last entry's hash. A month may be closed once it has begun, a year once it has ended.
     */
    PeriodClose closePeriod(Caller caller, String regionCode, String period);

    FundDocumentView document(Caller caller, long id);

    List<JournalEntryView> journal(Caller caller, String regionCode, int year);

    /** Recomputes the region's chain: the first entry whose seal or link is broken, or null when all hold. */
    ChainCheck verifyChain(Caller caller, String regionCode);
}
