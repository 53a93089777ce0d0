package cn.sunledger.ledger.application.internal.fund;

import cn.sunledger.ledger.domain.model.fund.JournalEntry;
import cn.sunledger.ledger.domain.model.fund.Movement;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.infrastructure.persistence.jdbc.TransactionJdbc;
import cn.sunledger.ledger.infrastructure.sequence.GapFreeSequence;
import cn.sunledger.ledger.infrastructure.time.BusinessClock;
import cn.sunledger.ledger.infrastructure.time.SystemClock;
import cn.sunledger.ledger.infrastructure.transparency.TransparencyLogWriter;
import cn.sunledger.tlog.JournalLeaf;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Posts journal entries, in the caller's transaction, in two steps: {@link #open} locks the ledger region's chain
 * head (so entries of one region are numbered and chained strictly in commit order), refuses a date in a closed
 * period and draws the gap-free number; {@link #post} seals the movement with a fresh salt and writes it. The
 * caller writes the document, allocation or disbursement row between the two, since that row and the entry name
 * each other.
 */
@ApplicationScoped
public class JournalPoster {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    JournalStore journal;

    @Inject
    TransactionJdbc jdbc;

    @Inject
    BusinessClock clock;

    /** A numbered place in a region's chain, held by the transaction until it posts or rolls back. */
    public record OpenEntry(String entryNo, String ledgerRegion, int year, long seq, long chainIndex, String prevHash,
            LocalDateTime at) {
    }

    public OpenEntry open(String ledgerRegion, LocalDate entryDate) {
        List<String> periods = periodsOf(entryDate);
        JournalStore.LockedHead locked = journal.lockChainHead(ledgerRegion, periods);
        periods.stream().filter(locked.closed()::contains).findFirst().ifPresent(period -> {
            throw LedgerException.rule("fund.periodClosed", period);
        });
        JournalStore.ChainHead head = locked.head();
        int year = entryDate.getYear();
        long seq = jdbc.work(c -> GapFreeSequence.JOURNAL_ENTRY.next(c, ledgerRegion, year));
        return new OpenEntry(JournalEntry.number(ledgerRegion, year, seq), ledgerRegion, year, seq, head.entries(),
                head.lastHash(), clock.preciseNow());
    }

    public JournalEntry post(OpenEntry open, Movement movement, String postedBy) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        JournalEntry entry = JournalEntry.seal(open.entryNo(), open.ledgerRegion(), open.year(), open.seq(),
                open.chainIndex(), movement, open.at(), postedBy, HexFormat.of().formatHex(salt), open.prevHash());
        journal.insert(entry);
        // the entry's hash becomes a leaf of the region's transparency log in the same transaction, so anyone who
        // keeps a signed checkpoint can prove later that no posted entry was altered, removed or reordered
        JournalLeaf leaf = leafOf(entry);
        jdbc.work(c -> TransparencyLogWriter.append(c, entry.ledgerRegion(), leaf, entry.postedAt()));
        return entry;
    }

    /** The leaf an entry is in its region's log as: no payee, amount or account, the salted hash stands for them. */
    static JournalLeaf leafOf(JournalEntry entry) {
        return JournalLeaf.of(entry.entryNo(), entry.kind().name(),
                entry.postedAt().atZone(SystemClock.ZONE).toOffsetDateTime(), entry.hash(), entry.prevHash());
    }

    /** 422 naming the period when the day's month or year is closed (月结/年结). */
    public void requireOpen(String ledgerRegion, LocalDate day) {
        closedPeriodOf(ledgerRegion, day).ifPresent(period -> {
            throw LedgerException.rule("fund.periodClosed", period);
        });
    }

    public boolean isOpen(String ledgerRegion, LocalDate day) {
        return closedPeriodOf(ledgerRegion, day).isEmpty();
    }

    /** The periods a day lies in, the month first (月结, then 年结): "2026-12", "2026". */
    private static List<String> periodsOf(LocalDate day) {
        return List.of(YearMonth.from(day).toString(), Integer.toString(day.getYear()));
    }

    /** The closed period (the day's month, else its year) the day lies in, if any. */
    private Optional<String> closedPeriodOf(String ledgerRegion, LocalDate day) {
        List<String> periods = periodsOf(day);
        Set<String> closed = journal.closedAmong(ledgerRegion, periods);
        return periods.stream().filter(closed::contains).findFirst();
    }
}
