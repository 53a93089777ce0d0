package cn.sunledger.ledger.domain.model.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NoticeTest {

    private static final RegionCode COUNTY = RegionCode.of("532922000000");
    private static final Set<RegionCode> VILLAGE = Set.of(RegionCode.of("532922101201"), RegionCode.of("532922101201001"));
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 1, 10, 0);

    private static Notice withPeriod(LocalDate start, LocalDate end) {
        return new Notice("PROJECT_DECLARATION", "42", COUNTY, "项目申报公示", VILLAGE, start, end, true, "clerk", NOW);
    }

    @Test
    void aPeriodLastsAtLeastTenDaysCountingBothEnds() {
        Notice ten = withPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10));
        assertEquals(LocalDate.of(2026, 3, 10), ten.periodEnd());
        LedgerException nine = assertThrows(LedgerException.class,
                () -> withPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 9)));
        assertEquals("notice.periodTooShort", nine.messageKey());
        assertEquals(LedgerException.Kind.RULE, nine.kind());
        assertEquals("notice.periodRequired",
                assertThrows(LedgerException.class, () -> withPeriod(null, LocalDate.of(2026, 3, 20))).messageKey());
    }

    @Test
    void aPeriodLastsAtMostAYear() {
        assertEquals(LocalDate.of(2026, 12, 31), withPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)).periodEnd());
        LedgerException longer = assertThrows(LedgerException.class,
                () -> withPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)));
        assertEquals(LedgerException.Kind.INVALID, longer.kind());
        assertEquals("periodEnd", longer.violations().get(0).field());
        assertEquals("notice.periodTooLong", longer.violations().get(0).messageKey());
    }

    @Test
    void aPeriodMayStartBeforeTheDataIsEntered() {
        Notice backdated = withPeriod(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 25));
        assertTrue(backdated.periodOverBy(LocalDate.of(2026, 3, 1)));
        assertFalse(withPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 12)).periodOverBy(LocalDate.of(2026, 3, 12)));
    }

    @Test
    void placesAreListedInCodeOrderWhateverTheOrderGiven() {
        Notice n = new Notice("POLICY", "1", RegionCode.of("532900000000"), "t", new java.util.LinkedHashSet<>(java.util.List.of(
                RegionCode.of("532922101201001"), RegionCode.of("532924000000"), RegionCode.of("532900000000"))), null,
                null, false, "u", NOW);
        assertEquals(java.util.List.of("532900000000", "532922101201001", "532924000000"),
                n.regions().stream().map(RegionCode::value).toList());
    }

    @Test
    void typesWithoutAPeriodRefuseOne() {
        assertEquals("notice.periodNotApplicable", assertThrows(LedgerException.class, () -> new Notice("POLICY", "1",
                COUNTY, "t", VILLAGE, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 20), false, "u", NOW)).messageKey());
    }

    @Test
    void regionsMustLieInsideTheIssuer() {
        LedgerException e = assertThrows(LedgerException.class, () -> new Notice("POLICY", "1", COUNTY, "t",
                Set.of(RegionCode.of("532924102201")), null, null, false, "u", NOW));
        assertEquals("notice.regionOutsideIssuer", e.messageKey());
        assertThrows(LedgerException.class, () -> new Notice("POLICY", "1", COUNTY, "t", Set.of(), null, null, false,
                "u", NOW));
    }

    @Test
    void publishingHappensOnceAndOnlyPublishedNoticesAreCorrected() {
        Notice draft = new Notice("POLICY", "1", COUNTY, "t", VILLAGE, null, null, false, "u", NOW);
        assertEquals("notice.supersedeNotPublished", assertThrows(LedgerException.class,
                () -> Notice.correcting(draft, "typo", VILLAGE, null, null, false, "u", NOW)).messageKey());
        draft.publish("532922-2026-00001", "t", "u", NOW, false);
        assertEquals(NoticeStatus.PUBLISHED, draft.status());
        assertEquals(LedgerException.Kind.CONFLICT, assertThrows(LedgerException.class,
                () -> draft.publish("532922-2026-00002", "t", "u", NOW, false)).kind());
        assertEquals("notice.reasonRequired", assertThrows(LedgerException.class,
                () -> Notice.correcting(draft, " ", VILLAGE, null, null, false, "u", NOW)).messageKey());
        Notice correction = Notice.correcting(draft, "金额有误", VILLAGE, null, null, false, "u", NOW);
        assertEquals(NoticeStatus.DRAFT, correction.status());
        assertEquals("金额有误", correction.supersedeReason());
        draft.supersededBy(correction);
        assertEquals(NoticeStatus.SUPERSEDED, draft.status());
        assertTrue(draft.isPublished(), "a superseded notice stays public");
    }

    @Test
    void objectionsNeedAPublishedNoticeWithAPeriodAndAResolutionToClose() {
        Notice notice = withPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10));
        LocalDate today = LocalDate.of(2026, 3, 5);
        assertEquals("objection.noticeNotPublished", assertThrows(LedgerException.class, () -> new NoticeObjection(
                notice, today, "李四", null, "异议", "clerk", today)).messageKey());
        notice.publish("532922-2026-00003", "t", "u", NOW, false);
        assertEquals("objection.badDate", assertThrows(LedgerException.class, () -> new NoticeObjection(notice,
                LocalDate.of(2026, 2, 1), "李四", null, "异议", "clerk", today)).messageKey());
        NoticeObjection objection = new NoticeObjection(notice, LocalDate.of(2026, 3, 3), "李四", "13812345678",
                "受益户名单有误", "clerk", today);
        assertTrue(objection.isOpen());
        assertThrows(LedgerException.class, () -> objection.resolve("", today, "reviewer"));
        objection.resolve("已核实并更正名单", today, "reviewer");
        assertFalse(objection.isOpen());
        assertThrows(LedgerException.class, () -> objection.resolve("again", today, "reviewer"));
    }
}
