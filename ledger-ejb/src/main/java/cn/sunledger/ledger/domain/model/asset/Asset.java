package cn.sunledger.ledger.domain.model.asset;

import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Money;
import cn.sunledger.ledger.domain.model.user.Role;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A project asset (扶贫/帮扶项目资产) and its life as an explicit state machine (domain.md §5; {@link AssetStage}).
 * Every step checks the stage it is taken from (409 otherwise), refuses a date after today or before the asset's
 * previous event (422), and records one {@link AssetEvent}; nothing at all is accepted once the asset is disposed.
 * The aggregate knows nothing of storage: its store reads it, lets one step run and writes what changed.
 */
public final class Asset {

    /** The scalar state as stored (the register's row). */
    public record State(Long id, String code, String name, AssetClass assetClass, String categoryCode,
            BigDecimal quantity, String unit, RegionCode naturalVillage, LocalDate formedOn, Money originalValue,
            boolean valueEntered, AssetStage stage, AssetStatus status, OwnerLevel ownerLevel,
            String supervisingDepartment, OperationMode operationMode, String operator, LocalDate contractFrom,
            LocalDate contractTo, Money expectedAnnualIncome, String caretaker, FourBatch fourBatch,
            String fourBatchMeasure, LocalDate fourBatchOn, LocalDate lastEventOn) {
    }

    /** 确权: owner level, owners with shares summing to 1, 主管部门. */
    public record OwnershipTerms(OwnerLevel level, List<Owner> owners, String supervisingDepartment, String decisionRef,
            LocalDate on) {
    }

    /** The 移交书 as the implementing side signs it. */
    public record HandoverTerms(String fromUnit, String assetList, String acceptanceReportRef, String archiveList,
            LocalDate handedOverOn, LocalDate bookedOn) {
    }

    /**
     * 运营: mode, operator (none under 自主经营), contract term, expected annual income. A change of operator rests
     * on the village's decision and the township's approval, both referenced.
     */
    public record OperationTerms(OperationMode mode, String operator, LocalDate contractFrom, LocalDate contractTo,
            Money expectedAnnualIncome, String contractRef, String villageDecisionRef, String townshipApprovalRef,
            LocalDate on) {
    }

    /**
     * 经营主体变更 begins with the village's decision naming the new operator; its notice (资产经营主体变更公示) then runs,
     * and only after it has cleared may the township approve and the operation be set with the new operator.
     */
    public record OperatorChangeProposal(String operator, String villageDecisionRef, LocalDate on) {
    }

    /** 管护: a maintenance log entry, and the 管护主体 (kept when not given). */
    public record Upkeep(String caretaker, LocalDate on, String work, Money cost, String doneBy) {
    }

    /** 状态 and 四个一批 with the measure taken. */
    public record StatusChange(AssetStatus status, FourBatch fourBatch, String measure, String documentRef,
            LocalDate on) {
    }

    /** A proposed disposal. */
    /** One receipt of income: what, when, from whom, how much, under which receipt, for which period (optional). */
    public record IncomeReceipt(IncomeKind kind, LocalDate receivedOn, String payer, Money amount, String receiptNo,
            LocalDate periodFrom, LocalDate periodTo) {
    }

    public record DisposalProposal(DisposalMethod method, String reason, Money appraisedValue, String proceedsUse,
            String documentRef, LocalDate on) {
    }

    /** A step of the disposal chain: its decision's reference, opinion, date; proceeds for the completion. */
    public record StepTerms(String decisionRef, String opinion, Money proceeds, LocalDate on) {
    }

    private static final BigDecimal ONE = BigDecimal.ONE;

    private State s;
    private final List<SourceShare> sources;
    private final List<ValuePart> values;
    private List<Owner> owners;
    private boolean ownersChanged;
    private Handover handover;
    private Disposal disposal;
    private int eventCount;
    private final List<AssetEvent> recorded = new ArrayList<>();

    private Asset(State s, List<SourceShare> sources, List<ValuePart> values, List<Owner> owners, Handover handover,
            Disposal disposal, int eventCount) {
        this.s = s;
        this.sources = List.copyOf(sources);
        this.values = List.copyOf(values);
        this.owners = List.copyOf(owners);
        this.handover = handover;
        this.disposal = disposal;
        this.eventCount = eventCount;
    }

