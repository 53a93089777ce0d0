package cn.sunledger.ledger.infrastructure.persistence.migration;

import cn.sunledger.ledger.application.distribution.Distributions;
import cn.sunledger.ledger.application.distribution.PaymentBatch;
import cn.sunledger.ledger.application.distribution.PlanForm;
import cn.sunledger.ledger.application.distribution.PlanView;
import cn.sunledger.ledger.application.household.HouseholdFilter;
import cn.sunledger.ledger.application.household.HouseholdRegister;
import cn.sunledger.ledger.application.household.HouseholdView;
import cn.sunledger.ledger.application.notice.DraftRequest;
import cn.sunledger.ledger.application.notice.NoticeView;
import cn.sunledger.ledger.application.notice.Notices;
import cn.sunledger.ledger.application.notice.PostingForm;
import cn.sunledger.ledger.domain.model.distribution.DistributionPurpose;
import cn.sunledger.ledger.domain.model.distribution.Meeting;
import cn.sunledger.ledger.domain.model.distribution.MeetingKind;
import cn.sunledger.ledger.domain.model.distribution.PlanAction;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.shared.Money;
import cn.sunledger.ledger.domain.service.access.Caller;
import cn.sunledger.ledger.infrastructure.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The demo's income distribution plans of 光明村股份经济合作社, drawn on the income the demo's 蔬菜大棚 brought in
 * ({@link DemoAssets}), through the real {@link Distributions} and {@link Notices}, each step by the demo user whose
 * role takes it and dated when it happened — entered today, as a county enters its papers after signing them:
 * <ul>
 * <li>the 租金 plan: the four 四议两公开 meetings 40–35 days ago, submitted 34 days ago, approved by 苍山西镇 31 days
 * ago, its 收益分配方案公示 on the village board from 29 to 18 days ago (the board posting photographed on the first
 * day, within the 30 days before its online entry that the product accepts, so the gate clears on evidence), paid
 * 16 days ago with one line failed (a closed bank card) and paid the next day, and its 收益分配结果公告 on the board
 * since 14 days ago — PAID, two DISTRIBUTION entries in 漾濞's journal;</li>
 * <li>the 分红 plan: its meetings in the last ten days, submitted 5 days ago, awaiting the township's approval.</li>
 * </ul>
 * Runs once: nothing happens if any plan exists, the demo households are missing (no key file) or the demo's income
 * is not dated as this start's timeline has it (demo assets loaded on an earlier day).
 */
@ApplicationScoped
public class DemoDistributions {

    private static final Logger LOG = Logger.getLogger(DemoDistributions.class.getName());
    static final String OWNER = "光明村股份经济合作社";

    @PersistenceContext(unitName = "ledger")
    EntityManager em;

    @Inject
    Distributions distributions;

    @Inject
    HouseholdRegister households;

    @Inject
    Notices notices;

    @Inject
    BusinessClock clock;

    private final DemoProjectCatalog.Team team = DemoProjectCatalog.GUANGMING;

    /** Drafts, decides, announces and pays the demo plans unless a plan exists; returns how many plans were made. */
    public int loadMissing() {
        if (((Number) em.createNativeQuery("SELECT COUNT(*) FROM distribution_plan").getSingleResult()).longValue() > 0) {
            return 0;
        }
        List<HouseholdView> registered = households.list(team.clerk(),
                new HouseholdFilter(RegionCode.of(DemoHouseholdCatalog.VILLAGE), null), 0, 200).items();
        Map<String, Long> byName = registered.stream()
                .collect(Collectors.toMap(HouseholdView::headName, HouseholdView::id, (a, b) -> a));
        Function<Integer, Long> household = i -> byName.get(DemoHouseholdCatalog.HOUSEHOLDS.get(i).headName());
        if (DemoHouseholdCatalog.HOUSEHOLDS.stream().anyMatch(h -> !byName.containsKey(h.headName()))) {
            LOG.info("demo distribution plans skipped: the demo households of 光明村 are not registered");
            return 0;
        }
        LocalDate today = clock.today();
        if (!incomeWhereTheTimelinePutsIt(today)) {
            // e.g. a database whose demo assets were loaded on an earlier start, or before the assets had this
            // timeline: plans dated from today would find no income in their periods
            LOG.info("demo distribution plans skipped: the demo's rent and dividend are not dated "
                    + DemoAssets.RENT_DAYS_AGO + " and " + DemoAssets.DIVIDEND_DAYS_AGO + " days before today");
            return 0;
        }
        paidRentPlan(today, household);
        submittedDividendPlan(today, household);
        LOG.info("demo distribution plans: 光明村's rent plan paid and announced, its dividend plan awaiting approval");
        return 2;
    }

