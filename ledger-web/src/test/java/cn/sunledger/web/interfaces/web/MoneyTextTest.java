package cn.sunledger.web.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.sunledger.ledger.domain.model.shared.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTextTest {

    @Test
    void takesAmountsAsPeopleCopyThemFromDocuments() {
        assertEquals(Money.parse("1234567.50"), MoneyText.parse("1,234,567.50"));
        assertEquals(Money.parse("1234567.50"), MoneyText.parse(" 1，234，567.5 "));
        assertEquals(Money.parse("800000.00"), MoneyText.parse("800000"));
    }

    @Test
    void refusesWhatIsNotAnAmountAboveZeroWithTwoDecimals() {
        assertNull(MoneyText.parse(null));
        assertNull(MoneyText.parse(""));
        assertNull(MoneyText.parse("九十万"));
        assertNull(MoneyText.parse("0"));
        assertNull(MoneyText.parse("0.00"));
        assertNull(MoneyText.parse("-5"));
        assertNull(MoneyText.parse("12.345"));
        assertNull(MoneyText.parse("1e5"));
        assertNull(MoneyText.parse("12345678901234567"), "beyond DECIMAL(18,2)");
    }

    @Test
    void showsAmountsGroupedWithTwoDecimals() {
        assertEquals("1,234,567.50", MoneyText.show(Money.parse("1234567.5")));
        assertEquals("0.00", MoneyText.show(Money.ZERO));
        assertEquals("-200.00", MoneyText.show(new BigDecimal("-200")));
        assertEquals("", MoneyText.show((Money) null));
    }

    @Test
    void theRemainingFollowsTheTypedAmountAndGoesNegativeBeyondIt() {
        Money available = Money.parse("500000.00");
        assertEquals(new BigDecimal("200000.00"), MoneyText.after(available, "300,000"));
        assertEquals(new BigDecimal("-0.01"), MoneyText.after(available, "500000.01"));
        assertNull(MoneyText.after(available, "30万"), "not an amount yet: nothing to show");
    }

    @Test
    void refusalsAboutAmountsAndDatesStandByThoseFields() {
        assertEquals("amount", FundRefusals.fieldOf("fund.exceedsDocument"));
        assertEquals("amount", FundRefusals.fieldOf("fund.exceedsAllocation"));
        assertEquals("date", FundRefusals.fieldOf("fund.dateInFuture"));
        assertEquals("docNumber", FundRefusals.fieldOf("fund.documentNumberTaken"));
        assertNull(FundRefusals.fieldOf("fund.alreadyReversed"), "about the whole form");
    }
}
