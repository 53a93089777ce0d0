package cn.sunledger.ledger.domain.model.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.sunledger.ledger.domain.model.region.RegionCode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StageClearanceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

    private static Notice published(LocalDate start, LocalDate end) {
        Notice n = new Notice("PROJECT_DECLARATION", "42", RegionCode.of("532922000000"), "公示",
                Set.of(RegionCode.of("532922101201")), start, end, true, "r", LocalDateTime.of(2026, 3, 1, 9, 0));
        n.publish("532922-2026-00001", "公示", "r", LocalDateTime.of(2026, 3, 1, 9, 0), false);
        return n;
    }

    @Test
    void noPublishedNoticeMeansMissing() {
        assertEquals(StageClearance.State.MISSING,
                StageClearance.assess("PROJECT_DECLARATION", List.of(), Map.of(), TODAY).state());
        Notice otherType = published(TODAY.minusDays(20), TODAY.minusDays(5));
        assertEquals(StageClearance.State.MISSING,
                StageClearance.assess("TOWNSHIP_REVIEW", List.of(otherType), new HashMap<>(), TODAY).state());
    }

    @Test
    void aPeriodEndingTodayIsStillRunning() {
        StageClearance c = StageClearance.assess("PROJECT_DECLARATION",
                List.of(published(TODAY.minusDays(9), TODAY)), new HashMap<>(), TODAY);
        assertEquals(StageClearance.State.RUNNING, c.state());
        assertEquals(TODAY, c.periodEnd());
        assertEquals(StageClearance.State.CLEARED, StageClearance.assess("PROJECT_DECLARATION",
                List.of(published(TODAY.minusDays(10), TODAY.minusDays(1))), new HashMap<>(), TODAY).state());
    }

    @Test
    void openObjectionsHoldTheStepEvenAfterThePeriod() {
        Map<Long, Long> open = new HashMap<>();
        open.put(null, 2L); // notices built in memory have no id yet
        StageClearance c = StageClearance.assess("PROJECT_DECLARATION",
                List.of(published(TODAY.minusDays(20), TODAY.minusDays(5))), open, TODAY);
        assertEquals(StageClearance.State.OBJECTIONS, c.state());
        assertEquals(2, c.openObjections());
    }
}
