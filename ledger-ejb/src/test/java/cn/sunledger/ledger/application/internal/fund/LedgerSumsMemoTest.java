package cn.sunledger.ledger.application.internal.fund;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.shared.Money;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LedgerSumsMemoTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicInteger deltas = new AtomicInteger();
    private final List<long[]> deltaRanges = new ArrayList<>();

    /** A full read of {@code rows} sums, of {@code entries} entries (the count the reader saw after reading). */
    private LedgerSumsMemo.Reader reading(int rows, long entries) {
        return () -> {
            reads.incrementAndGet();
            List<LedgerSums.Sum> sums = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                sums.add(new LedgerSums.Sum(i, FundSource.CENTRAL_LINKAGE, Money.parse("1.00"), Money.ZERO));
            }
            return new LedgerSumsMemo.Read(new LedgerSums(sums), entries);
        };
    }

    /** New entries that each paid 0.50 of project 0's allocation (allocated unchanged, paid up). */
    private final LedgerSumsMemo.NewEntries payments = (from, to) -> {
        deltas.incrementAndGet();
        deltaRanges.add(new long[] {from, to});
        return List.of(new LedgerSums.Change(0, FundSource.CENTRAL_LINKAGE, BigDecimal.ZERO,
                new BigDecimal("0.50").multiply(BigDecimal.valueOf(to - from))));
    };

    private final LedgerSumsMemo.NewEntries none = (from, to) -> {
        throw new AssertionError("no new entries expected, asked for " + from + ".." + to);
    };

    private static LedgerSumsMemo.Key key(String ledger, long entries) {
        return new LedgerSumsMemo.Key(ledger, entries, 2026, DAY);
    }

    private static Map<Long, String> paid(LedgerSums sums) {
        return sums.sums().stream().collect(Collectors.toMap(LedgerSums.Sum::projectId, s -> s.paid().toString()));
    }

    @Test
    void aLedgerWithTheSameNumberOfEntriesIsNotReadAgain() throws SQLException {
        LedgerSumsMemo memo = new LedgerSumsMemo();
        LedgerSums first = memo.sums(key("532922000000", 10), reading(3, 10), none);
        assertSame(first, memo.sums(key("532922000000", 10), reading(3, 10), none));
        assertEquals(1, reads.get());
    }

    @Test
    void newEntriesAdvanceTheHeldSumsByTheirOwnLinesOnly() throws SQLException {
        LedgerSumsMemo memo = new LedgerSumsMemo();
        memo.sums(key("532922000000", 10), reading(3, 10), none);
        LedgerSums later = memo.sums(key("532922000000", 12), reading(3, 12), payments);
        assertEquals(1, reads.get(), "not read anew");
        assertEquals(1, deltas.get());
        assertEquals(List.of(10L, 12L), List.of(deltaRanges.get(0)[0], deltaRanges.get(0)[1]), "entries 10 and 11");
        assertEquals(Map.of(0L, "1.00", 1L, "0.00", 2L, "0.00"), paid(later));
        assertEquals("1.00", later.sums().get(0).allocated().toString());
        assertSame(later, memo.sums(key("532922000000", 12), reading(3, 12), none), "the advanced sums are held");
    }

    @Test
    void aReversalTakesBackWhatItsEntryMoved() throws SQLException {
        LedgerSumsMemo memo = new LedgerSumsMemo();
        memo.sums(key("532922000000", 10), reading(2, 10), none);
        LedgerSums reversed = memo.sums(key("532922000000", 11), reading(2, 11), (from, to) -> List.of(
                new LedgerSums.Change(1, FundSource.CENTRAL_LINKAGE, new BigDecimal("-1.00"), BigDecimal.ZERO),
                new LedgerSums.Change(7, FundSource.PROVINCIAL_LINKAGE, new BigDecimal("3.00"), new BigDecimal("2.00"))));
        assertEquals(3, reversed.sums().size(), "a project that had no sums gets its own");
        Map<Long, LedgerSums.Sum> byProject = reversed.sums().stream()
                .collect(Collectors.toMap(LedgerSums.Sum::projectId, s -> s));
        assertEquals("0.00", byProject.get(1L).allocated().toString());
        assertEquals("3.00", byProject.get(7L).allocated().toString());
        assertEquals("2.00", byProject.get(7L).paid().toString());
    }

    @Test
    void sumsReadWhilePostingsCommittedAreShownButNotHeld() throws SQLException {
        LedgerSumsMemo memo = new LedgerSumsMemo();
        // counted 10 before reading, 11 after: the sums are of 10 or 11 entries, so they cannot be advanced later
        memo.sums(key("532922000000", 10), reading(3, 11), none);
        memo.sums(key("532922000000", 11), reading(3, 11), none);
        assertEquals(2, reads.get(), "read again, not advanced from sums of an unknown count");
        assertEquals(0, deltas.get());
    }

    @Test
    void anotherDayAnotherYearOrAnotherLedgerIsReadAnew() throws SQLException {
        LedgerSumsMemo memo = new LedgerSumsMemo();
        memo.sums(key("532922000000", 10), reading(3, 10), none);
        memo.sums(new LedgerSumsMemo.Key("532922000000", 10, 2026, DAY.minusDays(1)), reading(3, 10), none);
        memo.sums(new LedgerSumsMemo.Key("532922000000", 10, 2025, DAY), reading(3, 10), none);
        memo.sums(key("532924000000", 10), reading(3, 10), none);
        assertEquals(4, reads.get());
    }

    @Test
    void tooManyNewEntriesAreReadAnewAndAnOlderCountNeverReplacesANewerOne() throws SQLException {
        LedgerSumsMemo memo = new LedgerSumsMemo();
        memo.sums(key("a", 10), reading(3, 10), none);
        long far = 10 + LedgerSumsMemo.MAX_NEW_ENTRIES + 1;
        memo.sums(key("a", far), reading(3, far), none);
        assertEquals(2, reads.get());
        memo.sums(key("a", 10), reading(3, 10), none); // a slow reader with an old count
        assertEquals(3, reads.get());
        memo.sums(key("a", far), reading(3, far), none);
        assertEquals(3, reads.get(), "the newer sums are still held");
    }

    @Test
    void theLeastRecentlyUsedSumsGoFirstWhenTheRowsExceedTheBound() throws SQLException {
        LedgerSumsMemo memo = new LedgerSumsMemo(10);
        memo.sums(key("a", 1), reading(4, 1), none);
        memo.sums(key("b", 1), reading(4, 1), none);
        memo.sums(key("a", 1), reading(4, 1), none); // a is now the more recently used
        memo.sums(key("c", 1), reading(4, 1), none); // 12 rows: b goes
        assertEquals(3, reads.get());
        memo.sums(key("a", 1), reading(4, 1), none);
        memo.sums(key("c", 1), reading(4, 1), none);
        assertEquals(3, reads.get(), "a and c are still held");
        memo.sums(key("b", 1), reading(4, 1), none);
        assertEquals(4, reads.get(), "b was evicted and is read again");
    }
}
