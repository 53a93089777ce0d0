package cn.sunledger.ledger.application.internal.distribution;

import cn.sunledger.ledger.application.Page;
import cn.sunledger.ledger.application.distribution.Distributions;
import cn.sunledger.ledger.application.distribution.HouseholdChoice;
import cn.sunledger.ledger.application.distribution.MinutesScan;
import cn.sunledger.ledger.application.distribution.PaymentBatch;
import cn.sunledger.ledger.application.distribution.PlanForm;
import cn.sunledger.ledger.application.distribution.PlanView;
import cn.sunledger.ledger.application.fund.IdempotencyKey;
import cn.sunledger.ledger.application.fund.Posting;
import cn.sunledger.ledger.application.internal.fund.IdempotentPostings;
import cn.sunledger.ledger.application.internal.fund.JournalPoster;
import cn.sunledger.ledger.application.internal.fund.OwnerFundsGuard;
import cn.sunledger.ledger.application.internal.fund.RetriedOnLockConflict;
import cn.sunledger.ledger.application.internal.household.HouseholdStore;
import cn.sunledger.ledger.application.internal.notice.ClearanceRefusal;
import cn.sunledger.ledger.application.notice.NoticeGate;
import cn.sunledger.ledger.domain.model.distribution.DistributionRules;
import cn.sunledger.ledger.domain.model.distribution.FourDeliberations;
import cn.sunledger.ledger.domain.model.distribution.Meeting;
import cn.sunledger.ledger.domain.model.distribution.PlanAction;
import cn.sunledger.ledger.domain.model.distribution.PlanFigures;
import cn.sunledger.ledger.domain.model.distribution.PlanLine;
import cn.sunledger.ledger.domain.model.distribution.PlanStatus;
import cn.sunledger.ledger.domain.model.distribution.StepDate;
import cn.sunledger.ledger.domain.model.fund.Account;
import cn.sunledger.ledger.domain.model.fund.EntryKind;
import cn.sunledger.ledger.domain.model.fund.JournalEntry;
import cn.sunledger.ledger.domain.model.fund.JournalLine;
import cn.sunledger.ledger.domain.model.fund.Movement;
import cn.sunledger.ledger.domain.model.notice.StageClearance;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.region.RegionLevel;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Money;
import cn.sunledger.ledger.domain.model.shared.Violation;
import cn.sunledger.ledger.domain.service.access.AccessPolicy;
import cn.sunledger.ledger.domain.service.access.Action;
import cn.sunledger.ledger.domain.service.access.Caller;
import cn.sunledger.ledger.infrastructure.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Distribution plans around their rows and the journal. A plan is drawn on the owner's ledger figures under the
 * owner's guard row (so two plans cannot both claim one income, and a payment or reversal cannot slip between), its
 * checks are {@link PlanFigures}' and {@link FourDeliberations}', and a payment batch locks the plan, asks the notice
 * gate, locks the owner's guard and then the chain head, and posts its paid lines as one entry.
 */
@ApplicationScoped
@Transactional
@RetriedOnLockConflict
public class DefaultDistributions implements Distributions {

    private static final DistributionRules RULES = DistributionRules.fromSystemProperties();

    @Inject
    DistributionStore store;

    @Inject
    HouseholdStore households;

    @Inject
    OwnerFundsGuard ownerFunds;

    @Inject
    JournalPoster poster;

    @Inject
    IdempotentPostings idempotent;

    @Inject
    NoticeGate gate;

    @Inject
    ClearanceRefusal refusal;

    @Inject
    MeetingMinutesStore minutes;

    @Inject
    BusinessClock clock;

