package cn.sunledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.LedgerTestArchive;
import cn.sunledger.it.support.MovableClock;
import cn.sunledger.ledger.application.notice.DraftRequest;
import cn.sunledger.ledger.application.notice.NoticeGate;
import cn.sunledger.ledger.application.notice.Notices;
import cn.sunledger.ledger.application.project.ActionForm;
import cn.sunledger.ledger.application.project.ProjectLibrary;
import cn.sunledger.ledger.application.project.ProjectView;
import cn.sunledger.ledger.domain.model.notice.StageClearance;
import cn.sunledger.ledger.domain.model.project.Beneficiaries;
import cn.sunledger.ledger.domain.model.project.FundShare;
import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.project.Indicator;
import cn.sunledger.ledger.domain.model.project.IndicatorKind;
import cn.sunledger.ledger.domain.model.project.LinkageType;
import cn.sunledger.ledger.domain.model.project.Nature;
import cn.sunledger.ledger.domain.model.project.ProjectAction;
import cn.sunledger.ledger.domain.model.project.ProjectDetails;
import cn.sunledger.ledger.domain.model.project.ProjectStatus;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.user.Role;
import cn.sunledger.ledger.domain.service.access.Caller;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A 项目申报公示 entered online today with a ten-day period holds the declaration until its last day has passed:
 * the ledger's clock is moved forward day by day in this deployment instead of waiting ten days.
 */
@ExtendWith(ArquillianExtension.class)
class NoticeGateClockInContainerIT {

    private static final Caller CLERK = new Caller("wenhua.clerk", "文华村填报员", Role.VILLAGE_CLERK,
            RegionCode.of("532927101201"));
    private static final Caller COUNTY = new Caller("weishan.rural", "巍山县农业农村局", Role.COUNTY_RURAL_BUREAU,
            RegionCode.of("532927000000"));

    @Deployment
    static WebArchive deployment() {
        return LedgerTestArchive.create("notice-gate-clock-it", NoticeGateClockInContainerIT.class, MovableClock.class);
    }

    @Inject
    ProjectLibrary library;

    @Inject
    Notices notices;

    @Inject
    NoticeGate gate;

    @AfterEach
    void realTimeAgain() {
        MovableClock.reset();
    }

    @Test
    void aTenDayNoticePublishedTodayClearsTheStepOnlyAfterItsLastDay() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        int year = today.getYear();
        ProjectView project = library.create(CLERK, new ProjectDetails(year, "文华村时钟测试项目 " + System.nanoTime(),
                "CY-SC", Nature.NEW, List.of(RegionCode.of("532927101201001")), "新建烤房 2 座", new BigDecimal("2"), "座",
                List.of(new FundShare(FundSource.CENTRAL_LINKAGE, new BigDecimal("200000.00"))),
                YearMonth.of(year, 1), YearMonth.of(year, 12), "南诏镇人民政府", "张三", new Beneficiaries(10, 40, 4, 16, 1, 3),
                List.of(new Indicator(IndicatorKind.OUTPUT, "烤房", "2", "座"),
                        new Indicator(IndicatorKind.BENEFIT, "增收", "1000", "元"),
                        new Indicator(IndicatorKind.SATISFACTION, "满意度", "95", "%")),
                LinkageType.EMPLOYMENT, "优先吸纳脱贫户务工", null, false));
        library.act(CLERK, project.id(), ProjectAction.SUBMIT, new ActionForm(null, "文华村村民代表大会决议（时钟测试）", today));
        long notice = notices.draft(COUNTY, new DraftRequest("PROJECT_DECLARATION", String.valueOf(project.id()),
                List.of(), today, today.plusDays(9))).id();
        notices.publish(COUNTY, notice);
        String subject = String.valueOf(project.id());

        for (int day = 0; day <= 9; day++) {
            StageClearance c = gate.clearance("PROJECT_DECLARATION", subject);
            assertEquals(StageClearance.State.RUNNING, c.state(), "day " + day + " of the period");
            assertEquals(10, c.verified().days(), "published on its first day: the whole period is verified");
            LedgerException refused = assertThrows(LedgerException.class,
                    () -> library.act(CLERK, project.id(), ProjectAction.DECLARE, new ActionForm(null, null, null)));
            assertEquals("project.noticeRunning", refused.messageKey());
            MovableClock.advanceDays(1);
        }
        assertTrue(gate.clearance("PROJECT_DECLARATION", subject).cleared(), "the day after the period");
        assertEquals(ProjectStatus.DECLARED, library.act(CLERK, project.id(), ProjectAction.DECLARE,
                new ActionForm(null, null, null)).status());
    }
}
