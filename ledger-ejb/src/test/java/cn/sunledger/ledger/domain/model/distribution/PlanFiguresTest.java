package cn.sunledger.ledger.domain.model.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.ledger.domain.model.household.HouseholdCategory;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Money;
import cn.sunledger.ledger.domain.model.shared.Violation;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanFiguresTest {

    private static final String VILLAGE = "532922101201";
    private static final DistributionRules RULES = DistributionRules.DEFAULT;

    @Test
    void theReserveIsTakenFirstToTheFenAndTheLinesMustUseExactlyTheRest() {
        PlanFigures f = figures("10000.01", "0.00", "0.20", purpose(DistributionPurpose.PUBLIC_WELFARE_JOBS, "8000.01"));
        assertEquals(Money.parse("10000.01"), f.available());
        assertEquals(Money.parse("2000.00"), f.reserve(), "20% of 10000.01 is 2000.002, half up to the fen");
        assertEquals(Money.parse("8000.01"), f.distributable());
        assertTrue(f.balanced());
        f.check(RULES, VILLAGE, null);
    }

    @Test
    void earlierPlansAreTakenOffTheIncomeAndNeverBelowNothing() {
        assertEquals(Money.parse("6000.00"), figures("10000.00", "4000.00", "0.10").available());
        assertEquals(Money.ZERO, figures("3000.00", "4000.00", "0.10").available());
        assertEquals("distribution.nothingAvailable", fields(figures("3000.00", "4000.00", "0.10",
                purpose(DistributionPurpose.MAINTENANCE, "1.00")))[0].messageKey());
    }

    @Test
    void anUnbalancedPlanSaysWhatTheLinesShouldAddUpToAndFromWhichFigures() {
        PlanFigures f = figures("10000.00", "1000.00", "0.20", purpose(DistributionPurpose.MAINTENANCE, "7000.00"));
        Violation v = fields(f)[0];
        assertEquals("lines", v.field());
        assertEquals("distribution.linesUnbalanced", v.messageKey());
        assertEquals(List.of("7000.00", "7200.00", "10000.00", "1000.00", "9000.00", "20%", "1800.00"),
                List.of(v.args()));
    }

    @Test
    void theRateMustLieInTheConfiguredRange() {
        Violation v = fields(figures("10000.00", "0.00", "0.05", purpose(DistributionPurpose.MAINTENANCE, "9500.00")))[0];
        assertEquals("reserveRate", v.field());
        assertEquals(List.of("5%", "10%", "30%"), List.of(v.args()));
        figures("10000.00", "0.00", "0.30", purpose(DistributionPurpose.MAINTENANCE, "7000.00")).check(RULES, VILLAGE,
                null);
    }

    @Test
    void bannedUsesTheReserveAsALineAndOtherWithoutANoteAreRefusedByTheirField() {
        PlanFigures f = figures("10000.00", "0.00", "0.10", purpose(DistributionPurpose.VEHICLES, "4000.00"),
                purpose(DistributionPurpose.RESERVE, "1000.00"), purpose(DistributionPurpose.OTHER, "4000.00"));
        Violation[] v = fields(f);
        assertEquals("lines[0].purpose", v[0].field());
        assertEquals("distribution.purposeBanned", v[0].messageKey());
        assertEquals("购置车辆", v[0].args()[0]);
        assertEquals("lines[1].purpose", v[1].field());
        assertEquals("lines[2].note", v[2].field());
    }

    @Test
    void aHouseholdOfAnotherVillageIsRefused() {
        PlanLine elsewhere = new PlanLine(DistributionPurpose.HOUSEHOLD_SUPPORT, 9L, Money.parse("900.00"), null,
                new PlanLine.Household("532922101202", HouseholdCategory.ALLEVIATED, 3));
        Violation v = fields(figures("1000.00", "0.00", "0.10", elsewhere))[0];
        assertEquals("lines[0].householdId", v.field());
        assertEquals("distribution.householdOutsideVillage", v.messageKey());
    }

    @Test
    void flatEqualPaymentsPerHeadAboveTheLimitNeedAWrittenJustification() {
        // 3 households at 100 a head (300 + 400 + 200 = 900 of 900 distributable): all of it flat
        PlanFigures flat = figures("1000.00", "0.00", "0.10", household(1, HouseholdCategory.ORDINARY, 3, "300.00"),
                household(2, HouseholdCategory.ALLEVIATED, 4, "400.00"),
                household(3, HouseholdCategory.MONITORED_SUDDEN, 2, "200.00"));
        PlanFigures.FlatPayout payout = flat.flatPayout();
        assertEquals(3, payout.households());
        assertEquals(Money.parse("100.00"), payout.perHead());
        assertEquals(0, new BigDecimal("1").compareTo(payout.share()));
        Violation v = fields(flat)[0];
        assertEquals("flatPayoutJustification", v.field());
        flat.check(RULES, VILLAGE, "全体村民均为股东，按股份平均分红，经村民代表大会决议");
        // different amounts per head are no flat payout
        PlanFigures graded = figures("1000.00", "0.00", "0.10", household(1, HouseholdCategory.ORDINARY, 3, "200.00"),
                household(2, HouseholdCategory.MONITORED_UNSTABLE, 4, "700.00"));
        assertEquals(0, graded.flatPayout().households());
        graded.check(RULES, VILLAGE, null);
    }

    @Test
    void theShareToMonitoredAndAlleviatedHouseholdsIsCountedAgainstTheTotal() {
        PlanFigures f = figures("1000.00", "0.00", "0.10", purpose(DistributionPurpose.PUBLIC_WELFARE_JOBS, "500.00"),
                household(1, HouseholdCategory.ORDINARY, 3, "100.00"),
                household(2, HouseholdCategory.ALLEVIATED, 4, "200.00"),
                household(3, HouseholdCategory.MONITORED_MARGINAL, 2, "100.00"));
        assertEquals(Money.parse("300.00"), f.toPriorityHouseholds());
        assertEquals(0, new BigDecimal("0.3333").compareTo(f.priorityShare()));
        assertFalse(new PlanLine(DistributionPurpose.MAINTENANCE, null, Money.parse("1.00"), null, null)
                .toPriorityHousehold());
    }

    private static PlanFigures figures(String income, String earlier, String rate, PlanLine... lines) {
        return new PlanFigures(Money.parse(income), Money.parse(earlier), new BigDecimal(rate), List.of(lines));
    }

    private static PlanLine purpose(DistributionPurpose p, String amount) {
        return new PlanLine(p, null, Money.parse(amount), null, null);
    }

    private static PlanLine household(long id, HouseholdCategory c, int members, String amount) {
        return new PlanLine(DistributionPurpose.HOUSEHOLD_SUPPORT, id, Money.parse(amount), null,
                new PlanLine.Household(VILLAGE, c, members));
    }

    private static Violation[] fields(PlanFigures f) {
        LedgerException e = assertThrows(LedgerException.class, () -> f.check(RULES, VILLAGE, null));
        assertEquals(LedgerException.Kind.RULE, e.kind());
        return e.violations().toArray(Violation[]::new);
    }
}
