package cn.sunledger.ledger.domain.model.project;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.service.access.AccessPolicy;
import cn.sunledger.ledger.domain.service.access.Action;
import cn.sunledger.ledger.domain.model.user.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Adjustment (调整) and roll-over (结转) of library projects: the domain rules. */
class ProjectDynamicsTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 9, 0);

    /** A project walked up the chain into the library (no gates here: those are the service's business). */
    static Project inLibrary() {
        Project p = new Project(ProjectTest.valid(), "guangming.clerk", NOW);
        p.number(1);
        for (ProjectAction a : List.of(ProjectAction.SUBMIT, ProjectAction.DECLARE, ProjectAction.TOWNSHIP_APPROVE,
                ProjectAction.DEPARTMENT_APPROVE, ProjectAction.COUNTY_APPROVE, ProjectAction.PREFECTURE_APPROVE)) {
            p.take(a, "u", "R", NOW, null, a == ProjectAction.SUBMIT ? "决议" : null,
                    a == ProjectAction.SUBMIT ? NOW.toLocalDate() : null);
        }
        assertEquals(ProjectStatus.IN_LIBRARY, p.status());
        return p;
    }

    private static ProjectDetails withName(ProjectDetails d, String name, int year, List<RegionCode> places,
            boolean emergency) {
        return new ProjectDetails(year, name, d.categoryCode(), d.nature(), places, d.content(), d.scaleQuantity(),
                d.scaleUnit(), List.of(new FundShare(FundSource.CENTRAL_LINKAGE, new BigDecimal("900000.00")),
                        new FundShare(FundSource.COUNTY_LINKAGE, new BigDecimal("200000.00"))),
                d.startMonth(), d.endMonth(), d.implementingUnit(), d.responsiblePerson(), d.beneficiaries(),
                d.indicators(), d.linkageType(), d.linkageDescription(), d.supervisingUnit(), emergency);
    }

    @Test
    void adjustmentIsForTheFourthQuarterAndNeedsAReasonOutsideIt() {
        assertTrue(ProjectAdjustment.inAdjustmentSeason(LocalDate.of(2026, 10, 1)));
        assertTrue(ProjectAdjustment.inAdjustmentSeason(LocalDate.of(2026, 12, 31)));
        assertFalse(ProjectAdjustment.inAdjustmentSeason(LocalDate.of(2026, 9, 30)));
        assertFalse(ProjectAdjustment.inAdjustmentSeason(LocalDate.of(2026, 1, 1)));
        assertDoesNotThrow(() -> ProjectAdjustment.requireReasonOutsideQ4(LocalDate.of(2026, 11, 2), null));
        LedgerException e = assertThrows(LedgerException.class,
                () -> ProjectAdjustment.requireReasonOutsideQ4(LocalDate.of(2026, 6, 15), " "));
        assertEquals("project.adjustmentReasonRequired", e.messageKey());
        assertEquals(LedgerException.Kind.INVALID, e.kind());
        assertDoesNotThrow(() -> ProjectAdjustment.requireReasonOutsideQ4(LocalDate.of(2026, 6, 15), "汛期水毁，需调整"));
    }

    @Test
    void anAdjustmentChangesTheRecordButNeitherStatusCountyYearNorEmergency() {
        Project p = inLibrary();
        ProjectDetails d = ProjectTest.valid();
        List<RegionCode> places = d.naturalVillages();
        assertEquals("project.countyOrYearFixed", assertThrows(LedgerException.class,
                () -> p.requireAdjustable(withName(d, "新名称", 2027, places, false))).messageKey());
        assertEquals("project.countyOrYearFixed", assertThrows(LedgerException.class,
                () -> p.requireAdjustable(withName(d, "新名称", 2026, List.of(RegionCode.of("532924102201001")), false)))
                .messageKey());
        assertEquals("project.severalVillages", assertThrows(LedgerException.class,
                () -> p.requireAdjustable(withName(d, "新名称", 2026, List.of(RegionCode.of("532922101201001"),
                        RegionCode.of("532922101202001")), false))).messageKey());
        assertEquals("project.emergencyFixed", assertThrows(LedgerException.class,
                () -> p.requireAdjustable(withName(d, "新名称", 2026, places, true))).messageKey());

        ProjectDetails proposed = withName(d, "光明村蔬菜种植基地扩建项目", 2026, places, false);
        List<FieldChange> changes = ProjectSnapshot.of(p).changesTo(ProjectSnapshot.of(proposed));
        assertEquals(List.of("name", "plannedInvestment"), changes.stream().map(FieldChange::field).toList());
        assertEquals("光明村蔬菜种植基地建设项目", changes.get(0).before());
        assertTrue(changes.get(1).before().contains("1000000.00") && changes.get(1).after().contains("1100000.00"),
                changes.get(1).toString());

        ProjectTransition t = p.adjust(proposed, "dali.bureau", "PREFECTURE_BUREAU", NOW, "同意", "大乡振〔2026〕9号", null);
        assertEquals(ProjectAction.ADJUST, t.action());
        assertEquals(ProjectStatus.IN_LIBRARY, t.fromStatus());
        assertEquals(ProjectStatus.IN_LIBRARY, t.toStatus());
        assertEquals("光明村蔬菜种植基地扩建项目", p.name());
        assertEquals(new BigDecimal("1100000.00"), p.totalInvestment());
        assertEquals(2026, p.year());
        assertTrue(ProjectSnapshot.of(p).changesTo(ProjectSnapshot.of(proposed)).isEmpty());
    }

    @Test
    void adjustmentAndRollOverAreOnlyForLibraryAndPlannedProjects() {
        assertTrue(ProjectAction.ADJUST.allowedFrom(ProjectStatus.IN_LIBRARY));
        assertTrue(ProjectAction.ADJUST.allowedFrom(ProjectStatus.PLANNED));
        assertFalse(ProjectAction.ADJUST.allowedFrom(ProjectStatus.IN_PROGRESS));
        assertFalse(ProjectAction.ROLL_OVER.allowedFrom(ProjectStatus.COUNTY_APPROVED));
        assertNull(ProjectAction.ADJUST.target(), "adjust keeps the status");
        assertEquals(ProjectStatus.PLANNED, ProjectAction.ADJUST.resultFrom(ProjectStatus.PLANNED));
        assertEquals(ProjectStatus.IN_LIBRARY, ProjectAction.ROLL_OVER.resultFrom(ProjectStatus.PLANNED));
        assertEquals(ProjectAction.ROLL_OVER, ProjectAction.fromPath("roll-over"));
        Project draft = new Project(ProjectTest.valid(), "c", NOW);
        assertEquals("project.actionNotAllowed", assertThrows(LedgerException.class,
                () -> draft.requireAdjustable(ProjectTest.valid())).messageKey());
        assertThrows(IllegalArgumentException.class,
                () -> draft.take(ProjectAction.ADJUST, "u", "R", NOW, null, null, null));
    }

    @Test
    void everyProjectActionHasAnAccessRuleAndTheNewOnesBelongToTheirDeciders() {
        for (ProjectAction a : ProjectAction.values()) {
            assertDoesNotThrow(() -> Action.forProject(a), a.name());
        }
        assertEquals(Action.ADJUST_PROJECT, Action.forProject(ProjectAction.ADJUST));
        assertEquals(Action.ROLL_OVER_PROJECT, Action.forProject(ProjectAction.ROLL_OVER));
        assertTrue(AccessPolicy.roleMay(Role.PREFECTURE_BUREAU, Action.ADJUST_PROJECT));
        assertFalse(AccessPolicy.roleMay(Role.VILLAGE_CLERK, Action.ADJUST_PROJECT));
        assertTrue(AccessPolicy.roleMay(Role.COUNTY_RURAL_BUREAU, Action.PROPOSE_PROJECT_ADJUSTMENT));
        assertFalse(AccessPolicy.roleMay(Role.PREFECTURE_BUREAU, Action.PROPOSE_PROJECT_ADJUSTMENT));
        assertTrue(AccessPolicy.roleMay(Role.COUNTY_RURAL_BUREAU, Action.ROLL_OVER_PROJECT));
        assertFalse(AccessPolicy.roleMay(Role.COUNTY_DEPARTMENT, Action.ROLL_OVER_PROJECT));
    }

    @Test
    void aRollOverMovesAnUnfundedProjectToNextYearsLibraryKeepingItsCode() {
        Project p = inLibrary();
        p.take(ProjectAction.PLAN, "yangbi.rural", "COUNTY_RURAL_BUREAU", NOW, null, null, null);
        assertEquals(LedgerException.Kind.INVALID, assertThrows(LedgerException.class,
                () -> p.rollOver(BigDecimal.ZERO, "u", "R", NOW, " ", null, null)).kind());
        LedgerException funded = assertThrows(LedgerException.class,
                () -> p.rollOver(new BigDecimal("10.00"), "u", "R", NOW, "来不及实施", null, null));
        assertEquals("project.rollOverAllocated", funded.messageKey());
        assertEquals(LedgerException.Kind.RULE, funded.kind());
        assertEquals(ProjectStatus.PLANNED, p.status());
        ProjectTransition t = p.rollOver(BigDecimal.ZERO, "yangbi.rural", "COUNTY_RURAL_BUREAU", NOW,
                "用地手续未能在年内办妥", "漾乡振〔2026〕20号", null);
        assertEquals(ProjectStatus.PLANNED, t.fromStatus());
        assertEquals(ProjectStatus.IN_LIBRARY, t.toStatus());
        assertEquals(2026, t.projectYear(), "the step keeps the year it left");
        assertEquals(2027, p.year());
        assertEquals(ProjectStatus.IN_LIBRARY, p.status());
        assertEquals("2026-532922-0001", p.code());
        assertEquals(YearMonth.of(2026, 3), p.startMonth(), "the record itself is adjusted separately if needed");
    }
}