    /** An asset as stored: its latest 移交书 and its open (or last) disposal, and how many events it has. */
    public static Asset restore(State s, List<SourceShare> sources, List<ValuePart> values, List<Owner> owners,
            Handover handover, Disposal disposal, int eventCount) {
        return new Asset(s, sources, values, owners, handover, disposal, eventCount);
    }

    /**
     * 登记: a new asset from its source projects, already checked (accepted, shares summing to 1, 原值 within what was
     * spent) by the register. The code is the county's next gap-free asset number.
     */
    public static Asset form(String code, String name, AssetClass assetClass, String categoryCode, BigDecimal quantity,
            String unit, RegionCode naturalVillage, LocalDate formedOn, Money originalValue, boolean valueEntered,
            List<SourceShare> sources, List<ValuePart> values, Actor actor) {
        requireShares("sourceProjects", sources.stream().map(SourceShare::share).toList());
        requireDate("formedOn", formedOn, null, actor);
        State s = new State(null, code, name, assetClass, categoryCode, quantity, unit, naturalVillage, formedOn,
                originalValue, valueEntered, AssetStage.REGISTERED, null, null, null, null, null, null, null, null,
                null, null, null, null, formedOn);
        Asset asset = new Asset(s, sources, values, List.of(), null, null, 0);
        Map<String, String> d = new LinkedHashMap<>();
        d.put("code", code);
        d.put("originalValue", originalValue.toString());
        d.put("valueEntered", String.valueOf(valueEntered));
        for (SourceShare share : sources) {
            d.put("share." + share.projectId(), share.share().toPlainString());
        }
        asset.record(AssetEventKind.REGISTERED, formedOn, actor, null, d);
        return asset;
    }

    /** 确权 (again, as a correction, until the 移交书 is signed). */
    public void confirmOwnership(OwnershipTerms t, Actor actor) {
        requireStage("ownership", EnumSet.of(AssetStage.REGISTERED, AssetStage.OWNERSHIP_CONFIRMED));
        requireDate("confirmedOn", t.on(), s.lastEventOn(), actor);
        if (t.owners().isEmpty()) {
            throw Refusals.rule("owners", "asset.ownersRequired");
        }
        requireHouseholdsAtTheirLevel(t.level(), t.owners());
        for (int i = 0; i < t.owners().size(); i++) {
            String name = t.owners().get(i).entityName();
            if (name == null || name.isBlank()) {
                throw Refusals.rule("owners[" + i + "].entityName", "asset.ownerNameRequired");
            }
        }
        requireShares("owners", t.owners().stream().map(Owner::share).toList());
        owners = List.copyOf(t.owners());
        ownersChanged = true;
        s = with(AssetStage.OWNERSHIP_CONFIRMED, s.status(), t.level(), t.supervisingDepartment(), s.operationMode(),
                s.operator(), s.contractFrom(), s.contractTo(), s.expectedAnnualIncome(), s.caretaker(), s.fourBatch(),
                s.fourBatchMeasure(), s.fourBatchOn(), t.on());
        Map<String, String> d = new LinkedHashMap<>();
        d.put("ownerLevel", t.level().name());
        d.put("supervisingDepartment", t.supervisingDepartment());
        for (int i = 0; i < owners.size(); i++) {
            Owner o = owners.get(i);
            d.put("owner." + i, o.entityName() + (o.householdNo() == null ? "" : "（" + o.householdNo() + "）") + " "
                    + o.share().toPlainString());
        }
        record(AssetEventKind.OWNERSHIP_CONFIRMED, t.on(), actor, t.decisionRef(), d);
    }

