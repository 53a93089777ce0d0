package cn.sunledger.ledger.application.internal.fund;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.sunledger.ledger.application.fund.FundExecution;
import cn.sunledger.ledger.application.fund.IndustryShare;
import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.shared.Money;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FundFlowsTest {

    private static final String CANGSHANXI = "532922101000";
    private static final String PINGPO = "532922102000";
    private static final String YANGBI = "532922000000";
    private static final String BINCHUAN = "532924000000";

    private static FundFlows.Row row(FundSource source, long project, String township, String county, String category,
            String allocated, String paid) {
        return new FundFlows.Row(source, project, "P" + project, "项目" + project, township, county, category,
                category.equals("CY") ? "产业发展" : category.equals("GL") ? "项目管理费" : "乡村建设行动",
                Money.parse(allocated), Money.parse(paid));
    }

    private final FundFlows flows = new FundFlows(List.of(
            row(FundSource.CENTRAL_LINKAGE, 2, CANGSHANXI, YANGBI, "CY", "260000.00", "100000.00"),
            row(FundSource.PROVINCIAL_LINKAGE, 2, CANGSHANXI, YANGBI, "CY", "50000.00", "0.00"),
            row(FundSource.CENTRAL_LINKAGE, 1, PINGPO, YANGBI, "GL", "140000.00", "140000.00"),
            row(FundSource.CENTRAL_LINKAGE, 3, "532924102000", BINCHUAN, "XC", "100000.00", "25000.00")));

    @Test
    void sourcesAreSummedOverProjectsInTheOrderOfTheSourceList() {
        List<FundExecution.Line> bySource = flows.bySource();
        assertEquals(List.of(FundSource.CENTRAL_LINKAGE, FundSource.PROVINCIAL_LINKAGE),
                bySource.stream().map(FundExecution.Line::source).toList());
        assertEquals(Money.parse("500000.00"), bySource.get(0).allocated());
        assertEquals(Money.parse("265000.00"), bySource.get(0).disbursed());
        assertEquals(Money.parse("235000.00"), bySource.get(0).remaining());
        assertEquals("53.0", bySource.get(0).rate().toPlainString());
    }

    @Test
    void regionsAreGroupedByTheirCodeAndNamed() {
        List<FundExecution.Line> counties = flows.byRegion(FundFlows.Row::countyCode,
                Map.of(YANGBI, "漾濞县", BINCHUAN, "宾川县"));
        assertEquals(List.of("漾濞县", "宾川县"), counties.stream().map(FundExecution.Line::regionName).toList());
        assertEquals(Money.parse("450000.00"), counties.get(0).allocated());
        assertEquals(Money.parse("240000.00"), counties.get(0).disbursed());
        List<FundExecution.Line> townships = flows.byRegion(FundFlows.Row::townshipCode, Map.of());
        assertEquals(List.of(CANGSHANXI, PINGPO, "532924102000"),
                townships.stream().map(FundExecution.Line::regionCode).toList());
    }

    @Test
    void projectsAreSummedOverSourcesInCodeOrderAndTheTotalOverEverything() {
        List<FundExecution.Line> projects = flows.byProject();
        assertEquals(List.of("P1", "P2", "P3"), projects.stream().map(FundExecution.Line::projectCode).toList());
        assertEquals(Money.parse("310000.00"), projects.get(1).allocated());
        FundExecution.Line total = flows.total();
        assertEquals(Money.parse("550000.00"), total.allocated());
        assertEquals(Money.parse("265000.00"), total.disbursed());
        assertEquals(Money.ZERO, new FundFlows(List.of()).total().allocated());
    }

    @Test
    void theIndustryShareCountsOnlyCentralMoneyInTheIndustryCategory() {
        assertEquals(Money.parse("260000.00"), flows.allocated(FundSource.CENTRAL_LINKAGE, FundFlows::isIndustry));
        assertEquals(Money.parse("500000.00"), flows.allocated(FundSource.CENTRAL_LINKAGE, r -> true));
        assertEquals(Money.parse("140000.00"), flows.allocated(FundSource.CENTRAL_LINKAGE, FundFlows::isManagementFee));
        List<IndustryShare.CategoryPart> parts = flows.byCategory(FundSource.CENTRAL_LINKAGE);
        assertEquals(List.of("产业发展", "项目管理费", "乡村建设行动"),
                parts.stream().map(IndustryShare.CategoryPart::categoryName).toList(), "largest first");
        assertEquals("52.00", parts.get(0).share().toPlainString());
        assertEquals("28.00", parts.get(1).share().toPlainString());
    }
}
