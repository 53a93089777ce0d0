package cn.sunledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.LedgerTestArchive;
import cn.sunledger.ledger.application.Page;
import cn.sunledger.ledger.application.project.ActionForm;
import cn.sunledger.ledger.application.project.ProjectFilter;
import cn.sunledger.ledger.application.project.ProjectLibrary;
import cn.sunledger.ledger.application.project.ProjectSummary;
import cn.sunledger.ledger.application.project.ProjectView;
import cn.sunledger.ledger.domain.model.project.Beneficiaries;
import cn.sunledger.ledger.domain.model.project.FundShare;
import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.project.Indicator;
import cn.sunledger.ledger.domain.model.project.IndicatorKind;
import cn.sunledger.ledger.domain.model.project.LinkageType;
import cn.sunledger.ledger.domain.model.project.Nature;
import cn.sunledger.ledger.domain.model.project.ProjectAction;
import cn.sunledger.ledger.domain.model.project.ProjectDetails;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.user.Role;
import cn.sunledger.ledger.domain.service.access.Caller;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Proof that the project library reads a page, a project and a history with a fixed number of SQL statements
 * whatever the page size or the size of a project's collections (no N+1): Hibernate's statistics of this
 * deployment's persistence unit count the prepared statements of each call. Statistics are switched on only
 * around the measured calls.
 */
@ExtendWith(ArquillianExtension.class)
class ProjectQueryCountIT {

    private static final Caller PREFECTURE = new Caller("dali.bureau", "州级主管部门", Role.PREFECTURE_BUREAU,
            RegionCode.of("532900000000"));
    /** Every demo village with its natural villages (db/demo), across three counties. */
    private static final List<List<String>> VILLAGES = List.of(
            List.of("532922101201001", "532922101201002", "532922101201003"),
            List.of("532922101202001", "532922101202002"),
            List.of("532922102201001", "532922102201002"),
            List.of("532922102202001"),
            List.of("532924102201001", "532924102201002"),
            List.of("532924102202001"),
            List.of("532924103201001", "532924103201002"),
            List.of("532927101201001", "532927101201002"),
            List.of("532927101202001"),
            List.of("532927102201001"));
    private static final int YEAR = 2031;

    @Deployment
    static WebArchive deployment() {
        return LedgerTestArchive.create("project-query-count-it", ProjectQueryCountIT.class);
    }

    @Inject
    ProjectLibrary library;

    @PersistenceUnit(unitName = "ledger")
    EntityManagerFactory emf;