    /** 移交: the implementing side signs the 移交书; the receiving owner's confirmation completes it. */
    public Handover signHandover(HandoverTerms t, Actor actor) {
        requireStage("handover", EnumSet.of(AssetStage.OWNERSHIP_CONFIRMED));
        requireDate("handedOverOn", t.handedOverOn(), s.lastEventOn(), actor);
        requireDate("bookedOn", t.bookedOn(), null, actor);
        if (t.bookedOn().isBefore(t.handedOverOn())) {
            throw Refusals.rule("bookedOn", "asset.bookedBeforeHandover", t.bookedOn(), t.handedOverOn());
        }
        String to = String.join("、", owners.stream().map(Owner::entityName).toList());
        handover = new Handover(null, t.fromUnit(), to, t.assetList(), t.acceptanceReportRef(), t.archiveList(),
                t.handedOverOn(), t.bookedOn(), actor.username(), actor.at(), null, null, null);
        s = stage(AssetStage.HANDOVER_SIGNED, t.handedOverOn());
        Map<String, String> d = new LinkedHashMap<>();
        d.put("fromUnit", t.fromUnit());
        d.put("toOwner", to);
        d.put("acceptanceReportRef", t.acceptanceReportRef());
        d.put("bookedOn", t.bookedOn().toString());
        record(AssetEventKind.HANDOVER_SIGNED, t.handedOverOn(), actor, t.acceptanceReportRef(), d);
        return handover;
    }

    /**
     * 接收确认 by the receiving owner: the role that answers for the owner level ({@link OwnerLevel#receivingRole()})
     * confirms; anyone else is refused (403) before the stage is looked at.
     */
    public void confirmHandover(long handoverId, String opinion, LocalDate on, Actor actor) {
        if (s.ownerLevel() != null && actor.role() != s.ownerLevel().receivingRole()) {
            throw LedgerException.forbidden("asset.notReceivingOwner", s.ownerLevel().chineseName(),
                    s.ownerLevel().receivingRole().chineseName());
        }
        requireStage("handoverConfirmation", EnumSet.of(AssetStage.HANDOVER_SIGNED));
        if (handover == null || !Objects.equals(handover.id(), handoverId)) {
            throw LedgerException.notFound("asset.handoverNotFound", handoverId);
        }
        requireDate("confirmedOn", on, s.lastEventOn(), actor);
        handover.confirm(actor.username(), on, actor.at());
        s = stage(AssetStage.HANDED_OVER, on);
        Map<String, String> d = new LinkedHashMap<>();
        d.put("handoverId", String.valueOf(handoverId));
        if (opinion != null) {
            d.put("opinion", opinion);
        }
        record(AssetEventKind.HANDOVER_CONFIRMED, on, actor, null, d);
    }

    /** 运营: sets how the asset is operated; a change of operator needs the village decision and township approval. */
    public void setOperation(OperationTerms t, Actor actor) {
        requireStage("operation", EnumSet.of(AssetStage.HANDED_OVER));
        requireDate("operatedFrom", t.on(), s.lastEventOn(), actor);
        if (t.mode() != OperationMode.SELF && (t.operator() == null || t.operator().isBlank())) {
            throw Refusals.rule("operator", "asset.operatorRequired", t.mode().chineseName());
        }
        if (t.contractFrom() != null && t.contractTo() != null && t.contractTo().isBefore(t.contractFrom())) {
            throw Refusals.rule("contractTo", "asset.contractEndsBeforeStart", t.contractTo(), t.contractFrom());
        }
        String operator = t.mode() == OperationMode.SELF ? null : t.operator();
        boolean operatorChanges = changesOperator(t);
        if (operatorChanges && blank(t.villageDecisionRef())) {
            throw Refusals.rule("villageDecisionRef", "asset.operatorChangeNeedsVillageDecision", s.operator());
        }
        if (operatorChanges && blank(t.townshipApprovalRef())) {
            throw Refusals.rule("townshipApprovalRef", "asset.operatorChangeNeedsTownshipApproval", s.operator());
        }
        s = with(s.stage(), s.status() == null ? AssetStatus.NORMAL : s.status(), s.ownerLevel(),
                s.supervisingDepartment(), t.mode(), operator, t.contractFrom(), t.contractTo(),
                t.expectedAnnualIncome(), s.caretaker(), s.fourBatch(), s.fourBatchMeasure(), s.fourBatchOn(), t.on());
        Map<String, String> d = new LinkedHashMap<>();
        d.put("mode", t.mode().name());
        put(d, "operator", operator);
        put(d, "contractFrom", t.contractFrom());
        put(d, "contractTo", t.contractTo());
        put(d, "expectedAnnualIncome", t.expectedAnnualIncome());
        put(d, "villageDecisionRef", t.villageDecisionRef());
        put(d, "townshipApprovalRef", t.townshipApprovalRef());
        record(AssetEventKind.OPERATION_SET, t.on(), actor, t.contractRef(), d);
    }

