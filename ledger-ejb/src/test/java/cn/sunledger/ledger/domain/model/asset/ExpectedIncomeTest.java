package cn.sunledger.ledger.domain.model.asset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.ledger.domain.model.shared.Money;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpectedIncomeTest {

    private static final Money ANNUAL = Money.parse("36500.00");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void aContractTermExpectsItsDaysOfEachYearAndNothingAfterItEnds() {
        Map<Integer, Money> years = ExpectedIncome.byYear(ANNUAL, LocalDate.of(2024, 1, 5), LocalDate.of(2024, 7, 1),
                LocalDate.of(2025, 12, 31), TODAY);
        // 2024 is a leap year: 1 July to 31 December is 184 of its 366 days
        assertEquals(Map.of(2024, Money.parse("18349.73"), 2025, ANNUAL), years);
    }

    @Test
    void withoutAContractTheYearsRunFromTheRecordedOperationToTheEndOfThisYear() {
        Map<Integer, Money> years = ExpectedIncome.byYear(ANNUAL, LocalDate.of(2025, 12, 2), null, null, TODAY);
        assertEquals(Money.parse("3000.00"), years.get(2025), "30 of 365 days");
        assertEquals(ANNUAL, years.get(2026), "the whole current year is expected");
        assertEquals(2, years.size());
    }

    @Test
    void noExpectationOrNoStartExpectsNothing() {
        assertTrue(ExpectedIncome.byYear(null, LocalDate.of(2025, 1, 1), null, null, TODAY).isEmpty());
        assertTrue(ExpectedIncome.byYear(Money.ZERO, LocalDate.of(2025, 1, 1), null, null, TODAY).isEmpty());
        assertTrue(ExpectedIncome.byYear(ANNUAL, null, null, null, TODAY).isEmpty());
    }
}
