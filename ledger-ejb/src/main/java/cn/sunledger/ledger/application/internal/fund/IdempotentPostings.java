package cn.sunledger.ledger.application.internal.fund;

import cn.sunledger.ledger.application.fund.IdempotencyKey;
import cn.sunledger.ledger.application.fund.Posting;
import cn.sunledger.ledger.domain.model.fund.JournalEntry;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.service.access.Caller;
import cn.sunledger.ledger.infrastructure.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/**
 * Every posting call honours an Idempotency-Key the same way (api.md), whether it moves a fund document's money or
 * an asset's income: the key's row is claimed in the posting transaction before anything is posted, so a repeated
 * request either waits for and replays the first one's result (same entry number) or, if the first rolled back,
 * posts; the same key with another body is 409. Keys are kept per user.
 */
@ApplicationScoped
public class IdempotentPostings {

    @Inject
    IdempotencyStore keys;

    @Inject
    JournalStore journal;

    @Inject
    BusinessClock clock;

    public Posting once(Caller caller, IdempotencyKey key, Supplier<Posting> posting) {
        if (key == null) {
            return posting.get();
        }
        if (!keys.claim(caller.username(), key, clock.preciseNow())) {
            IdempotencyStore.Claimed earlier = keys.earlier(caller.username(), key).orElseThrow();
            if (!earlier.requestSha256().equals(key.requestSha256())) {
                throw LedgerException.conflict("fund.idempotencyKeyReused", key.value());
            }
            JournalEntry first = journal.find(earlier.entryNo()).orElseThrow();
            return new Posting(first.entryNo(), first.hash(), first.prevHash(), earlier.recordId(),
                    earlier.inLaterPeriod());
        }
        Posting posted = posting.get();
        keys.complete(caller.username(), key, posted);
        return posted;
    }
}