    /**
     * 提出变更经营主体: records the village's decision to hand the asset's operation to another operator, the subject of
     * the notice the change then waits for. Only an asset operated by someone can change operator; the new one must
     * differ from the current one.
     */
    public AssetEvent proposeOperatorChange(OperatorChangeProposal p, Actor actor) {
        requireStage("operatorChange", EnumSet.of(AssetStage.HANDED_OVER));
        requireDate("proposedOn", p.on(), s.lastEventOn(), actor);
        if (s.operator() == null) {
            throw LedgerException.conflict("asset.noOperatorToChange", s.code());
        }
        if (blank(p.operator())) {
            throw Refusals.invalid("operator", "asset.newOperatorRequired");
        }
        String operator = p.operator().strip();
        if (operator.equals(s.operator())) {
            throw Refusals.rule("operator", "asset.operatorUnchanged", s.operator());
        }
        if (blank(p.villageDecisionRef())) {
            throw Refusals.rule("villageDecisionRef", "asset.operatorChangeNeedsVillageDecision", s.operator());
        }
        s = stage(s.stage(), p.on());
        Map<String, String> d = new LinkedHashMap<>();
        d.put("operator", operator);
        d.put("previousOperator", s.operator());
        record(AssetEventKind.OPERATOR_CHANGE_PROPOSED, p.on(), actor, p.villageDecisionRef(), d);
        return recorded.get(recorded.size() - 1);
    }

    /**
     * The change of operator in progress in a history (oldest first): the latest proposal not yet followed by an
     * operation step, or null.
     */
    public static AssetEvent openOperatorProposal(List<AssetEvent> history) {
        AssetEvent proposal = null;
        for (AssetEvent e : history) {
            if (e.kind() == AssetEventKind.OPERATOR_CHANGE_PROPOSED) {
                proposal = e;
            } else if (e.kind() == AssetEventKind.OPERATION_SET) {
                proposal = null;
            }
        }
        return proposal;
    }

    /** Whether {@code terms} would hand the operation to someone other than the current operator. */
    public boolean changesOperator(OperationTerms t) {
        String operator = t.mode() == OperationMode.SELF ? null : t.operator();
        return s.operator() != null && !s.operator().equals(operator);
    }

    /** 管护: a maintenance log entry (date, work, cost, who), optionally naming a new 管护主体. */
    public void recordUpkeep(Upkeep u, Actor actor) {
        requireStage("maintenance", EnumSet.of(AssetStage.HANDED_OVER));
        requireDate("maintainedOn", u.on(), s.lastEventOn(), actor);
        String caretaker = blank(u.caretaker()) ? s.caretaker() : u.caretaker();
        if (caretaker == null) {
            throw Refusals.rule("caretaker", "asset.caretakerRequired");
        }
        s = with(s.stage(), s.status(), s.ownerLevel(), s.supervisingDepartment(), s.operationMode(), s.operator(),
                s.contractFrom(), s.contractTo(), s.expectedAnnualIncome(), caretaker, s.fourBatch(),
                s.fourBatchMeasure(), s.fourBatchOn(), u.on());
        Map<String, String> d = new LinkedHashMap<>();
        d.put("caretaker", caretaker);
        d.put("work", u.work());
        put(d, "cost", u.cost());
        d.put("doneBy", u.doneBy());
        record(AssetEventKind.MAINTENANCE, u.on(), actor, null, d);
    }

    /**
     * 收益: income received by a handed-over asset (its owners are confirmed), recorded in its history; the journal
     * entry that posts it to the owners is written by the caller ({@link #incomeShares}).
     */
    public void recordIncome(IncomeReceipt r, Actor actor) {
        requireStage("income", EnumSet.of(AssetStage.HANDED_OVER));
        if (r.kind() == null) {
            throw Refusals.invalid("kind", "asset.incomeKindRequired");
        }
        requireDate("receivedOn", r.receivedOn(), s.lastEventOn(), actor);
        if (blank(r.payer())) {
            throw Refusals.invalid("payer", "asset.payerRequired");
        }
        if (r.amount() == null || !r.amount().isPositive()) {
            throw Refusals.invalid("amount", "asset.incomeNotPositive");
        }
        if (blank(r.receiptNo())) {
            throw Refusals.invalid("receiptNo", "asset.receiptNoRequired");
        }
        if (r.periodFrom() != null && r.periodTo() != null && r.periodTo().isBefore(r.periodFrom())) {
            throw Refusals.rule("periodTo", "asset.periodEndsBeforeStart", r.periodTo(), r.periodFrom());
        }
        s = stage(s.stage(), r.receivedOn());
        Map<String, String> d = new LinkedHashMap<>();
        d.put("kind", r.kind().name());
        d.put("payer", r.payer().trim());
        d.put("amount", r.amount().toString());
        put(d, "periodFrom", r.periodFrom());
        put(d, "periodTo", r.periodTo());
        record(AssetEventKind.INCOME_RECORDED, r.receivedOn(), actor, r.receiptNo().trim(), d);
    }

