package cn.sunledger.ledger.domain.model.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
    /** Mutable maps: notices built in memory have a null id, which Map.of() refuses to look up. */
    private static final Map<Long, LocalDate> NO_POSTINGS = new HashMap<>();
    private static final Map<Long, Long> NO_OBJECTIONS = new HashMap<>();

    /** Published online on {@code publishedOn}. */
    private static Notice published(LocalDate start, LocalDate end, LocalDate publishedOn) {
        LocalDateTime at = publishedOn.atTime(9, 0);
        Notice n = new Notice("PROJECT_DECLARATION", "42", RegionCode.of("532922000000"), "公示",
                Set.of(RegionCode.of("532922101201")), start, end, true, "r", at);
        n.publish("532922-2026-00001", "公示", "r", at, false);
        return n;
    }

    /** Published online on the first day of its period. */
    private static Notice published(LocalDate start, LocalDate end) {
        return published(start, end, start);
    }

    private static StageClearance assess(Notice n, Map<Long, LocalDate> boardPostings) {
        return StageClearance.assess("PROJECT_DECLARATION", List.of(n), NO_OBJECTIONS, boardPostings, TODAY);
    }

    /** Notices built in memory have no id yet: their postings are keyed by null. */
    private static Map<Long, LocalDate> boardPhotoOn(LocalDate day) {
        Map<Long, LocalDate> postings = new HashMap<>();
        postings.put(null, day);
        return postings;
    }

    @Test
    void noPublishedNoticeMeansMissing() {
        assertEquals(StageClearance.State.MISSING,
                StageClearance.assess("PROJECT_DECLARATION", List.of(), NO_OBJECTIONS, NO_POSTINGS, TODAY).state());
        Notice otherType = published(TODAY.minusDays(20), TODAY.minusDays(5));
        assertEquals(StageClearance.State.MISSING,
                StageClearance.assess("TOWNSHIP_REVIEW", List.of(otherType), new HashMap<>(), NO_POSTINGS, TODAY).state());
    }

    @Test
    void aPeriodEndingTodayIsStillRunning() {
        StageClearance c = assess(published(TODAY.minusDays(9), TODAY), NO_POSTINGS);
        assertEquals(StageClearance.State.RUNNING, c.state());
        assertEquals(TODAY, c.periodEnd());
        assertEquals(StageClearance.State.CLEARED, assess(published(TODAY.minusDays(10), TODAY.minusDays(1)),
                NO_POSTINGS).state());
    }

    @Test
    void openObjectionsHoldTheStepEvenAfterThePeriod() {
        Map<Long, Long> open = new HashMap<>();
        open.put(null, 2L);
        StageClearance c = StageClearance.assess("PROJECT_DECLARATION",
                List.of(published(TODAY.minusDays(20), TODAY.minusDays(5))), open, NO_POSTINGS, TODAY);
        assertEquals(StageClearance.State.OBJECTIONS, c.state());
        assertEquals(2, c.openObjections());
    }

    @Test
    void aNoticeEnteredAfterItsPeriodEndedNeverClearsWithoutBoardPostings() {
        Notice late = published(TODAY.minusDays(20), TODAY.minusDays(8), TODAY);
        StageClearance c = assess(late, NO_POSTINGS);
        assertEquals(StageClearance.State.UNVERIFIED, c.state());
        assertEquals(0, c.verified().days());
        assertEquals(TODAY, c.verified().publishedOn());
        assertEquals(TODAY.minusDays(17), c.verified().boardPostingNeededBy(Notice.MIN_PERIOD_DAYS),
                "a board posting ten days before the period's end would have covered enough of it");
        // a posting without a photo is no evidence: the gate is only given photographed postings
        assertEquals(StageClearance.State.UNVERIFIED, assess(late, boardPhotoOn(TODAY.minusDays(16))).state(),
                "a posting of 9 days is one day short");
        StageClearance covered = assess(late, boardPhotoOn(TODAY.minusDays(17)));
        assertEquals(StageClearance.State.CLEARED, covered.state());
        assertEquals(10, covered.verified().days());
    }

    @Test
    void aBoardPostingBeforeThePeriodCountsOnlyFromThePeriodStart() {
        Notice n = published(TODAY.minusDays(12), TODAY.minusDays(1), TODAY);
        StageClearance c = assess(n, boardPhotoOn(TODAY.minusDays(30)));
        assertEquals(StageClearance.State.CLEARED, c.state());
        assertEquals(TODAY.minusDays(12), c.verified().from());
        assertEquals(12, c.verified().days());
    }

    @Test
    void aNoticePublishedLateInItsPeriodIsUnverifiedEvenWhileItRuns() {
        // period of 11 days, entered online on its 4th day: 8 verified days will never be enough
        Notice n = published(TODAY.minusDays(3), TODAY.plusDays(7), TODAY);
        assertEquals(StageClearance.State.UNVERIFIED, assess(n, NO_POSTINGS).state());
        // with the board posted on the first day it is an ordinary running notice
        assertEquals(StageClearance.State.RUNNING, assess(n, boardPhotoOn(TODAY.minusDays(3))).state());
    }

    @Test
    void aNoticePublishedTodayWithATenDayPeriodClearsOnlyAfterItsLastDay() {
        Notice n = published(TODAY, TODAY.plusDays(9), TODAY);
        for (int day = 0; day <= 9; day++) {
            assertEquals(StageClearance.State.RUNNING, StageClearance.assess("PROJECT_DECLARATION", List.of(n),
                    NO_OBJECTIONS, NO_POSTINGS, TODAY.plusDays(day)).state(), "day " + day);
        }
        assertEquals(StageClearance.State.CLEARED, StageClearance.assess("PROJECT_DECLARATION", List.of(n),
                NO_OBJECTIONS, NO_POSTINGS, TODAY.plusDays(10)).state());
    }

    @Test
    void aRunningCorrectionIsReportedBeforeAnUnverifiedOriginal() {
        Notice unverified = published(TODAY.minusDays(20), TODAY.minusDays(8), TODAY);
        Notice running = published(TODAY, TODAY.plusDays(9), TODAY);
        StageClearance c = StageClearance.assess("PROJECT_DECLARATION", List.of(unverified, running), NO_OBJECTIONS,
                NO_POSTINGS, TODAY);
        assertEquals(StageClearance.State.RUNNING, c.state());
        assertEquals(TODAY.plusDays(9), c.periodEnd());
    }

    @Test
    void aDraftHasNoVerifiedPeriod() {
        Notice draft = new Notice("PROJECT_DECLARATION", "42", RegionCode.of("532922000000"), "公示",
                Set.of(RegionCode.of("532922101201")), TODAY, TODAY.plusDays(9), true, "r", TODAY.atTime(9, 0));
        assertNull(draft.verifiedPeriod(TODAY));
    }
}
