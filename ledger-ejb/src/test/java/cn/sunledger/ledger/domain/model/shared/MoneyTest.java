package cn.sunledger.ledger.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void keepsTwoDecimalsInItsTextForm() {
        assertEquals("800000.00", Money.parse("800000").toString());
        assertEquals("0.50", Money.parse("0.5").toString());
        assertEquals(Money.parse("1.10"), Money.parse("1.1"));
    }

    @Test
    void parsesOnlyThePlainTextTheApiAccepts() {
        for (String bad : new String[] {"-1", "1.234", "1e3", "1,000.00", " 1", "", "０.５", "12345678901234567"}) {
            assertNull(Money.parse(bad), bad);
        }
        assertNull(Money.parse(null));
    }

    @Test
    void refusesWhatDecimal18Comma2CannotHold() {
        Money max = Money.parse("9999999999999999.99");
        assertThrows(IllegalArgumentException.class, () -> max.plus(Money.parse("0.01")));
        assertThrows(IllegalArgumentException.class, () -> Money.of(new BigDecimal("0.001")));
        assertThrows(IllegalArgumentException.class, () -> Money.parse("1.00").minus(Money.parse("1.01")));
    }

    @Test
    void comparesAndAddsExactly() {
        Money a = Money.parse("0.10");
        Money b = Money.parse("0.20");
        assertEquals(Money.parse("0.30"), a.plus(b), "no binary floating point");
        assertTrue(b.exceeds(a));
        assertFalse(a.exceeds(a));
        assertFalse(Money.ZERO.isPositive());
        assertEquals(Money.ZERO, b.minus(b));
    }
}