    /**
     * How {@code amount} falls to the confirmed owners: by share, in fen, the rounding remainder to the last owner so
     * that the parts add up to the amount exactly.
     */
    public List<Map.Entry<Owner, Money>> incomeShares(Money amount) {
        if (owners.isEmpty()) {
            throw LedgerException.conflict("asset.noOwners", s.code());
        }
        List<Map.Entry<Owner, Money>> parts = new ArrayList<>();
        Money left = amount;
        for (int i = 0; i < owners.size(); i++) {
            Owner o = owners.get(i);
            Money part = i == owners.size() - 1 ? left
                    : Money.of(amount.toBigDecimal().multiply(o.share()).setScale(2, RoundingMode.HALF_UP));
            left = left.minus(part);
            parts.add(Map.entry(o, part));
        }
        return parts;
    }

    /** 状态 and 四个一批. 已处置 is never set here: only a completed disposal disposes of an asset. */
    public void setStatus(StatusChange c, Actor actor) {
        requireStage("status", EnumSet.of(AssetStage.HANDED_OVER));
        if (c.status() == AssetStatus.DISPOSED) {
            throw Refusals.rule("status", "asset.disposedOnlyByDisposal");
        }
        requireDate("statusOn", c.on(), s.lastEventOn(), actor);
        if (c.fourBatch() != null && blank(c.measure())) {
            throw Refusals.rule("measure", "asset.fourBatchNeedsMeasure", c.fourBatch().chineseName());
        }
        s = with(s.stage(), c.status(), s.ownerLevel(), s.supervisingDepartment(), s.operationMode(), s.operator(),
                s.contractFrom(), s.contractTo(), s.expectedAnnualIncome(), s.caretaker(),
                c.fourBatch() == null ? s.fourBatch() : c.fourBatch(),
                c.fourBatch() == null ? s.fourBatchMeasure() : c.measure(),
                c.fourBatch() == null ? s.fourBatchOn() : c.on(), c.on());
        Map<String, String> d = new LinkedHashMap<>();
        d.put("status", c.status().name());
        put(d, "fourBatch", c.fourBatch());
        put(d, "measure", c.measure());
        record(AssetEventKind.STATUS_SET, c.on(), actor, c.documentRef(), d);
    }

    /** 处置 begins: one open disposal at a time, of a handed-over asset. */
    public Disposal proposeDisposal(DisposalProposal p, Actor actor) {
        requireStage("disposal", EnumSet.of(AssetStage.HANDED_OVER));
        if (disposal != null && disposal.status().isOpen()) {
            throw LedgerException.conflict("asset.disposalOpen", s.code(), disposal.status().chineseName());
        }
        requireDate("proposedOn", p.on(), s.lastEventOn(), actor);
        disposal = new Disposal(null, p.method(), p.reason(), p.appraisedValue(), p.proceedsUse(),
                DisposalStatus.PROPOSED, null, null, null, p.on(), actor.username());
        s = stage(s.stage(), p.on());
        Map<String, String> d = new LinkedHashMap<>();
        d.put("method", p.method().name());
        d.put("reason", p.reason());
        put(d, "appraisedValue", p.appraisedValue());
        put(d, "proceedsUse", p.proceedsUse());
        record(AssetEventKind.DISPOSAL_PROPOSED, p.on(), actor, p.documentRef(), d);
        return disposal;
    }