    /** Whether the owner's demo rent and dividend are in the journal on the days this start's timeline dates them. */
    private boolean incomeWhereTheTimelinePutsIt(LocalDate today) {
        Number found = (Number) em.createNativeQuery("SELECT COUNT(DISTINCT e.entry_no) FROM journal_entry e"
                + " JOIN journal_line l ON l.entry_no = e.entry_no WHERE e.kind = 'ASSET_INCOME'"
                + " AND l.account = 'OWNER_FUNDS' AND l.owner_region = ?1 AND l.owner_name = ?2"
                + " AND ((e.entry_date = ?3 AND l.debit = ?4) OR (e.entry_date = ?5 AND l.debit = ?6))")
                .setParameter(1, DemoHouseholdCatalog.VILLAGE).setParameter(2, OWNER)
                .setParameter(3, today.minusDays(DemoAssets.RENT_DAYS_AGO))
                .setParameter(4, new BigDecimal(DemoAssets.RENT))
                .setParameter(5, today.minusDays(DemoAssets.DIVIDEND_DAYS_AGO))
                .setParameter(6, new BigDecimal(DemoAssets.DIVIDEND)).getSingleResult();
        return found.intValue() == 2;
    }

    /** The first half-year's rent (30,000.00): 20% reserve, 24,000.00 in priority order, mostly to 脱贫户 and 监测户. */
    private void paidRentPlan(LocalDate today, Function<Integer, Long> household) {
        int year = today.getYear();
        LocalDate leased = today.minusDays(DemoAssets.LEASED_DAYS_AGO);
        List<PlanForm.Line> lines = new ArrayList<>();
        for (int i : new int[] {0, 5, 10}) {
            lines.add(line(DistributionPurpose.NO_LABOUR_SUPPORT, household.apply(i), "1500.00", "无劳动能力人口兜底帮扶（演示）"));
        }
        lines.add(line(DistributionPurpose.PUBLIC_WELFARE_JOBS, household.apply(2), "2400.00", "村庄保洁公益岗位（演示）"));
        lines.add(line(DistributionPurpose.PUBLIC_WELFARE_JOBS, household.apply(3), "2400.00", "护林防火公益岗位（演示）"));
        lines.add(line(DistributionPurpose.MAINTENANCE, null, "3000.00", "大棚棚膜更换及滴灌设施管护（演示）"));
        for (int i : new int[] {6, 8, 13}) {
            lines.add(line(DistributionPurpose.INDUSTRY_REWARD, household.apply(i), "1000.00", "发展庭院种植奖补（演示）"));
        }
        String[][] toHouseholds = {{"7", "1800.00"}, {"16", "1800.00"}, {"21", "1500.00"}, {"11", "1200.00"},
            {"14", "1200.00"}, {"17", "1200.00"}};
        for (String[] h : toHouseholds) {
            lines.add(line(DistributionPurpose.HOUSEHOLD_SUPPORT, household.apply(Integer.parseInt(h[0])), h[1], null));
        }
        List<Meeting> meetings = List.of(
                new Meeting(MeetingKind.PARTY_PROPOSAL, today.minusDays(40), 7, 7, "光明村党总支会议记录（演示）"),
                new Meeting(MeetingKind.COMMITTEES_DELIBERATION, today.minusDays(38), 11, 11, "光明村两委会议记录（演示）"),
                new Meeting(MeetingKind.PARTY_MEMBERS_REVIEW, today.minusDays(36), 34, 31, "光明村党员大会记录（演示）"),
                new Meeting(MeetingKind.REPRESENTATIVES_RESOLUTION, today.minusDays(35), 45, 41,
                        "光明村村民代表大会决议〔" + year + "〕演示7号"));
        PlanView plan = distributions.create(team.clerk(), new PlanForm(DemoHouseholdCatalog.VILLAGE, OWNER, leased,
                today.minusDays(41), new BigDecimal("0.20"), null, lines, meetings));
        long id = plan.id();
        distributions.take(team.clerk(), id, PlanAction.SUBMIT, null, today.minusDays(34));
        distributions.take(team.townshipReviewer(), id, PlanAction.APPROVE,
                "同意。收益优先用于脱贫户、监测户帮扶，分配前须公示不少于 10 天（演示）", today.minusDays(31));
        publish("DISTRIBUTION_PLAN", "收益分配方案公示", id, today.minusDays(29), today.minusDays(18));

        // paid 16 days ago; one household's card was closed, its line paid the next day to the new card
        List<PlanView.Line> planned = distributions.plan(team.clerk(), id).lines();
        PlanView.Line failed = planned.stream().filter(l -> l.purpose() == DistributionPurpose.HOUSEHOLD_SUPPORT)
                .findFirst().orElseThrow();
        List<PaymentBatch.Payment> first = new ArrayList<>();
        for (PlanView.Line l : planned) {
            first.add(l.id() == failed.id()
                    ? new PaymentBatch.Payment(l.id(), false, l.amount(), null, "户主银行卡已注销，待补办后重新兑付（演示）")
                    : new PaymentBatch.Payment(l.id(), true, l.amount(), voucher(year, l.seq()), null));
        }
        distributions.pay(team.clerk(), id, new PaymentBatch(today.minusDays(16), first), null);
        distributions.pay(team.clerk(), id, new PaymentBatch(today.minusDays(15), List.of(new PaymentBatch.Payment(
                failed.id(), true, failed.amount(), voucher(year, failed.seq()) + "-补", null))), null);
        publish("DISTRIBUTION_RESULT", "收益分配结果公告", id, today.minusDays(14), today.minusDays(3));
    }