    @Override
    public PlanView create(Caller caller, PlanForm f) {
        RegionCode owner = ownerVillage(f.ownerRegionCode());
        AccessPolicy.require(caller, Action.DRAFT_DISTRIBUTION, owner);
        Drawn drawn = draw(owner, f, true);
        String ownerName = drawn.ownerName();
        PlanFigures figures = drawn.figures();
        Money income = figures.income();
        Money earlier = figures.earlierPlans();
        List<PlanLine> lines = new ArrayList<>(figures.lines());
        String justification = blankToNull(f.flatPayoutJustification());
        figures.check(RULES, owner.value(), justification);
        FourDeliberations meetings = new FourDeliberations(List.of());
        f.meetings().stream().sorted(Comparator.comparing(Meeting::kind))
                .forEach(m -> checkAddedAtCreation(meetings, m));
        lines.sort(Comparator.comparing(l -> l.purpose().priority()));
        long id = store.insertPlan(new DistributionStore.PlanRow(0, owner.value(), null, ownerName,
                owner.county().value(), f.periodFrom(), f.periodTo(), income, earlier, f.reserveRate(), justification,
                PlanStatus.DRAFT), figures.available(), figures.reserve(), caller.username(), clock.preciseNow(),
                lines.stream().map(l -> new DistributionStore.NewLine(l.purpose(), l.householdId(), l.amount(),
                        l.note())).toList());
        for (Meeting m : meetings.meetings()) {
            store.insertMeeting(id, m, caller.username(), clock.preciseNow());
        }
        store.step(id, "create", PlanStatus.DRAFT, PlanStatus.DRAFT, caller.username(), caller.displayName(),
                caller.role(), clock.preciseNow(), null);
        return view(id);
    }

    /**
     * A meeting given with a new plan, checked as a meeting recorded later is, its refusal naming the meeting it
     * concerns ({@code meetings.<KIND>.heldOn}, as submission names a missing one {@code meetings.<KIND>}): a form
     * holding four meetings must say which one is wrong.
     */
    private void checkAddedAtCreation(FourDeliberations meetings, Meeting m) {
        try {
            meetings.checkAdded(m, clock.today());
        } catch (LedgerException e) {
            throw new LedgerException(e.kind(), e.messageKey(), e.violations().stream().map(v -> Violation.ofField(
                    "meetings." + m.kind().name() + "." + v.field(), v.messageKey(), v.args())).toList(), e.args());
        }
    }

    /** The owner's name, the figures drawn on its income of the period, and the lines with their households. */
    private record Drawn(String ownerName, PlanFigures figures) {
    }

