package cn.sunledger.web.interfaces.web;

import cn.sunledger.ledger.application.distribution.Distributions;
import cn.sunledger.ledger.application.distribution.PlanView;
import cn.sunledger.ledger.application.notice.NoticeView;
import cn.sunledger.ledger.application.notice.Notices;
import cn.sunledger.ledger.domain.model.notice.NoticeStatus;
import cn.sunledger.ledger.domain.model.distribution.DistributionRules;
import cn.sunledger.ledger.domain.model.distribution.PlanStatus;
import cn.sunledger.ledger.domain.model.distribution.PlanAction;
import cn.sunledger.ledger.domain.model.distribution.PlanFigures;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Money;
import cn.sunledger.ledger.domain.service.access.AccessPolicy;
import cn.sunledger.ledger.domain.service.access.Action;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.infrastructure.time.BusinessClock;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A distribution plan's page ({@code distribution.xhtml?id=}): its figures and the checks that explain themselves
 * (Σ lines against available − reserve, the flat payout against its limit, the share to 监测户 and 脱贫户), its lines
 * with households masked, the four meetings, its history, and the steps the caller may take now (提交, 审核通过, 退回).
 */
@Named
@ViewScoped
public class DistributionPlanPageView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DistributionRules RULES = DistributionRules.fromSystemProperties();
    /** The plan's notices (NoticeSource types, subject the plan's id). */
    static final String PLAN_NOTICE = "DISTRIBUTION_PLAN";
    static final String RESULT_NOTICE = "DISTRIBUTION_RESULT";
    private static final DateTimeFormatter RECORDED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    transient Distributions distributions;

    @Inject
    transient CurrentCaller caller;

    @Inject
    LocaleView localeView;

    private String id;
    private boolean notFound;
    private PlanView plan;
    private String opinion;
    /** The date on the step's paper (the submission, the township's 批复) when it was taken before today. */
    private LocalDate decidedOn;
    private List<NoticeView> planNotices = List.of();

    @Inject
    transient Notices notices;

    @Inject
    transient BusinessClock clock;

    /** The view action: the plan, or the not-found page (HTTP 404) for an id that names none the caller may read. */
    public void load() {
        if (id == null || !id.matches("\\d{1,18}")) {
            notFound();
            return;
        }
        try {
            plan = distributions.plan(caller.get(), Long.parseLong(id));
            loadNotices();
        } catch (LedgerException e) {
            if (e.kind() == LedgerException.Kind.NOT_FOUND || e.kind() == LedgerException.Kind.FORBIDDEN) {
                notFound();
            } else {
                FacesMessages.refused(e);
            }
        }
    }

    /** The plan's notices, oldest first; none listed for a reader of plans who does not read notices. */
    private void loadNotices() {
        List<NoticeView> found = new ArrayList<>();
        try {
            for (String type : List.of(PLAN_NOTICE, RESULT_NOTICE)) {
                found.addAll(notices.about(caller.get(), type, List.of(String.valueOf(plan.id()))));
            }
        } catch (LedgerException e) {
            return;
        }
        found.sort(java.util.Comparator.comparingLong(NoticeView::id));
        planNotices = found;
    }

    private void notFound() {
        notFound = true;
        NotFoundStatus.answer();
    }

    /** The steps of the flow this caller may take on the plan as it stands (payments are the API's for now). */
    public List<PlanAction> getSteps() {
        List<PlanAction> steps = new ArrayList<>();
        if (plan == null) {
            return steps;
        }
        RegionCode owner = RegionCode.of(plan.ownerRegion());
        for (PlanAction a : List.of(PlanAction.SUBMIT, PlanAction.APPROVE, PlanAction.RETURN)) {
            if (a.allowedFrom(plan.status()) && AccessPolicy.permits(caller.get(), Action.forDistribution(a), owner)) {
                steps.add(a);
            }
        }
        return steps;
    }

    public void take(PlanAction action) {
        try {
            plan = distributions.take(caller.get(), plan.id(), action, opinion, decidedOn);
            opinion = null;
            decidedOn = null;
            FacesMessages.info(UiText.get("distribution.stepDone", stepLabel(action)));
        } catch (LedgerException e) {
            FieldErrors.refused(e, null, Map.of(
                    "opinion", new String[] {"stepsForm:opinion", UiText.get("distribution.opinion")},
                    "decidedOn", new String[] {"stepsForm:decidedOn", UiText.get("distribution.decidedOn")}));
        }
    }

    public String stepLabel(PlanAction a) {
        return UiText.get("distribution.step." + a.code());
    }

    /** A code's name in the page's language: a purpose, a meeting, a household category, a role, a status. */
    public String label(Object code) {
        return DistributionLabels.of(code, localeView.isEnglish());
    }

    /** The plan's 收益分配方案公示 and 收益分配结果公告, oldest first. */
    public List<NoticeView> getPlanNotices() {
        return planNotices;
    }

    /** Whether the caller drafts the notices of the plan's county (the county rural bureau). */
    public boolean isMayDraftNotices() {
        return plan != null && AccessPolicy.permits(caller.get(), Action.DRAFT_NOTICE,
                RegionCode.of(plan.ownerRegion()).county());
    }

    private boolean hasLiveNotice(String type) {
        return planNotices.stream().anyMatch(n -> n.type().equals(type) && n.status() != NoticeStatus.SUPERSEDED);
    }

    /** An approved (or paid) plan without its 收益分配方案公示 yet, for a user who drafts notices. */
    public boolean isPlanNoticeDue() {
        return plan != null && (plan.status() == PlanStatus.APPROVED || plan.status() == PlanStatus.PAID)
                && isMayDraftNotices() && !hasLiveNotice(PLAN_NOTICE);
    }

    /** A paid plan without its 收益分配结果公告 yet, for a user who drafts notices. */
    public boolean isResultNoticeDue() {
        return plan != null && plan.status() == PlanStatus.PAID && isMayDraftNotices() && !hasLiveNotice(RESULT_NOTICE);
    }

    public boolean isMayDraft() {
        return AccessPolicy.permits(caller.get(), Action.DRAFT_DISTRIBUTION, caller.get().homeRegion());
    }

    /** When a step dated by its paper was entered, to the minute. */
    public String recorded(PlanView.Step step) {
        return step.at().format(RECORDED);
    }

    public String money(Money m) {
        return MoneyText.show(m);
    }

    public String percent(BigDecimal share) {
        return PlanFigures.percent(share);
    }

    /** Whether flat equal payments per head take more than the limit (一分了之: a justification is then on record). */
    public boolean isFlatAboveLimit() {
        return plan.figures().flatPayout().share().compareTo(RULES.flatShareLimit()) > 0;
    }

    public String getFlatLimit() {
        return PlanFigures.percent(RULES.flatShareLimit());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public PlanView getPlan() {
        return plan;
    }

    public String getOpinion() {
        return opinion;
    }

    public void setOpinion(String opinion) {
        this.opinion = opinion;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    /** The latest date a step's paper may carry. */
    public LocalDate getToday() {
        return clock.today();
    }
}
