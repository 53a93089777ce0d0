package cn.sunledger.ledger.application.internal.distribution.notice;

import cn.sunledger.ledger.application.distribution.PlanView;
import cn.sunledger.ledger.application.internal.distribution.DistributionNoticeTypes;
import cn.sunledger.ledger.application.internal.distribution.DistributionStore;
import cn.sunledger.ledger.application.notice.spi.NoticeContent;
import cn.sunledger.ledger.application.notice.spi.NoticeSource;
import cn.sunledger.ledger.domain.model.distribution.PlanStatus;
import cn.sunledger.ledger.domain.model.notice.document.Block;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.service.access.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Objects;
import java.util.List;

import static cn.sunledger.ledger.application.internal.project.notice.ProjectNoticeContent.money;

/**
 * 收益分配结果公告 (domain.md §7: after paying), subject the plan's id, drafted once every line is paid: what was paid
 * to whom (a household by its head and masked ID number), when and under which voucher, and the total, so that a
 * villager finds their own line. Posted where the plan's notice was; it runs for a period like the board notices.
 */
@ApplicationScoped
public class DistributionResultNoticeSource implements NoticeSource {

    @Inject
    DistributionNoticeSubjects subjects;

    @Inject
    DistributionStore store;

    @Override
    public String type() {
        return DistributionNoticeTypes.RESULT;
    }

    @Override
    public String chineseName() {
        return "收益分配结果公告";
    }

    @Override
    public String englishName() {
        return "Income distribution result notice";
    }

    @Override
    public boolean hasPeriod() {
        return true;
    }

    @Override
    public NoticeContent content(Caller caller, String subjectId) {
        PlanView plan = subjects.plan(caller, subjectId);
        if (plan.status() != PlanStatus.PAID) {
            throw LedgerException.rule("distribution.resultNoticeStage", plan.status().chineseName());
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(plan.ownerRegionName() + DistributionNoticeSubjects.period(plan)
                + "扶贫（帮扶）项目资产收益分配方案经公示无异议，已兑付完毕，共兑付 "
                + money(plan.paidTotal().toBigDecimal()) + " 元。现将兑付结果予以公告，接受群众监督。"));
        blocks.add(DistributionNoticeSubjects.figures(plan));
        List<List<String>> rows = new ArrayList<>();
        for (PlanView.Line l : plan.lines()) {
            PlanView.Payment paid = l.paid();
            List<String> row = DistributionNoticeSubjects.lineColumns(l);
            row.add(money(paid.amount().toBigDecimal()));
            row.add(paid.paidOn().toString());
            row.add(paid.voucherNo());
            rows.add(row);
        }
        List<String> header = new ArrayList<>(DistributionNoticeSubjects.LINE_HEADERS);
        header.addAll(List.of("兑付金额（元）", "兑付日期", "凭证号"));
        blocks.add(new Block.Table("兑付明细", header, rows));
        return new NoticeContent(plan.ownerRegionName() + DistributionNoticeSubjects.period(plan) + "资产收益分配结果公告",
                RegionCode.of(plan.ledgerRegion()), DistributionNoticeSubjects.issuer(plan), null, blocks, List.of());
    }

    @Override
    public List<String> defaultRegions(Caller caller, String subjectId) {
        return subjects.postingRegions(subjects.plan(caller, subjectId));
    }

    /** The result is announced once paid: the period cannot run from before the day the last line was paid. */
    @Override
    public void checkPeriod(String subjectId, LocalDate periodStart, LocalDate periodEnd) {
        DistributionNoticeSubjects.refuseStartBefore(subjectId, periodStart, id -> store.lines(id).stream()
                .map(PlanView.Line::paid).filter(Objects::nonNull).map(PlanView.Payment::paidOn)
                .max(LocalDate::compareTo), "distribution.resultBeforePayment");
    }
}
