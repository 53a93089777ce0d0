package cn.sunledger.ledger.domain.model.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 1, 10, 0);
    private static final List<RegionCode> GUANGMING = List.of(RegionCode.of("532922101201001"),
            RegionCode.of("532922101201002"));

    static ProjectDetails details(List<RegionCode> place, List<FundShare> money, YearMonth start, YearMonth end,
            List<Indicator> indicators, LinkageType linkage, String linkageText, boolean emergency) {
        return new ProjectDetails(2026, "光明村蔬菜种植基地建设项目", "CY-SC", Nature.NEW, place, "新建蔬菜大棚 40 亩",
                new BigDecimal("40"), "亩", money, start, end, "苍山西镇人民政府", "张三",
                new Beneficiaries(120, 450, 60, 210, 8, 27), indicators, linkage, linkageText, null, emergency);
    }

    static ProjectDetails valid() {
        return details(GUANGMING, List.of(new FundShare(FundSource.CENTRAL_LINKAGE, new BigDecimal("800000.00")),
                new FundShare(FundSource.COUNTY_LINKAGE, new BigDecimal("200000"))), YearMonth.of(2026, 3),
                YearMonth.of(2026, 10), List.of(new Indicator(IndicatorKind.OUTPUT, "新建大棚面积", "40", "亩")),
                LinkageType.EMPLOYMENT, "优先吸纳脱贫户务工", false);
    }

    private static LedgerException refused(Runnable r) {
        return assertThrows(LedgerException.class, r::run);
    }

    @Test
    void aDraftTakesItsPlacesFromItsNaturalVillagesAndItsNumberFromTheCounty() {
        Project p = new Project(valid(), "guangming.clerk", NOW);
        assertEquals("532922101201", p.village().value());
        assertEquals("532922101000", p.township().value());
        assertEquals("532922000000", p.county().value());
        assertEquals(ProjectStatus.DRAFT, p.status());
        assertEquals(new BigDecimal("1000000.00"), p.totalInvestment());
        assertEquals("200000.00", p.plannedInvestment().get(1).amount().toPlainString());
        p.number(7);
        assertEquals("2026-532922-0007", p.code());
        assertThrows(IllegalStateException.class, () -> p.number(8));
    }

    @Test
    void naturalVillagesMustShareOneVillage() {
        LedgerException e = refused(() -> new Project(details(List.of(RegionCode.of("532922101201001"),
                RegionCode.of("532922101202001")), valid().plannedInvestment(), YearMonth.of(2026, 3),
                YearMonth.of(2026, 10), List.of(), null, null, false), "x", NOW));
        assertEquals("project.severalVillages", e.messageKey());
        assertEquals(LedgerException.Kind.RULE, e.kind());
        assertEquals("project.notNaturalVillage", refused(() -> Project.villageOf(List.of(RegionCode.of("532922101201"))))
                .messageKey());
        assertEquals("project.placeRequired", refused(() -> Project.villageOf(List.of())).messageKey());
    }

    @Test
    void moneyIsNotNegativeAndHasAtMostTwoDecimals() {
        ProjectDetails v = valid();
        for (String bad : List.of("-1.00", "10.005")) {
            LedgerException e = refused(() -> new Project(details(GUANGMING, List.of(new FundShare(FundSource.SOCIAL,
                    new BigDecimal(bad))), v.startMonth(), v.endMonth(), v.indicators(), v.linkageType(),
                    v.linkageDescription(), false), "x", NOW));
            assertEquals("project.badAmount", e.messageKey(), bad);
        }
        assertEquals("project.investmentRequired", refused(() -> new Project(details(GUANGMING, List.of(),
                v.startMonth(), v.endMonth(), v.indicators(), null, null, false), "x", NOW)).messageKey());
        Project zero = new Project(details(GUANGMING, List.of(new FundShare(FundSource.SOCIAL, BigDecimal.ZERO)),
                v.startMonth(), v.endMonth(), v.indicators(), null, null, false), "x", NOW);
        assertEquals("0.00", zero.totalInvestment().toPlainString());
    }

    @Test
    void theStartMonthIsNotAfterTheEndMonth() {
        ProjectDetails v = valid();
        assertEquals("project.monthsOutOfOrder", refused(() -> new Project(details(GUANGMING, v.plannedInvestment(),
                YearMonth.of(2026, 11), YearMonth.of(2026, 10), v.indicators(), null, null, false), "x", NOW))
                .messageKey());
        new Project(details(GUANGMING, v.plannedInvestment(), YearMonth.of(2026, 10), YearMonth.of(2026, 10),
                v.indicators(), null, null, false), "x", NOW);
    }

    @Test
    void aProjectWithoutTargetsOrLinkageCannotBeSubmittedOrDeclared() {
        ProjectDetails v = valid();
        Project noTargets = new Project(details(GUANGMING, v.plannedInvestment(), v.startMonth(), v.endMonth(),
                List.of(), LinkageType.EMPLOYMENT, "务工", false), "x", NOW);
        assertEquals("project.indicatorsRequired", refused(() -> noTargets.take(ProjectAction.SUBMIT, "c",
                "VILLAGE_CLERK", NOW, null, "村民代表大会决议〔2026〕1号", null)).messageKey());
        Project noLinkage = new Project(details(GUANGMING, v.plannedInvestment(), v.startMonth(), v.endMonth(),
                v.indicators(), null, null, false), "x", NOW);
        LedgerException e = refused(() -> noLinkage.take(ProjectAction.SUBMIT, "c", "VILLAGE_CLERK", NOW, null,
                "决议1号", null));
        assertEquals("project.linkageRequired", e.messageKey());
        assertEquals(ProjectStatus.DRAFT, noLinkage.status(), "a refused step changes nothing");
    }

    @Test
    void stepsFollowTheStatusMachineAndAreRecorded() {
        Project p = new Project(valid(), "guangming.clerk", NOW);
        assertEquals("project.meetingDecisionRequired", refused(() -> p.take(ProjectAction.SUBMIT, "c", "VILLAGE_CLERK",
                NOW, null, " ", null)).messageKey());
        assertEquals("project.meetingDateRequired", refused(() -> p.take(ProjectAction.SUBMIT, "c", "VILLAGE_CLERK",
                NOW, null, "决议1号", null)).messageKey(), "the meeting's date is evidence the village notice quotes");
        assertEquals("project.meetingDateRequired", refused(() -> p.take(ProjectAction.SUBMIT, "c", "VILLAGE_CLERK",
                NOW, null, "决议1号", NOW.toLocalDate().plusDays(1))).messageKey(), "a meeting cannot be in the future");
        ProjectTransition t = p.take(ProjectAction.SUBMIT, "guangming.clerk", "VILLAGE_CLERK", NOW, null, "决议1号",
                NOW.toLocalDate());
        assertEquals(ProjectStatus.DRAFT, t.fromStatus());
        assertEquals(ProjectStatus.VILLAGE_NOTICE, t.toStatus());
        assertEquals("决议1号", t.decisionRef());
        LedgerException early = refused(() -> p.take(ProjectAction.PLAN, "r", "COUNTY_RURAL_BUREAU", NOW, null, null, null));
        assertEquals(LedgerException.Kind.CONFLICT, early.kind());
        assertEquals("project.actionNotAllowed", early.messageKey());
        assertEquals("project.notDraft", refused(() -> p.revise(valid())).messageKey());
        assertEquals("project.returnOpinionRequired", refused(() -> p.take(ProjectAction.RETURN, "t",
                "TOWNSHIP_REVIEWER", NOW, "  ", null, null)).messageKey());
        p.take(ProjectAction.RETURN, "t", "TOWNSHIP_REVIEWER", NOW, "请补充用地手续", null, null);
        assertEquals(ProjectStatus.DRAFT, p.status());
        p.revise(valid());
    }

    @Test
    void emergencyProjectsOweTheirVillageAndTownshipNoticesAfterwards() {
        ProjectDetails v = valid();
        Project p = new Project(details(GUANGMING, v.plannedInvestment(), v.startMonth(), v.endMonth(), v.indicators(),
                v.linkageType(), v.linkageDescription(), true), "x", NOW);
        assertTrue(p.lateNoticeRequired());
    }

    @Test
    void revisingCannotMoveAProjectToAnotherCounty() {
        Project p = new Project(valid(), "x", NOW);
        ProjectDetails v = valid();
        LedgerException e = refused(() -> p.revise(details(List.of(RegionCode.of("532924102201001")),
                v.plannedInvestment(), v.startMonth(), v.endMonth(), v.indicators(), null, null, false)));
        assertEquals("project.countyOrYearFixed", e.messageKey());
    }

    @Test
    void anAcceptanceKeepsItsReportsDateWhichIsNeverInTheFuture() {
        Project p = new Project(valid(), "guangming.clerk", NOW);
        p.take(ProjectAction.SUBMIT, "c", "VILLAGE_CLERK", NOW, null, "决议1号", NOW.toLocalDate());
        for (ProjectAction a : List.of(ProjectAction.DECLARE, ProjectAction.TOWNSHIP_APPROVE,
                ProjectAction.DEPARTMENT_APPROVE, ProjectAction.COUNTY_APPROVE, ProjectAction.PREFECTURE_APPROVE,
                ProjectAction.PLAN, ProjectAction.START, ProjectAction.COMPLETE)) {
            p.take(a, "x", "COUNTY_RURAL_BUREAU", NOW, null, null, null);
        }
        assertEquals(ProjectStatus.COMPLETED, p.status());
        assertEquals("project.acceptanceDateInFuture", refused(() -> p.take(ProjectAction.ACCEPT, "r",
                "COUNTY_RURAL_BUREAU", NOW, "验收合格", "验收报告", NOW.toLocalDate().plusDays(1))).messageKey());
        assertEquals(ProjectStatus.COMPLETED, p.status(), "a refused acceptance changes nothing");
        ProjectTransition accepted = p.take(ProjectAction.ACCEPT, "r", "COUNTY_RURAL_BUREAU", NOW, "验收合格",
                "验收报告", NOW.toLocalDate().minusDays(70));
        assertEquals(NOW.toLocalDate().minusDays(70), accepted.decidedDay(),
                "assets may form from the report's date, not from the day it was entered");
        Project q = new Project(valid(), "guangming.clerk", NOW);
        q.take(ProjectAction.SUBMIT, "c", "VILLAGE_CLERK", NOW, null, "决议1号", NOW.toLocalDate().minusDays(5));
        assertEquals(NOW.toLocalDate(), q.take(ProjectAction.DECLARE, "c", "VILLAGE_CLERK", NOW, null, null, null)
                .decidedDay(), "without a date on its paper a step is dated the day it was recorded");
    }
}