    /** The season's 分红 (8,000.00): 10% reserve, the rest to upkeep, the collective and four households; submitted. */
    private void submittedDividendPlan(LocalDate today, Function<Integer, Long> household) {
        int year = today.getYear();
        List<PlanForm.Line> lines = new ArrayList<>();
        lines.add(line(DistributionPurpose.MAINTENANCE, null, "1200.00", "大棚排水沟清淤（演示）"));
        lines.add(line(DistributionPurpose.COLLECTIVE_ECONOMY, null, "2000.00", "入股村集体蔬菜分拣点（演示）"));
        for (int i : new int[] {19, 23, 26, 27}) {
            lines.add(line(DistributionPurpose.HOUSEHOLD_SUPPORT, household.apply(i), "1000.00", null));
        }
        List<Meeting> meetings = List.of(
                new Meeting(MeetingKind.PARTY_PROPOSAL, today.minusDays(9), 7, 7, "光明村党总支会议记录（演示）"),
                new Meeting(MeetingKind.COMMITTEES_DELIBERATION, today.minusDays(8), 11, 10, "光明村两委会议记录（演示）"),
                new Meeting(MeetingKind.PARTY_MEMBERS_REVIEW, today.minusDays(7), 33, 30, "光明村党员大会记录（演示）"),
                new Meeting(MeetingKind.REPRESENTATIVES_RESOLUTION, today.minusDays(6), 44, 39,
                        "光明村村民代表大会决议〔" + year + "〕演示9号"));
        PlanView plan = distributions.create(team.clerk(), new PlanForm(DemoHouseholdCatalog.VILLAGE, OWNER,
                today.minusDays(40), today.minusDays(DemoAssets.DIVIDEND_DAYS_AGO), new BigDecimal("0.10"), null, lines,
                meetings));
        distributions.take(team.clerk(), plan.id(), PlanAction.SUBMIT, null, today.minusDays(5));
    }

    /**
     * Drafts and publishes a notice of the plan as the county rural bureau, at its default places (the village and
     * its natural villages), and records, as 光明村's clerk, the village board's posting with its photo on the first day.
     */
    private void publish(String type, String name, long planId, LocalDate from, LocalDate to) {
        Caller rural = team.ruralBureau();
        NoticeView draft = notices.draft(rural, new DraftRequest(type, String.valueOf(planId), List.of(), from, to));
        notices.publish(rural, draft.id());
        notices.recordPosting(team.clerk(), draft.id(), new PostingForm(DemoHouseholdCatalog.VILLAGE, from,
                DemoBoardPhoto.jpeg(name, team.villageName() + "村务公开栏", from), "image/jpeg", "公告栏-" + from + ".jpg"));
    }

    private static PlanForm.Line line(DistributionPurpose purpose, Long household, String amount, String note) {
        return new PlanForm.Line(purpose, household, Money.parse(amount), note);
    }

    private static String voucher(int year, int seq) {
        return "光明村付〔" + year + "〕演示" + seq + "号";
    }
}
