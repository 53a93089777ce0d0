package cn.sunledger.ledger.application.fund;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.shared.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ReportRatesTest {

    @Test
    void sharesArePercentagesRoundedHalfUpToTwoDecimals() {
        assertEquals("65.00", ReportRates.share(Money.parse("260000.00"), Money.parse("400000.00")).toPlainString());
        assertEquals("33.33", ReportRates.share(Money.parse("1.00"), Money.parse("3.00")).toPlainString());
        assertEquals("66.67", ReportRates.share(Money.parse("2.00"), Money.parse("3.00")).toPlainString());
        // 1/8 = 12.5% exactly; 1/800 = 0.125% → 0.13 (half up, not half even)
        assertEquals("0.13", ReportRates.share(Money.parse("1.00"), Money.parse("800.00")).toPlainString());
        assertNull(ReportRates.share(Money.ZERO, Money.ZERO));
    }

    @Test
    void targetsAreComparedOnExactAmountsNotOnTheRoundedShare() {
        // 59.996% shows as 60.00 but is below a 60% target
        Money part = Money.parse("59996.00");
        Money whole = Money.parse("100000.00");
        assertEquals("60.00", ReportRates.share(part, whole).toPlainString());
        assertTrue(ReportRates.below(part, whole, new BigDecimal("60")));
        assertFalse(ReportRates.below(Money.parse("60000.00"), whole, new BigDecimal("60.00")), "exactly on target");
    }

    @Test
    void aCapAmountIsItsPercentOfTheBaseToTheFen() {
        assertEquals(Money.parse("4000.00"), ReportRates.percentOf(Money.parse("400000.00"), new BigDecimal("1.00")));
        assertEquals(Money.parse("0.04"), ReportRates.percentOf(Money.parse("1.25"), new BigDecimal("3")),
                "0.0375 → 0.04");
    }

    @Test
    void aManagementFeeIsAboveItsCapOnlyWhenItExceedsIt() {
        BigDecimal cap = new BigDecimal("1.00");
        ManagementFeeCheck.Line at = ManagementFeeCheck.Line.of(FundSource.CENTRAL_LINKAGE, Money.parse("400000.00"),
                Money.parse("4000.00"), cap);
        assertFalse(at.aboveCap(), "exactly at the cap is allowed");
        assertEquals("1.00", at.rate().toPlainString());
        ManagementFeeCheck.Line over = ManagementFeeCheck.Line.of(FundSource.CENTRAL_LINKAGE, Money.parse("400000.00"),
                Money.parse("4000.01"), cap);
        assertTrue(over.aboveCap(), "one fen above");
        assertEquals("1.00", over.rate().toPlainString(), "though it rounds to the cap");
        ManagementFeeCheck.Line none = ManagementFeeCheck.Line.of(FundSource.PROVINCIAL_LINKAGE, Money.ZERO, Money.ZERO,
                new BigDecimal("3.00"));
        assertFalse(none.aboveCap());
        assertNull(none.rate());
        assertEquals(Money.ZERO, none.capAmount());
    }
}
