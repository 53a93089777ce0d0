package cn.sunledger.ledger.domain.model.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.sunledger.ledger.domain.model.shared.LedgerException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StepDateTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @Test
    void aStepWithoutItsPapersDateIsTakenToday() {
        assertEquals(TODAY, StepDate.of(null, TODAY.minusDays(3), TODAY));
    }

    @Test
    void aStepEnteredLaterKeepsTheDateOnItsPaper() {
        LocalDate approved = TODAY.minusDays(40);
        assertEquals(approved, StepDate.of(approved, TODAY.minusDays(44), TODAY));
        assertEquals(approved, StepDate.of(approved, approved, TODAY), "the same day as the step it follows");
    }

    @Test
    void aStepIsNeitherInTheFutureNorBeforeTheStepItFollows() {
        LedgerException future = assertThrows(LedgerException.class,
                () -> StepDate.of(TODAY.plusDays(1), null, TODAY));
        assertEquals("distribution.stepInFuture", future.messageKey());
        assertEquals("decidedOn", future.violations().get(0).field());
        LedgerException early = assertThrows(LedgerException.class,
                () -> StepDate.of(TODAY.minusDays(45), TODAY.minusDays(44), TODAY));
        assertEquals("distribution.stepBeforePrevious", early.messageKey());
        assertEquals(LedgerException.Kind.RULE, early.kind());
    }
}
