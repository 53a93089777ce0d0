package cn.sunledger.ledger.application.internal.distribution.notice;

import cn.sunledger.ledger.application.distribution.Distributions;
import cn.sunledger.ledger.application.distribution.PlanView;
import cn.sunledger.ledger.domain.model.distribution.PlanFigures;
import cn.sunledger.ledger.domain.model.notice.document.Block;
import cn.sunledger.ledger.domain.model.region.Region;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.region.RegionRepository;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.service.access.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static cn.sunledger.ledger.application.internal.project.notice.ProjectNoticeContent.money;

/**
 * What both distribution notices draw on: the plan of a subject (its id), where they are posted (the owner's village
 * and its natural villages: domain.md §7), who issues them (the village, in its county's log) and the plan's figures
 * as a table. Households appear with their masked ID number only, as the household register keeps it.
 */
@ApplicationScoped
public class DistributionNoticeSubjects {

    @Inject
    Distributions distributions;

    @Inject
    RegionRepository regions;

    PlanView plan(Caller caller, String subjectId) {
        try {
            return distributions.plan(caller, Long.parseLong(subjectId));
        } catch (NumberFormatException | NullPointerException e) {
            throw LedgerException.notFound("distribution.notFound", String.valueOf(subjectId));
        }
    }

    /**
     * Refuses a notice period of the plan named by {@code subjectId} that starts before the day {@code earliest}
     * gives for it (the day a step made the plan public). A subject that names no plan is left to the draft's own
     * check, which refuses it as unknown.
     */
    static void refuseStartBefore(String subjectId, LocalDate periodStart,
            Function<Long, Optional<LocalDate>> earliest, String messageKey) {
        if (periodStart == null) {
            return;
        }
        long id;
        try {
            id = Long.parseLong(subjectId);
        } catch (NumberFormatException e) {
            return;
        }
        earliest.apply(id).ifPresent(day -> {
            if (periodStart.isBefore(day)) {
                throw LedgerException.rule(messageKey, periodStart.toString(), day.toString());
            }
        });
    }

    List<String> postingRegions(PlanView plan) {
        List<String> codes = new ArrayList<>(List.of(plan.ownerRegion()));
        regions.children(RegionCode.of(plan.ownerRegion())).stream().map(Region::code).map(RegionCode::value)
                .forEach(codes::add);
        return codes;
    }

    static String issuer(PlanView plan) {
        return plan.ownerRegionName() + "村民委员会";
    }

    static String period(PlanView plan) {
        return plan.periodFrom() + " 至 " + plan.periodTo();
    }

    /** 收益情况: the period's income, what earlier plans took, the reserve at its rate, what was distributed. */
    static Block.Table figures(PlanView plan) {
        PlanFigures f = plan.figures();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("收益所属期间", period(plan)));
        rows.add(List.of("收益主体", plan.ownerName()));
        rows.add(List.of("期间资产收益（元）", money(f.income().toBigDecimal())));
        rows.add(List.of("此前方案已分配（元）", money(f.earlierPlans().toBigDecimal())));
        rows.add(List.of("本次可分配收益（元）", money(f.available().toBigDecimal())));
        rows.add(List.of("公积公益金提取比例", PlanFigures.percent(f.reserveRate())));
        rows.add(List.of("公积公益金（元）", money(f.reserve().toBigDecimal())));
        rows.add(List.of("分配使用合计（元）", money(f.linesTotal().toBigDecimal())));
        rows.add(List.of("其中：监测户、脱贫户（元）", money(f.toPriorityHouseholds().toBigDecimal()) + "（占 "
                + PlanFigures.percent(f.priorityShare()) + "）"));
        return new Block.Table("收益及分配情况", List.of("项目", "内容"), rows);
    }

    /**
     * The first columns of a line in either notice — 序号, 用途, and its household as public notices show it: head,
     * masked ID number, natural village, category (blank for a purpose line) — to which each notice adds its own.
     */
    static List<String> lineColumns(PlanView.Line l) {
        List<String> row = new ArrayList<>(List.of(String.valueOf(l.seq()), l.purpose().chineseName()));
        if (l.householdId() == null) {
            row.addAll(List.of("", "", "", ""));
        } else {
            row.addAll(List.of(l.headName(), l.idNumber(), l.naturalVillageName(), l.category().chineseName()));
        }
        return row;
    }

    /** The headers of {@link #lineColumns}. */
    static final List<String> LINE_HEADERS = List.of("序号", "用途", "户主", "身份证号", "自然村", "户类型");
}
