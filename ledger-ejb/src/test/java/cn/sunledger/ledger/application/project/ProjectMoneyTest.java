package cn.sunledger.ledger.application.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.sunledger.ledger.domain.model.project.FundShare;
import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.shared.Money;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectMoneyTest {

    private static FundShare share(FundSource s, String amount) {
        return new FundShare(s, new BigDecimal(amount));
    }

    private static ProjectMoney.Posted posted(FundSource s, String allocated, String disbursed) {
        return new ProjectMoney.Posted(s, Money.parse(allocated), Money.parse(disbursed));
    }

    @Test
    void planAndJournalMeetBySourceInTheSourcesOrderWithTotals() {
        ProjectMoney m = ProjectMoney.of(
                List.of(share(FundSource.COUNTY_LINKAGE, "200000.00"), share(FundSource.CENTRAL_LINKAGE, "800000.00")),
                List.of(posted(FundSource.CENTRAL_LINKAGE, "800000.00", "480000.00"),
                        posted(FundSource.COUNTY_LINKAGE, "150000.00", "0.00")));
        assertEquals(List.of(
                new ProjectMoney.Line(FundSource.CENTRAL_LINKAGE, Money.parse("800000.00"), Money.parse("800000.00"),
                        Money.parse("480000.00")),
                new ProjectMoney.Line(FundSource.COUNTY_LINKAGE, Money.parse("200000.00"), Money.parse("150000.00"),
                        Money.ZERO)), m.bySource());
        assertEquals(new ProjectMoney.Line(null, Money.parse("1000000.00"), Money.parse("950000.00"),
                Money.parse("480000.00")), m.total());
    }

    @Test
    void aSourceAllocatedWithoutAPlanIsShownWithNothingPlannedAndSharesOfOneSourceAddUp() {
        ProjectMoney m = ProjectMoney.of(
                List.of(share(FundSource.CENTRAL_LINKAGE, "100.00"), share(FundSource.CENTRAL_LINKAGE, "0.50")),
                List.of(posted(FundSource.EAST_WEST, "30.00", "30.00")));
        assertEquals(2, m.bySource().size());
        assertEquals(Money.parse("100.50"), m.bySource().get(0).planned());
        assertEquals(Money.ZERO, m.bySource().get(0).allocated());
        assertEquals(new ProjectMoney.Line(FundSource.EAST_WEST, Money.ZERO, Money.parse("30.00"),
                Money.parse("30.00")), m.bySource().get(1));
        assertEquals(Money.parse("30.00"), m.total().disbursed());
    }

    @Test
    void aProjectWithoutPlanOrEntriesHasZeroTotals() {
        ProjectMoney m = ProjectMoney.of(List.of(), List.of());
        assertEquals(List.of(), m.bySource());
        assertEquals(new ProjectMoney.Line(null, Money.ZERO, Money.ZERO, Money.ZERO), m.total());
    }
}