    /**
     * What a plan of the form is drawn on; {@code lock}: under the owner's guard row, as a plan being created must be
     * (so that two plans cannot both claim one income), not for a preview, which records nothing.
     */
    private Drawn draw(RegionCode owner, PlanForm f, boolean lock) {
        if (f.periodTo().isBefore(f.periodFrom())) {
            throw rule("periodTo", "distribution.periodReversed", f.periodFrom().toString(), f.periodTo().toString());
        }
        String ownerName = ownerName(owner, f.ownerName());
        if (lock) {
            ownerFunds.lock(owner.value(), ownerName);
        }
        Money income = store.incomeOfPeriod(owner.value(), ownerName, f.periodFrom(), f.periodTo());
        Money earlier = store.earlierPlans(owner.value(), ownerName, f.periodFrom(), f.periodTo());
        List<PlanLine> lines = new ArrayList<>();
        for (int i = 0; i < f.lines().size(); i++) {
            PlanForm.Line l = f.lines().get(i);
            PlanLine.Household h = null;
            if (l.householdId() != null) {
                int at = i;
                h = households.find(l.householdId(), false).map(row -> new PlanLine.Household(
                        RegionCode.of(row.view().naturalVillageCode()).ancestorAt(RegionLevel.VILLAGE).value(),
                        row.view().category(), row.view().members()))
                        .orElseThrow(() -> rule("lines[" + at + "].householdId", "distribution.householdNotFound",
                                String.valueOf(l.householdId())));
            }
            lines.add(new PlanLine(l.purpose(), l.householdId(), l.amount(), l.note(), h));
        }
        return new Drawn(ownerName, new PlanFigures(income, earlier, f.reserveRate(), lines));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanFigures figures(Caller caller, PlanForm f) {
        RegionCode owner = ownerVillage(f.ownerRegionCode());
        AccessPolicy.require(caller, Action.DRAFT_DISTRIBUTION, owner);
        return draw(owner, f, false).figures();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> ownerNames(Caller caller, String ownerRegionCode) {
        RegionCode owner = ownerVillage(ownerRegionCode);
        AccessPolicy.require(caller, Action.DRAFT_DISTRIBUTION, owner);
        return store.ownerNames(owner.value());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HouseholdChoice> households(Caller caller, String ownerRegionCode, String text, int max) {
        RegionCode owner = ownerVillage(ownerRegionCode);
        AccessPolicy.require(caller, Action.DRAFT_DISTRIBUTION, owner);
        return store.households(owner, text == null ? "" : text.strip(), Math.min(Math.max(max, 1), 50));
    }

    @Override
    public PlanView recordMeeting(Caller caller, long planId, Meeting meeting) {
        return recordMeeting(caller, planId, meeting, null);
    }

    @Override
    public PlanView recordMeeting(Caller caller, long planId, Meeting meeting, MinutesScan scan) {
        DistributionStore.PlanRow p = locked(planId);
        AccessPolicy.require(caller, Action.RECORD_DISTRIBUTION_MEETING, RegionCode.of(p.ownerRegion()));
        if (p.status() != PlanStatus.DRAFT) {
            throw LedgerException.conflict("distribution.meetingsOnlyOnDraft", p.status().chineseName());
        }
        new FourDeliberations(store.meetings(planId)).checkAdded(meeting, clock.today());
        MeetingMinutesStore.NewMinutes file = scan == null ? null
                : MinutesFiles.checked(planId, meeting.kind(), scan, caller, clock.preciseNow());
        store.insertMeeting(planId, meeting, caller.username(), clock.preciseNow());
        if (file != null) {
            minutes.insert(file);
        }
        return view(planId);
    }

    @Override
    public PlanView take(Caller caller, long planId, PlanAction action, String opinion) {
        return take(caller, planId, action, opinion, null);
    }

    @Override
    public PlanView take(Caller caller, long planId, PlanAction action, String opinion, LocalDate decidedOn) {
        DistributionStore.PlanRow p = locked(planId);
        if (action == PlanAction.PAY) {
            throw LedgerException.invalid("distribution.payNeedsPayments");
        }
        AccessPolicy.require(caller, Action.forDistribution(action), RegionCode.of(p.ownerRegion()));
        if (!action.allowedFrom(p.status())) {
            throw LedgerException.conflict("distribution.actionNotAllowed", action.code(), p.status().chineseName());
        }
        if (action == PlanAction.SUBMIT) {
            new FourDeliberations(store.meetings(planId)).requireComplete();
        }
        String said = blankToNull(opinion);
        if (action == PlanAction.RETURN && said == null) {
            throw rule("opinion", "distribution.returnNeedsOpinion");
        }
        // a submission follows the 决议 (the last of the four meetings), an approval or a return the submission
        LocalDate after = action == PlanAction.SUBMIT
                ? store.meetings(planId).stream().map(Meeting::heldOn).max(Comparator.naturalOrder()).orElse(null)
                : store.steps(planId).stream().filter(s -> s.to() == PlanStatus.SUBMITTED).reduce((a, b) -> b)
                        .map(PlanView.Step::on).orElse(null);
        LocalDate on = StepDate.of(decidedOn, after, clock.today());
        store.step(planId, action.code(), p.status(), action.target(), caller.username(), caller.displayName(),
                caller.role(), clock.preciseNow(), said, on.equals(clock.today()) ? null : on);
        return view(planId);
    }

    @Override
    public Posting pay(Caller caller, long planId, PaymentBatch batch, IdempotencyKey key) {
        if (batch.payments().stream().noneMatch(PaymentBatch.Payment::paid)) {
            return payBatch(caller, planId, batch); // failures only: nothing is posted, a repeat is one more attempt
        }
        return idempotent.once(caller, key, () -> payBatch(caller, planId, batch));
    }

    private Posting payBatch(Caller caller, long planId, PaymentBatch batch) {
        DistributionStore.PlanRow p = locked(planId);
        AccessPolicy.require(caller, Action.forDistribution(PlanAction.PAY), RegionCode.of(p.ownerRegion()));
        if (!PlanAction.PAY.allowedFrom(p.status())) {
            throw LedgerException.conflict("distribution.actionNotAllowed", PlanAction.PAY.code(),
                    p.status().chineseName());
        }
        StageClearance cleared = gate.clearance(DistributionNoticeTypes.PLAN, String.valueOf(planId));
        refusal.require(cleared, "distribution");
        if (batch.paidOn().isAfter(clock.today())) {
            throw rule("paidOn", "distribution.paidInFuture", batch.paidOn().toString());
        }
        // a payment entered later keeps its own date, but that date cannot fall while the plan's notice still ran
        if (cleared.periodEnd() != null && !batch.paidOn().isAfter(cleared.periodEnd())) {
            throw rule("paidOn", "distribution.paidBeforeNoticeCleared", batch.paidOn().toString(),
                    cleared.noticeNo(), cleared.periodEnd().toString());
        }
        List<PlanView.Line> lines = store.lines(planId);
        Map<Long, PlanView.Line> byId = new TreeMap<>();
        lines.forEach(l -> byId.put(l.id(), l));
        checkPayments(batch, byId);
        List<JournalLine> journalLines = new ArrayList<>();
        Money total = Money.ZERO;
        for (PaymentBatch.Payment pay : batch.payments()) {
            if (pay.paid()) {
                journalLines.add(JournalLine.ofOwner(Account.DISTRIBUTED, p.ownerRegion(), p.ownerName(), null,
                        pay.amount(), Money.ZERO));
                total = total.plus(pay.amount());
            }
        }
        JournalEntry entry = null;
        if (total.isPositive()) {
            ownerFunds.requireCovers(p.ownerRegion(), p.ownerName(), total, "distribution.ownerFundsShort");
            journalLines.add(JournalLine.ofOwner(Account.OWNER_FUNDS, p.ownerRegion(), p.ownerName(), null, Money.ZERO,
                    total));
            JournalPoster.OpenEntry open = poster.open(p.ledgerRegion(), batch.paidOn());
            entry = poster.post(open, new Movement(EntryKind.DISTRIBUTION, batch.paidOn(), journalLines,
                    new TreeMap<>(Map.of("planId", String.valueOf(planId), "owner", p.ownerName())), null, null)
                    .checked(), caller.username());
        }
        for (PaymentBatch.Payment pay : batch.payments()) {
            store.insertPayment(planId, pay, batch.paidOn(), pay.paid() ? entry.entryNo() : null, caller.username(),
                    clock.preciseNow());
        }
        Set<Long> paidNow = new HashSet<>();
        batch.payments().stream().filter(PaymentBatch.Payment::paid).forEach(x -> paidNow.add(x.lineId()));
        boolean allPaid = lines.stream().allMatch(l -> l.paid() != null || paidNow.contains(l.id()));
        store.step(planId, PlanAction.PAY.code(), p.status(), allPaid ? PlanStatus.PAID : p.status(),
                caller.username(), caller.displayName(), caller.role(), clock.preciseNow(), null);
        return entry == null ? new Posting(null, null, null, planId, false)
                : new Posting(entry.entryNo(), entry.hash(), entry.prevHash(), planId, false);
    }

    /** Each payment names a line of the plan once, not yet paid; a paid one its full amount and voucher. */
    private static void checkPayments(PaymentBatch batch, Map<Long, PlanView.Line> lines) {
        if (batch.payments().isEmpty()) {
            throw rule("payments", "distribution.noPayments");
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < batch.payments().size(); i++) {
            PaymentBatch.Payment pay = batch.payments().get(i);
            String at = "payments[" + i + "].";
            PlanView.Line line = lines.get(pay.lineId());
            if (line == null) {
                throw rule(at + "lineId", "distribution.lineNotInPlan", String.valueOf(pay.lineId()));
            }
            if (!seen.add(pay.lineId())) {
                throw rule(at + "lineId", "distribution.lineTwiceInBatch", line.seq());
            }
            if (line.paid() != null) {
                throw LedgerException.conflict("distribution.linePaid", line.seq(), line.paid().paidOn().toString(),
                        line.paid().voucherNo());
            }
            if (!pay.amount().equals(line.amount())) {
                throw rule(at + "amount", "distribution.paymentAmount", line.seq(), pay.amount().toString(),
                        line.amount().toString());
            }
            if (pay.paid() && blankToNull(pay.voucherNo()) == null) {
                throw rule(at + "voucherNo", "distribution.paymentNeedsVoucher", line.seq());
            }
            if (!pay.paid() && blankToNull(pay.reason()) == null) {
                throw rule(at + "reason", "distribution.failureNeedsReason", line.seq());
            }
        }
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanView plan(Caller caller, long planId) {
        DistributionStore.PlanRow p = store.find(planId, false)
                .orElseThrow(() -> LedgerException.notFound("distribution.notFound", planId));
        AccessPolicy.require(caller, Action.VIEW_DISTRIBUTIONS, RegionCode.of(p.ownerRegion()));
        return view(p);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PlanView.Summary> list(Caller caller, String region, PlanStatus status, int page, int size) {
        RegionCode within = caller.homeRegion();
        if (region != null && !region.isBlank()) {
            if (!RegionCode.isValid(region.strip())) {
                throw LedgerException.invalid(List.of(Violation.ofField("region", "distribution.badRegion", region)));
            }
            within = RegionCode.of(region.strip());
        }
        AccessPolicy.require(caller, Action.VIEW_DISTRIBUTIONS, within);
        return store.page(within, status, Math.max(page, 0), Math.min(Math.max(size, 1), 200));
    }

    private DistributionStore.PlanRow locked(long planId) {
        return store.find(planId, true).orElseThrow(() -> LedgerException.notFound("distribution.notFound", planId));
    }

    private PlanView view(long planId) {
        return view(store.find(planId, false).orElseThrow());
    }

    private PlanView view(DistributionStore.PlanRow p) {
        List<PlanView.Line> lines = store.lines(p.id());
        List<PlanLine> planLines = lines.stream().map(l -> new PlanLine(l.purpose(), l.householdId(), l.amount(),
                l.note(), l.householdId() == null ? null
                        : new PlanLine.Household(p.ownerRegion(), l.category(), l.members()))).toList();
        List<Meeting> meetings = store.meetings(p.id());
        return new PlanView(p.id(), p.ownerRegion(), p.ownerRegionName(), p.ownerName(), p.ledgerRegion(),
                p.periodFrom(), p.periodTo(), p.status(), new PlanFigures(p.income(), p.earlierPlans(), p.reserveRate(),
                        planLines), p.flatJustification(), lines, meetings, new FourDeliberations(meetings).next(),
                store.steps(p.id()));
    }

    /** The owner's administrative village (422 naming the field for anything else). */
    private static RegionCode ownerVillage(String code) {
        if (code == null || !RegionCode.isValid(code.strip())
                || RegionCode.of(code.strip()).level() != RegionLevel.VILLAGE) {
            throw rule("ownerRegionCode", "distribution.ownerNotVillage", String.valueOf(code));
        }
        return RegionCode.of(code.strip());
    }

    /**
     * The owner as the journal's owner side names it: the name given, which must have income there, or the one owner
     * with income in the region.
     */
    private String ownerName(RegionCode owner, String given) {
        List<String> names = store.ownerNames(owner.value());
        String name = blankToNull(given);
        if (name != null) {
            if (!names.contains(name)) {
                throw rule("ownerName", "distribution.ownerWithoutIncome", name, String.join("、", names));
            }
            return name;
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        if (names.isEmpty()) {
            throw rule("ownerRegionCode", "distribution.noIncomeRecorded", owner.value());
        }
        throw rule("ownerName", "distribution.ownerNameNeeded", String.join("、", names));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static LedgerException rule(String field, String key, Object... args) {
        return new LedgerException(LedgerException.Kind.RULE, key, List.of(Violation.ofField(field, key, args)), args);
    }
}
