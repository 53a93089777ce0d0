package cn.sunledger.ledger.application.fund;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.shared.Money;
import org.junit.jupiter.api.Test;

class FundExecutionTest {

    @Test
    void theRateIsPaidOverAllocatedInPercentWithOneDecimal() {
        FundExecution.Line line = FundExecution.Line.ofSource(FundSource.CENTRAL_LINKAGE,
                Money.parse("300000.00"), Money.parse("100000.00"));
        assertEquals("33.3", line.rate().toPlainString());
        assertEquals(Money.parse("200000.00"), line.remaining());
        assertEquals("66.7", FundExecution.Line.ofProject(1L, "c", "n", Money.parse("3.00"), Money.parse("2.00"))
                .rate().toPlainString(), "half up");
    }

    @Test
    void nothingAllocatedHasNoRate() {
        assertNull(FundExecution.Line.ofProject(1L, "c", "n", Money.ZERO, Money.ZERO).rate());
    }
}
