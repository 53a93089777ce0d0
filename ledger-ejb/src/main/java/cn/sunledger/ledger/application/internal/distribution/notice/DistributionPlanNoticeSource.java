package cn.sunledger.ledger.application.internal.distribution.notice;

import cn.sunledger.ledger.application.distribution.PlanView;
import cn.sunledger.ledger.application.internal.distribution.DistributionNoticeTypes;
import cn.sunledger.ledger.application.internal.distribution.DistributionStore;
import cn.sunledger.ledger.application.notice.spi.NoticeContent;
import cn.sunledger.ledger.application.notice.spi.NoticeSource;
import cn.sunledger.ledger.domain.model.distribution.Meeting;
import cn.sunledger.ledger.domain.model.distribution.PlanStatus;
import cn.sunledger.ledger.domain.model.notice.document.Block;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.service.access.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static cn.sunledger.ledger.application.internal.project.notice.ProjectNoticeContent.money;

/**
 * 收益分配方案公示 (domain.md §7: plan approved → before paying; at least 10 days), subject the plan's id, drafted once
 * the township has approved it: the income and reserve, the uses in priority order with the per-household lines (head,
 * masked ID number, natural village, category), the 四议两公开 meetings and the township's approval. No line of the
 * plan is paid before it has cleared. Its period cannot start before the approval.
 */
@ApplicationScoped
public class DistributionPlanNoticeSource implements NoticeSource {

    @Inject
    DistributionNoticeSubjects subjects;

    @Inject
    DistributionStore store;

    @Override
    public String type() {
        return DistributionNoticeTypes.PLAN;
    }

    @Override
    public String chineseName() {
        return "收益分配方案公示";
    }

    @Override
    public String englishName() {
        return "Income distribution plan notice";
    }

    @Override
    public boolean hasPeriod() {
        return true;
    }

    @Override
    public NoticeContent content(Caller caller, String subjectId) {
        PlanView plan = subjects.plan(caller, subjectId);
        if (plan.status() != PlanStatus.APPROVED && plan.status() != PlanStatus.PAID) {
            throw LedgerException.rule("distribution.planNoticeStage", plan.status().chineseName());
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph("经“四议两公开”程序，" + plan.ownerRegionName() + "拟定了"
                + DistributionNoticeSubjects.period(plan) + "扶贫（帮扶）项目资产收益分配方案，已经乡镇人民政府审核同意。"
                + "现将方案予以公示，公示期满无异议后兑付。如有异议，请在公示期内拨打监督电话或向村（社区）反映。"));
        blocks.add(DistributionNoticeSubjects.figures(plan));
        List<List<String>> rows = new ArrayList<>();
        for (PlanView.Line l : plan.lines()) {
            List<String> row = DistributionNoticeSubjects.lineColumns(l);
            row.add(money(l.amount().toBigDecimal()));
            row.add(l.note() == null ? "" : l.note());
            rows.add(row);
        }
        List<String> header = new ArrayList<>(DistributionNoticeSubjects.LINE_HEADERS);
        header.addAll(List.of("金额（元）", "说明"));
        blocks.add(new Block.Table("分配使用明细", header, rows));
        List<List<String>> meetings = new ArrayList<>();
        for (Meeting m : plan.meetings()) {
            meetings.add(List.of(m.kind().chineseName(), m.heldOn().toString(), String.valueOf(m.attendees()),
                    String.valueOf(m.votesFor())));
        }
        blocks.add(new Block.Table("民主决策（四议两公开）", List.of("会议", "日期", "参加人数", "赞成人数"), meetings));
        if (plan.flatPayoutJustification() != null) {
            blocks.add(new Block.Paragraph("按人均等额分配的说明：" + plan.flatPayoutJustification()));
        }
        return new NoticeContent(plan.ownerRegionName() + DistributionNoticeSubjects.period(plan) + "资产收益分配方案公示",
                RegionCode.of(plan.ledgerRegion()), DistributionNoticeSubjects.issuer(plan), null, blocks, List.of());
    }

    @Override
    public List<String> defaultRegions(Caller caller, String subjectId) {
        return subjects.postingRegions(subjects.plan(caller, subjectId));
    }

    /**
     * The plan is public once approved: the period cannot run from before the township's approval — the day of its
     * 批复 (the step's decided date), which is the day the plan became public, not the day a clerk entered it.
     */
    @Override
    public void checkPeriod(String subjectId, LocalDate periodStart, LocalDate periodEnd) {
        DistributionNoticeSubjects.refuseStartBefore(subjectId, periodStart, id -> store.steps(id).stream()
                .filter(s -> s.to() == PlanStatus.APPROVED && s.from() == PlanStatus.SUBMITTED)
                .reduce((a, b) -> b).map(PlanView.Step::on), "distribution.noticeBeforeApproval");
    }
}