    @Test
    void listGetAndHistoryUseAFixedNumberOfStatementsWhateverThePageOrProjectSize() {
        List<ProjectView> created = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (List<String> naturalVillages : VILLAGES) {
                created.add(create(naturalVillages, round));
            }
        }
        ProjectView small = created.stream().filter(p -> p.naturalVillageCodes().size() == 1
                && p.plannedInvestment().size() == 1).findFirst().orElseThrow();
        ProjectView large = created.stream().filter(p -> p.naturalVillageCodes().size() == 3
                && p.plannedInvestment().size() == 3).findFirst().orElseThrow();
        ActionForm meeting = new ActionForm(null, "村民代表大会决议（计数测试）",
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
        library.act(clerkOf(large), large.id(), ProjectAction.SUBMIT, meeting);
        Caller township = new Caller("reviewer.count", "乡镇审核员", Role.TOWNSHIP_REVIEWER,
                RegionCode.of(large.townshipCode()));
        library.act(township, large.id(), ProjectAction.RETURN, new ActionForm("请补充材料（计数测试）", null, null));

        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        try {
            stats.setStatisticsEnabled(true);
            ProjectFilter thisYear = new ProjectFilter(YEAR, null, null, null);
            measure(stats, () -> library.list(PREFECTURE, thisYear, 0, 5)); // warms caches the same way for both
            long pageOf5 = measure(stats, () -> library.list(PREFECTURE, thisYear, 0, 5));
            long pageOf50 = measure(stats, () -> library.list(PREFECTURE, thisYear, 0, 50));
            Page<ProjectSummary> fifty = library.list(PREFECTURE, thisYear, 0, 50);
            assertTrue(fifty.items().size() >= created.size() && fifty.total() >= created.size(),
                    "the page of 50 holds every project of the year across " + VILLAGES.size() + " villages");
            assertTrue(fifty.items().stream().map(s -> s.villageCode()).distinct().count() >= VILLAGES.size());
            assertEquals(pageOf5, pageOf50, "a longer page costs no more statements");
            assertTrue(pageOf50 <= 3, "count + page + grouped sums, was " + pageOf50);

            measure(stats, () -> library.get(PREFECTURE, small.id()));
            long getSmall = measure(stats, () -> library.get(PREFECTURE, small.id()));
            long getLarge = measure(stats, () -> library.get(PREFECTURE, large.id()));
            assertEquals(3, library.get(PREFECTURE, large.id()).naturalVillageCodes().size());
            assertEquals(getSmall, getLarge, "three natural villages and fund shares cost what one does");
            assertTrue(getLarge <= 6, "project + its three collections + category + village name, was " + getLarge);

            long historyEmpty = measure(stats, () -> library.history(PREFECTURE, small.id()));
            long historyTwo = measure(stats, () -> library.history(PREFECTURE, large.id()));
            assertEquals(2, library.history(PREFECTURE, large.id()).size());
            assertEquals(historyEmpty, historyTwo, "a longer history costs no more statements");
            assertTrue(historyTwo <= 2, "project + transitions, was " + historyTwo);
            Logger.getLogger(ProjectQueryCountIT.class.getName()).info(() -> "prepared statements: list " + pageOf5
                    + "/" + pageOf50 + " (size 5/50), get " + getSmall + "/" + getLarge + ", history " + historyEmpty
                    + "/" + historyTwo);
        } finally {
            stats.setStatisticsEnabled(false);
            stats.clear();
        }
    }

    private static long measure(Statistics stats, Supplier<?> call) {
        stats.clear();
        call.get();
        return stats.getPrepareStatementCount();
    }

    private ProjectView create(List<String> naturalVillages, int round) {
        int villages = round == 0 ? naturalVillages.size() : 1;
        int shares = Math.min(villages, 3);
        List<FundShare> investment = new ArrayList<>();
        FundSource[] sources = {FundSource.CENTRAL_LINKAGE, FundSource.PROVINCIAL_LINKAGE, FundSource.COUNTY_LINKAGE};
        for (int i = 0; i < shares; i++) {
            investment.add(new FundShare(sources[i], new BigDecimal("100000.00")));
        }
        ProjectDetails details = new ProjectDetails(YEAR, "计数测试项目 " + naturalVillages.get(0) + "-" + round, "CY-SC",
                Nature.NEW, naturalVillages.subList(0, villages).stream().map(RegionCode::of).toList(),
                "计数测试", new BigDecimal("10"), "亩", investment, YearMonth.of(YEAR, 3), YearMonth.of(YEAR, 10),
                "某乡人民政府", "张三", new Beneficiaries(10, 40, 4, 16, 1, 3),
                List.of(new Indicator(IndicatorKind.OUTPUT, "面积", "10", "亩"),
                        new Indicator(IndicatorKind.BENEFIT, "增收", "1000", "元"),
                        new Indicator(IndicatorKind.SATISFACTION, "满意度", "95", "%")),
                LinkageType.EMPLOYMENT, "优先吸纳脱贫户务工", null, false);
        String village = naturalVillages.get(0).substring(0, 12);
        return library.create(new Caller("clerk." + village, "填报员", Role.VILLAGE_CLERK, RegionCode.of(village)), details);
    }

    private static Caller clerkOf(ProjectView p) {
        return new Caller("clerk." + p.villageCode(), "填报员", Role.VILLAGE_CLERK, RegionCode.of(p.villageCode()));
    }
}
