package cn.sunledger.ledger.application.internal.fund;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.shared.Money;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LedgerSumsMemoTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);
    private final AtomicInteger reads = new AtomicInteger();

    private LedgerSumsMemo.Reader reading(int rows) {
        return () -> {
            reads.incrementAndGet();
            List<LedgerSums.Sum> sums = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                sums.add(new LedgerSums.Sum(i, FundSource.CENTRAL_LINKAGE, Money.parse("1.00"), Money.ZERO));
            }
            return new LedgerSums(sums);
        };
    }

    private static LedgerSumsMemo.Key key(String ledger, long entries) {
        return new LedgerSumsMemo.Key(ledger, entries, 2026, DAY);
    }

    @Test
    void aLedgerWithTheSameNumberOfEntriesIsNotReadAgain() throws SQLException {
        LedgerSumsMemo memo = new LedgerSumsMemo();
        LedgerSums first = memo.sums(key("532922000000", 10), reading(3));
        assertSame(first, memo.sums(key("532922000000", 10), reading(3)));
        assertEquals(1, reads.get());
    }

    @Test
    void aNewEntryAnotherDayOrAnotherYearIsReadAnew() throws SQLException {
        LedgerSumsMemo memo = new LedgerSumsMemo();
        memo.sums(key("532922000000", 10), reading(3));
        memo.sums(key("532922000000", 11), reading(3));
        memo.sums(new LedgerSumsMemo.Key("532922000000", 11, 2026, DAY.minusDays(1)), reading(3));
        memo.sums(new LedgerSumsMemo.Key("532922000000", 11, 2025, DAY), reading(3));
        memo.sums(key("532924000000", 10), reading(3));
        assertEquals(5, reads.get());
    }

    @Test
    void theLeastRecentlyUsedSumsGoFirstWhenTheRowsExceedTheBound() throws SQLException {
        LedgerSumsMemo memo = new LedgerSumsMemo(10);
        memo.sums(key("a", 1), reading(4));
        memo.sums(key("b", 1), reading(4));
        memo.sums(key("a", 1), reading(4)); // a is now the more recently used
        memo.sums(key("c", 1), reading(4)); // 12 rows: b goes
        assertEquals(3, reads.get());
        memo.sums(key("a", 1), reading(4));
        memo.sums(key("c", 1), reading(4));
        assertEquals(3, reads.get(), "a and c are still held");
        memo.sums(key("b", 1), reading(4));
        assertEquals(4, reads.get(), "b was evicted and is read again");
    }
}
