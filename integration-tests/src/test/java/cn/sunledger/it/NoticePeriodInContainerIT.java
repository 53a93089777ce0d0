package cn.sunledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.LedgerTestArchive;
import cn.sunledger.ledger.application.AuditEntry;
import cn.sunledger.ledger.application.AuditTrail;
import cn.sunledger.ledger.application.notice.DraftRequest;
import cn.sunledger.ledger.application.notice.NoticeView;
import cn.sunledger.ledger.application.notice.Notices;
import cn.sunledger.ledger.application.notice.ObjectionForm;
import cn.sunledger.ledger.application.notice.ObjectionView;
import cn.sunledger.ledger.application.notice.ResolutionForm;
import cn.sunledger.ledger.domain.model.notice.NoticeFormat;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.user.Role;
import cn.sunledger.ledger.domain.service.access.Caller;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Notice periods and objections, through the deployed engine with a test notice type that has a period. */
@ExtendWith(ArquillianExtension.class)
class NoticePeriodInContainerIT {

    static final Caller COUNTY = new Caller("weishan.rural", "巍山县农业农村局", Role.COUNTY_RURAL_BUREAU,
            RegionCode.of("532927000000"));
    static final Caller CLERK = new Caller("wenhua.clerk", "文华村填报员", Role.VILLAGE_CLERK, RegionCode.of("532927101201"));
    static final Caller REVIEWER = new Caller("nanzhao.reviewer", "南诏镇审核员", Role.TOWNSHIP_REVIEWER,
            RegionCode.of("532927101000"));
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Deployment
    static WebArchive deployment() {
        return LedgerTestArchive.create("ledger-period-it", NoticePeriodInContainerIT.class, PeriodNoticeSource.class);
    }

    @Inject
    Notices notices;

    @Inject
    AuditTrail audit;

    private NoticeView draft(LocalDate start, LocalDate end) {
        return notices.draft(COUNTY, new DraftRequest(PeriodNoticeSource.TYPE, "532927000000",
                List.of("532927101201", "532927101201001"), start, end));
    }

    @Test
    void periodsAreCheckedAndMayStartBeforeTheDataIsEntered() {
        LedgerException tooShort = assertThrows(LedgerException.class, () -> draft(TODAY, TODAY.plusDays(8)));
        assertEquals("notice.periodTooShort", tooShort.messageKey());
        assertThrows(LedgerException.class, () -> draft(null, null));
        NoticeView backdated = draft(TODAY.minusDays(3), TODAY.plusDays(7));
        assertEquals(TODAY.minusDays(3), backdated.periodStart());
        String preview = new String(notices.rendition(COUNTY, backdated.id(), NoticeFormat.HTML).content(),
                StandardCharsets.UTF_8);
        assertTrue(preview.contains("5329**********1238") && preview.contains("139****5678"), "personal data masked");
        assertFalse(preview.contains("13912345678") || preview.contains("532922198001011238"));
    }

    @Test
    void objectionsAreRecordedInThePeriodAndResolvedWithAnAuditTrail() {
        NoticeView notice = draft(TODAY.minusDays(2), TODAY.plusDays(8));
        LedgerException early = assertThrows(LedgerException.class, () -> notices.recordObjection(COUNTY, notice.id(),
                new ObjectionForm(TODAY, "李四", null, "名单有误")));
        assertEquals("objection.noticeNotPublished", early.messageKey());
        assertEquals(LedgerException.Kind.FORBIDDEN, assertThrows(LedgerException.class, () -> notices.get(CLERK,
                notice.id())).kind(), "a draft stays with the issuer");
        notices.publish(COUNTY, notice.id());

        assertEquals("objection.badDate", assertThrows(LedgerException.class, () -> notices.recordObjection(CLERK,
                notice.id(), new ObjectionForm(TODAY.minusDays(5), "李四", null, "名单有误"))).messageKey());
        ObjectionView objection = notices.recordObjection(CLERK, notice.id(),
                new ObjectionForm(TODAY.minusDays(1), "李四", "13812345678", "受益户名单漏报一户"));
        assertTrue(objection.open());
        assertEquals("138****5678", objection.contact(), "the contact phone is shown masked");
        assertEquals(1, notices.get(COUNTY, notice.id()).openObjections());

        assertEquals(LedgerException.Kind.FORBIDDEN, assertThrows(LedgerException.class, () -> notices.resolveObjection(
                CLERK, notice.id(), objection.id(), new ResolutionForm("已核实", TODAY))).kind(),
                "a village clerk records objections but does not resolve them");
        ObjectionView resolved = notices.resolveObjection(REVIEWER, notice.id(), objection.id(),
                new ResolutionForm("经核实已补录该户，名单重新公示", TODAY));
        assertFalse(resolved.open());
        assertEquals(0, notices.get(COUNTY, notice.id()).openObjections());
        assertThrows(LedgerException.class, () -> notices.resolveObjection(REVIEWER, notice.id(), objection.id(),
                new ResolutionForm("again", TODAY)));

        List<AuditEntry> trail = audit.history(COUNTY, "objection", String.valueOf(objection.id()));
        assertEquals(2, trail.size());
        assertEquals("wenhua.clerk", trail.get(0).username());
        assertEquals("nanzhao.reviewer", trail.get(1).username());
        assertTrue(trail.get(1).changes().contains(new AuditEntry.FieldChange("status", "OPEN", "RESOLVED")));
        assertFalse(trail.toString().contains("13812345678"), "the audit view masks the phone too");
    }
}
