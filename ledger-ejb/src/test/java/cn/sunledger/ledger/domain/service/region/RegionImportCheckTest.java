package cn.sunledger.ledger.domain.service.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.ledger.domain.model.region.Region;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.region.RegionLevel;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegionImportCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Region COUNTY = new Region(RegionCode.of("532922000000"), "漾濞彝族自治县",
            RegionCode.of("532900000000"), LocalDate.of(2020, 1, 1), null);
    private final RegionImportCheck check = new RegionImportCheck(RegionCode.of("532922000000"),
            Map.of("532922000000", COUNTY), TODAY);

    @Test
    void aGoodFileIsPlannedParentsFirstWithDefaults() {
        RegionImportPlan plan = check.check(List.of(
                new RegionRow(2, "532922103201", "新村", "VILLAGE", "532922103000", "", ""),
                new RegionRow(3, "532922103000", "新镇", "乡镇", "532922000000", "2025-01-01", null)));
        assertEquals(List.of(RegionLevel.TOWNSHIP, RegionLevel.VILLAGE),
                plan.entries().stream().map(RegionImportPlan.Entry::level).toList());
        assertEquals(TODAY, plan.entries().get(1).validFrom());
        assertEquals(LocalDate.of(2025, 1, 1), plan.entries().get(0).validFrom());
    }

    @Test
    void everyBadRowIsReportedWithItsNumberAndNothingIsPlanned() {
        LedgerException e = assertThrows(LedgerException.class, () -> check.check(List.of(
                new RegionRow(2, "532922103000", "新镇", "TOWNSHIP", "532922000000", null, null),
                new RegionRow(3, "532922103000", "重复镇", "TOWNSHIP", "532922000000", null, null),
                new RegionRow(4, "532923101000", "外县镇", "TOWNSHIP", "532923000000", null, null),
                new RegionRow(5, "532922104201", "孤村", "VILLAGE", "532922104000", null, null),
                new RegionRow(6, "532922103202", "", "VILLAGE", "532922103000", "2025-13-01", null),
                new RegionRow(7, "532922103203", "级别错", "TOWNSHIP", "532922103000", null, null))));
        assertEquals(LedgerException.Kind.RULE, e.kind());
        List<String> found = e.violations().stream().map(v -> v.row() + ":" + v.messageKey()).toList();
        assertTrue(found.contains("3:import.region.duplicate"), found.toString());
        assertTrue(found.contains("4:import.region.outsideScope"), found.toString());
        assertTrue(found.contains("5:import.region.parentMissing"), found.toString());
        assertTrue(found.contains("6:import.region.badName"), found.toString());
        assertTrue(found.contains("6:import.region.badDate"), found.toString());
        assertTrue(found.contains("7:import.region.levelMismatch"), found.toString());
        assertTrue(e.violations().stream().map(Violation::row).noneMatch(r -> r == 2), "row 2 is fine");
    }

    @Test
    void anExistingRegionCannotMoveToAnotherParent() {
        Region village = new Region(RegionCode.of("532922101201"), "光明村", RegionCode.of("532922101000"),
                LocalDate.of(2020, 1, 1), null);
        RegionImportCheck withVillage = new RegionImportCheck(RegionCode.of("532900000000"),
                Map.of("532922101201", village, "532922101000", new Region(RegionCode.of("532922101000"), "镇",
                        RegionCode.of("532922000000"), LocalDate.of(2020, 1, 1), null)), TODAY);
        LedgerException e = assertThrows(LedgerException.class, () -> withVillage.check(List.of(
                new RegionRow(2, "532922101201", "光明村", "VILLAGE", "532922102000", null, null))));
        assertTrue(e.violations().stream().anyMatch(v -> v.messageKey().equals("import.region.parentMismatch")
                || v.messageKey().equals("import.region.moved")));
    }

    @Test
    void anEmptyFileIsInvalid() {
        assertEquals(LedgerException.Kind.INVALID,
                assertThrows(LedgerException.class, () -> check.check(List.of())).kind());
    }
}