    /**
     * A step of the disposal chain, only from the status it follows (409); the county's approval needs both the rural
     * bureau's and the finance bureau's signature; completion disposes of the asset, after which nothing is recorded.
     */
    public void takeDisposalStep(long disposalId, DisposalStep step, StepTerms t, Actor actor) {
        requireNotDisposed();
        if (disposal == null || !Objects.equals(disposal.id(), disposalId)) {
            throw LedgerException.notFound("asset.disposalNotFound", disposalId);
        }
        if (!step.allowedFrom(disposal.status())) {
            throw LedgerException.conflict("asset.disposalStepOutOfOrder", step.path(),
                    disposal.status().chineseName());
        }
        requireDate("decidedOn", t.on(), s.lastEventOn(), actor);
        if (step != DisposalStep.COMPLETE && step != DisposalStep.RETURN && blank(t.decisionRef())) {
            throw Refusals.rule("decisionRef", "asset.decisionRefRequired");
        }
        if (step == DisposalStep.RETURN && blank(t.opinion())) {
            throw Refusals.rule("opinion", "asset.returnNeedsOpinion");
        }
        AssetStage stage = s.stage();
        AssetStatus status = s.status();
        switch (step) {
            case VILLAGE_APPROVE -> disposal.moveTo(DisposalStatus.VILLAGE_APPROVED);
            case TOWNSHIP_APPROVE -> disposal.moveTo(DisposalStatus.TOWNSHIP_APPROVED);
            case COUNTY_APPROVE -> countyApproval(actor);
            case COMPLETE -> {
                disposal.completedWith(t.proceeds());
                stage = AssetStage.DISPOSED;
                status = AssetStatus.DISPOSED;
            }
            case RETURN -> disposal.moveTo(DisposalStatus.RETURNED);
            default -> throw new IllegalStateException(step.name());
        }
        s = with(stage, status, s.ownerLevel(), s.supervisingDepartment(), s.operationMode(), s.operator(),
                s.contractFrom(), s.contractTo(), s.expectedAnnualIncome(), s.caretaker(), s.fourBatch(),
                s.fourBatchMeasure(), s.fourBatchOn(), t.on());
        Map<String, String> d = new LinkedHashMap<>();
        d.put("disposalId", String.valueOf(disposalId));
        d.put("disposalStatus", disposal.status().name());
        put(d, "opinion", t.opinion());
        if (step == DisposalStep.COMPLETE) {
            put(d, "proceeds", t.proceeds());
        }
        record(AssetEventKind.of(step), t.on(), actor, t.decisionRef(), d);
    }

    private void countyApproval(Actor actor) {
        if (actor.role() == Role.COUNTY_RURAL_BUREAU) {
            if (disposal.ruralApprovedBy() != null) {
                throw LedgerException.conflict("asset.countySideApproved", actor.role().chineseName());
            }
            disposal.approvedByRural(actor.username());
        } else if (actor.role() == Role.COUNTY_FINANCE) {
            if (disposal.financeApprovedBy() != null) {
                throw LedgerException.conflict("asset.countySideApproved", actor.role().chineseName());
            }
            disposal.approvedByFinance(actor.username());
        } else {
            throw LedgerException.forbidden("asset.countyApprovalRoles");
        }
        if (disposal.ruralApprovedBy() != null && disposal.financeApprovedBy() != null) {
            disposal.moveTo(DisposalStatus.COUNTY_APPROVED);
        }
    }

    /**
     * A household of the register may be named as an owner only at the level 农户: a household is not a village's
     * collective, a township or a county unit, and an owner at another level that named one would let the household's
     * page claim an asset its village owns.
     */
    public static void requireHouseholdsAtTheirLevel(OwnerLevel level, List<Owner> owners) {
        for (int i = 0; i < owners.size(); i++) {
            if (owners.get(i).householdId() != null && level != OwnerLevel.HOUSEHOLD) {
                throw Refusals.rule("owners[" + i + "].householdId", "asset.householdOnlyAtHouseholdLevel",
                        OwnerLevel.HOUSEHOLD.chineseName(), level == null ? "" : level.chineseName());
            }
        }
    }

    /** Shares (of projects or of owners) must each be in (0, 1] with at most four decimals and sum to exactly 1. */
    public static void requireShares(String field, List<BigDecimal> shares) {
        if (shares.isEmpty()) {
            throw Refusals.rule(field, "asset.sharesRequired");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal share : shares) {
            if (share == null || share.signum() <= 0 || share.compareTo(ONE) > 0
                    || share.stripTrailingZeros().scale() > 4) {
                throw Refusals.rule(field, "asset.badShare", share == null ? "" : share.toPlainString());
            }
            sum = sum.add(share);
        }
        if (sum.compareTo(ONE) != 0) {
            throw Refusals.rule(field, "asset.sharesNotOne", sum.toPlainString());
        }
    }

    private void requireNotDisposed() {
        if (s.stage() == AssetStage.DISPOSED) {
            throw LedgerException.conflict("asset.disposed", s.code());
        }
    }

    private void requireStage(String step, Set<AssetStage> allowed) {
        requireNotDisposed();
        if (!allowed.contains(s.stage())) {
            throw LedgerException.conflict("asset.wrongStage", s.code(), s.stage().chineseName(),
                    AssetStepNames.of(step));
        }
    }

    private static void requireDate(String field, LocalDate date, LocalDate previous, Actor actor) {
        if (date == null) {
            throw Refusals.invalid(field, "asset.dateRequired");
        }
        if (date.isAfter(actor.today())) {
            throw Refusals.rule(field, "asset.dateInFuture", date, actor.today());
        }
        if (previous != null && date.isBefore(previous)) {
            throw Refusals.rule(field, "asset.dateBeforePrevious", date, previous);
        }
    }

    private void record(AssetEventKind kind, LocalDate on, Actor actor, String documentRef, Map<String, String> d) {
        d.values().removeIf(Objects::isNull);
        recorded.add(new AssetEvent(++eventCount, kind, on, actor.username(), actor.displayName(), actor.role(),
                blank(documentRef) ? null : documentRef, d, actor.at()));
    }

    private State stage(AssetStage stage, LocalDate on) {
        return with(stage, s.status(), s.ownerLevel(), s.supervisingDepartment(), s.operationMode(), s.operator(),
                s.contractFrom(), s.contractTo(), s.expectedAnnualIncome(), s.caretaker(), s.fourBatch(),
                s.fourBatchMeasure(), s.fourBatchOn(), on);
    }

    private State with(AssetStage stage, AssetStatus status, OwnerLevel level, String department, OperationMode mode,
            String operator, LocalDate from, LocalDate to, Money income, String caretaker, FourBatch batch,
            String measure, LocalDate batchOn, LocalDate lastOn) {
        return new State(s.id(), s.code(), s.name(), s.assetClass(), s.categoryCode(), s.quantity(), s.unit(),
                s.naturalVillage(), s.formedOn(), s.originalValue(), s.valueEntered(), stage, status, level, department,
                mode, operator, from, to, income, caretaker, batch, measure, batchOn, lastOn);
    }

    private static void put(Map<String, String> d, String key, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            d.put(key, value instanceof Enum<?> e ? e.name() : value.toString());
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** Called by the store once the new asset's row exists. */
    public void stored(long id) {
        s = new State(id, s.code(), s.name(), s.assetClass(), s.categoryCode(), s.quantity(), s.unit(),
                s.naturalVillage(), s.formedOn(), s.originalValue(), s.valueEntered(), s.stage(), s.status(),
                s.ownerLevel(), s.supervisingDepartment(), s.operationMode(), s.operator(), s.contractFrom(),
                s.contractTo(), s.expectedAnnualIncome(), s.caretaker(), s.fourBatch(), s.fourBatchMeasure(),
                s.fourBatchOn(), s.lastEventOn());
    }

    public State state() {
        return s;
    }

    public Long id() {
        return s.id();
    }

    public String code() {
        return s.code();
    }

    public AssetStage stage() {
        return s.stage();
    }

    public RegionCode naturalVillage() {
        return s.naturalVillage();
    }

    public List<SourceShare> sources() {
        return sources;
    }

    public List<ValuePart> values() {
        return values;
    }

    public List<Owner> owners() {
        return owners;
    }

    public boolean ownersChanged() {
        return ownersChanged;
    }

    public Handover handover() {
        return handover;
    }

    public Disposal disposal() {
        return disposal;
    }

    /** The events the steps taken since the asset was read have recorded, in order. */
    public List<AssetEvent> recorded() {
        return List.copyOf(recorded);
    }
}
