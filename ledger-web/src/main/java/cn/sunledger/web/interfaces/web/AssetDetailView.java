package cn.sunledger.web.interfaces.web;

import cn.sunledger.ledger.application.RegionDirectory;
import cn.sunledger.ledger.application.RegionView;
import cn.sunledger.ledger.application.asset.AssetIncomeLedger;
import cn.sunledger.ledger.application.asset.AssetNoticeTypes;
import cn.sunledger.ledger.application.asset.AssetIncomes;
import cn.sunledger.ledger.application.asset.AssetRegister;
import cn.sunledger.ledger.application.asset.AssetView;
import cn.sunledger.ledger.application.distribution.HouseholdChoice;
import cn.sunledger.ledger.application.notice.NoticeView;
import cn.sunledger.ledger.application.notice.Notices;
import cn.sunledger.ledger.domain.model.asset.Asset;
import cn.sunledger.ledger.domain.model.asset.AssetEvent;
import cn.sunledger.ledger.domain.model.asset.AssetEventKind;
import cn.sunledger.ledger.domain.model.asset.AssetStage;
import cn.sunledger.ledger.domain.model.asset.AssetStatus;
import cn.sunledger.ledger.domain.model.asset.Disposal;
import cn.sunledger.ledger.domain.model.asset.DisposalMethod;
import cn.sunledger.ledger.domain.model.asset.DisposalStatus;
import cn.sunledger.ledger.domain.model.asset.FourBatch;
import cn.sunledger.ledger.domain.model.asset.Handover;
import cn.sunledger.ledger.domain.model.asset.IncomeKind;
import cn.sunledger.ledger.domain.model.asset.OperationMode;
import cn.sunledger.ledger.domain.model.asset.OwnerLevel;
import cn.sunledger.ledger.domain.model.asset.ValuePart;
import cn.sunledger.ledger.domain.model.notice.NoticeStatus;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.region.RegionLevel;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Money;
import cn.sunledger.ledger.domain.model.user.Role;
import cn.sunledger.ledger.domain.service.access.AccessPolicy;
import cn.sunledger.ledger.domain.service.access.Action;
import cn.sunledger.ledger.domain.service.access.Caller;
import cn.sunledger.ledger.infrastructure.time.BusinessClock;
import cn.sunledger.web.interfaces.rest.BeanChecks;
import cn.sunledger.web.interfaces.rest.dto.AssetIncomeRequest;
import cn.sunledger.web.interfaces.rest.dto.AssetRequests;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;

/**
 * One asset ({@code asset.xhtml?id=}): its facts by name and label, its 原值 by source project and fund source,
 * owners, 移交书 and disposals, its history (who by name, when, what, the document), and the steps the signed-in
 * user may take now — each in the step dialog, sent through the API's own checks and the register's rules, a
 * refusal shown by the field it concerns. An id that names no asset the caller may read is the not-found page.
 */
@Named
@ViewScoped
public class AssetDetailView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "stepForm:";
    private static final int HOUSEHOLD_PICKER_SIZE = 20;
    /** The history's particulars worth showing, in this order; ids and codes of the record itself are left out. */
    private static final List<String> SHOWN_DETAILS = List.of("originalValue", "ownerLevel", "supervisingDepartment",
            "fromUnit", "toOwner", "acceptanceReportRef", "bookedOn", "mode", "previousOperator", "operator", "contractFrom", "contractTo",
            "expectedAnnualIncome", "villageDecisionRef", "townshipApprovalRef", "caretaker", "work", "cost", "doneBy",
            "status", "fourBatch", "measure", "method", "reason", "appraisedValue", "proceedsUse", "disposalStatus",
            "proceeds", "opinion", "kind", "payer", "amount", "periodFrom", "periodTo");
    private static final Map<String, Class<? extends Enum<?>>> CODED = Map.of("ownerLevel", OwnerLevel.class,
            "mode", OperationMode.class, "status", AssetStatus.class, "fourBatch", FourBatch.class,
            "method", DisposalMethod.class, "disposalStatus", DisposalStatus.class, "kind", IncomeKind.class);
    private static final List<String> MONEY_DETAILS = List.of("originalValue", "expectedAnnualIncome", "cost",
            "appraisedValue", "proceeds", "amount");

    @Inject
    BusinessClock clock;

    @Inject
    transient AssetRegister register;

    @Inject
    transient RegionDirectory regions;

    @Inject
    transient AssetIncomes incomes;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient Notices notices;

    @Inject
    transient BeanChecks checks;

    @Inject
    LocaleView localeView;

    @Inject
    AssetText text;

    private String id;
    private boolean notFound;
    private AssetView asset;
    private AssetIncomeLedger income;
    private List<NoticeView> assetNotices = List.of();
    private String placeName;
    private List<AssetPageStep> steps = List.of();
    private AssetPageStep pending;
    private AssetStepForm form = new AssetStepForm();
    private final Map<Long, HouseholdChoice> offeredHouseholds = new HashMap<>();

    /** The view action: the asset, or the not-found page (HTTP 404) for an id that names none the caller may read. */
    public void load() {
        Long assetId = id != null && id.matches("\\d{1,18}") ? Long.valueOf(id) : null;
        if (assetId == null) {
            notFound();
            return;
        }
        try {
            asset = register.asset(caller.get(), assetId);
            income = incomes.incomes(caller.get(), assetId);
            assetNotices = noticesAbout(asset);
            placeName = place(asset.state().naturalVillage());
            steps = offered();
        } catch (LedgerException e) {
            if (e.kind() == LedgerException.Kind.NOT_FOUND || e.kind() == LedgerException.Kind.FORBIDDEN) {
                notFound();
            } else {
                asset = null;
                FacesMessages.refused(e);
            }
        }
    }

    private void notFound() {
        notFound = true;
        asset = null;
        NotFoundStatus.answer();
    }

    /** "苍山西镇 光明村 上村组": the township, village and natural village by name. */
    private String place(RegionCode naturalVillage) {
        List<String> names = new ArrayList<>();
        for (RegionView r : regions.path(caller.get(), naturalVillage)) {
            if (r.level() == RegionLevel.TOWNSHIP || r.level() == RegionLevel.VILLAGE
                    || r.level() == RegionLevel.NATURAL_VILLAGE) {
                names.add(r.name());
            }
        }
        return names.isEmpty() ? asset.naturalVillageName() : String.join(" ", names);
    }

    /**
     * The steps open now to this user: the asset's stage allows them, the access policy lets the role take them on
     * this asset's place, and — for 接收确认 and the disposal chain — the owner level's receiving role, the open
     * disposal's status and the county side that has not signed yet.
     */
    private List<AssetPageStep> offered() {
        Caller c = caller.get();
        Asset.State s = asset.state();
        Disposal open = openDisposal();
        List<AssetPageStep> out = new ArrayList<>();
        for (AssetPageStep step : AssetPageStep.values()) {
            if (!step.takenFrom(s.stage()) || !AccessPolicy.permits(c, step.action(), s.naturalVillage())) {
                continue;
            }
            boolean allowedNow = switch (step) {
                case CONFIRMATION -> s.ownerLevel() == null || s.ownerLevel().receivingRole() == c.role();
                case DISPOSAL -> open == null;
                case OWNERSHIP, HANDOVER, OPERATION, MAINTENANCE, INCOME, STATUS -> true;
                case OPERATOR_CHANGE -> s.operator() != null;
                case COUNTY_APPROVE -> open != null && step.disposalStep().allowedFrom(open.status())
                        && (c.role() == Role.COUNTY_RURAL_BUREAU ? open.ruralApprovedBy() == null
                        : open.financeApprovedBy() == null);
                default -> open != null && step.disposalStep().allowedFrom(open.status());
            };
            if (allowedNow) {
                out.add(step);
            }
        }
        return out;
    }

    /** The asset's 资产确权移交公示 and the 资产处置公示 of each of its disposals, newest first. */
    private List<NoticeView> noticesAbout(AssetView a) {
        List<NoticeView> out = new ArrayList<>(notices.about(caller.get(), AssetNoticeTypes.HANDOVER,
                List.of(String.valueOf(a.state().id()))));
        out.addAll(notices.about(caller.get(), AssetNoticeTypes.DISPOSAL,
                a.disposals().stream().map(d -> String.valueOf(d.id())).toList()));
        out.addAll(notices.about(caller.get(), AssetNoticeTypes.OPERATOR_CHANGE, a.history().stream()
                .filter(e -> e.kind() == AssetEventKind.OPERATOR_CHANGE_PROPOSED)
                .map(e -> AssetNoticeTypes.operatorChangeSubject(a.state().id(), e.seq())).toList()));
        out.sort(java.util.Comparator.comparingLong(NoticeView::id).reversed());
        return out;
    }

    /** Whether a notice of the type about the subject is in force or on its way (a draft or published, not superseded). */
    private boolean hasLiveNotice(String type, String subjectId) {
        return assetNotices.stream().anyMatch(n -> n.type().equals(type) && n.subjectId().equals(subjectId)
                && n.status() != NoticeStatus.SUPERSEDED);
    }

    /** A handed-over asset without its 资产确权移交公示 yet, for a user who drafts notices. */
    public boolean isHandoverNoticeDue() {
        return asset != null && asset.state().stage() == AssetStage.HANDED_OVER && mayDraftNotices()
                && !hasLiveNotice(AssetNoticeTypes.HANDOVER, String.valueOf(asset.state().id()));
    }

    /** The county-approved disposal whose 资产处置公示 is still to be drafted, or null. */
    public Long getDisposalNoticeDue() {
        Disposal open = asset == null ? null : openDisposal();
        if (open == null || open.status() != DisposalStatus.COUNTY_APPROVED || !mayDraftNotices()
                || hasLiveNotice(AssetNoticeTypes.DISPOSAL, String.valueOf(open.id()))) {
            return null;
        }
        return open.id();
    }

    /**
     * The subject of the change of operator in progress (proposed, no operation step since) whose 资产经营主体变更公示
     * is still to be drafted, or null.
     */
    public String getOperatorChangeNoticeDue() {
        if (asset == null || asset.state().stage() != AssetStage.HANDED_OVER || !mayDraftNotices()) {
            return null;
        }
        AssetEvent proposal = Asset.openOperatorProposal(asset.history());
        String subject = proposal == null ? null
                : AssetNoticeTypes.operatorChangeSubject(asset.state().id(), proposal.seq());
        return subject == null || hasLiveNotice(AssetNoticeTypes.OPERATOR_CHANGE, subject) ? null : subject;
    }

    private boolean mayDraftNotices() {
        return AccessPolicy.permits(caller.get(), Action.DRAFT_NOTICE, asset.state().naturalVillage().county());
    }

    public List<NoticeView> getAssetNotices() {
        return assetNotices;
    }

    private Disposal openDisposal() {
        return asset.disposals().stream().filter(d -> d.status().isOpen()).reduce((a, b) -> b).orElse(null);
    }

    /** Opens the step's dialog with its form prefilled as far as the asset allows. */
    public void prepare(AssetPageStep step) {
        pending = step;
        form = new AssetStepForm();
        form.setOn(clock.today());
        Asset.State s = asset.state();
        switch (step) {
            case OWNERSHIP -> {
                form.setOwnerLevel(s.ownerLevel() == null ? OwnerLevel.VILLAGE : s.ownerLevel());
                form.setSupervisingDepartment(s.supervisingDepartment());
            }
            case HANDOVER -> {
                form.setAssetList(s.name() + " " + (s.quantity() == null ? "" : text.share(s.quantity()) + " ")
                        + (s.unit() == null ? "" : s.unit()));
                form.setBookedOn(clock.today());
            }
            case OPERATION -> {
                form.setMode(s.operationMode());
                form.setOperator(s.operator());
                form.setContractFrom(s.contractFrom());
                form.setContractTo(s.contractTo());
                form.setExpectedAnnualIncome(s.expectedAnnualIncome() == null ? null
                        : s.expectedAnnualIncome().toString());
            }
            case MAINTENANCE -> form.setCaretaker(s.caretaker());
            case INCOME -> {
                form.setIncomeKind(s.operationMode() == OperationMode.LEASE ? IncomeKind.RENT : null);
                form.setPayer(s.operator());
            }
            case STATUS -> {
                form.setStatus(s.status());
                form.setFourBatch(s.fourBatch());
            }
            default -> {
                // the other steps start blank but for their date
            }
        }
    }

    /** The 确权 dialog offers the household picker only at the level 农户 (the register refuses it elsewhere). */
    public boolean isHouseholdLevel() {
        return form.getOwnerLevel() == OwnerLevel.HOUSEHOLD;
    }

    /** The picker's suggestions: the asset's village's households by head's name or number, ID numbers masked. */
    public List<HouseholdChoice> completeHousehold(String typed) {
        if (asset == null) {
            return List.of();
        }
        try {
            List<HouseholdChoice> found = register.householdOwners(caller.get(), asset.state().id(), typed,
                    HOUSEHOLD_PICKER_SIZE);
            found.forEach(h -> offeredHouseholds.put(h.id(), h));
            return found;
        } catch (LedgerException e) {
            return List.of();
        }
    }

    /** "李四 · 532922101201-0007 · 5329**********1238 · 上村组" */
    public String householdLabel(HouseholdChoice h) {
        return h == null ? "" : h.headName() + " · " + h.householdNo() + " · " + h.idNumber() + " · "
                + h.naturalVillageName();
    }

    /** A household picked: the owner is named as the register names its head (the clerk may still change it). */
    public void householdPicked() {
        HouseholdChoice h = form.getHousehold();
        if (h != null) {
            form.setOwnerName(h.headName());
        }
    }

    /** Keeps the picked household between requests by its id, from the suggestions this view offered. */
    public Converter<HouseholdChoice> getHouseholdConverter() {
        return new Converter<>() {
            @Override
            public HouseholdChoice getAsObject(FacesContext context, UIComponent component, String value) {
                return value == null || !value.matches("\\d{1,18}") ? null
                        : offeredHouseholds.get(Long.valueOf(value));
            }

            @Override
            public String getAsString(FacesContext context, UIComponent component, HouseholdChoice value) {
                return value == null ? "" : String.valueOf(value.id());
            }
        };
    }

    /** Sends the open step; on success the page opens again with the asset as it now stands. */
    public String take() {
        if (pending == null || asset == null) {
            return null;
        }
        long assetId = asset.state().id();
        Caller c = caller.get();
        try {
            switch (pending) {
                case OWNERSHIP -> {
                    AssetRequests.Ownership b = new AssetRequests.Ownership();
                    b.ownerLevel = form.getOwnerLevel();
                    HouseholdChoice household = isHouseholdLevel() ? form.getHousehold() : null;
                    if (isHouseholdLevel() && household == null) {
                        // the API takes a 农户 owner by name alone; the page asks for the register's household
                        FieldErrors.at(FORM + "household", UiText.get("asset.field.household"),
                                UiText.get("asset.required"));
                        return null;
                    }
                    if (!blank(form.getOwnerName()) || household != null) {
                        AssetRequests.OwnerBody o = new AssetRequests.OwnerBody();
                        o.entityName = form.getOwnerName();
                        o.householdId = household == null ? null : household.id();
                        o.share = "1";
                        b.owners = List.of(o);
                    }
                    b.supervisingDepartment = form.getSupervisingDepartment();
                    b.decisionRef = form.getDecisionRef();
                    b.confirmedOn = form.getOn();
                    register.confirmOwnership(c, assetId, valid(b).toForm());
                }
                case HANDOVER -> {
                    AssetRequests.HandoverBody b = new AssetRequests.HandoverBody();
                    b.fromUnit = form.getFromUnit();
                    b.assetList = form.getAssetList();
                    b.acceptanceReportRef = form.getAcceptanceReportRef();
                    b.archiveList = form.getArchiveList();
                    b.handedOverOn = form.getOn();
                    b.bookedOn = form.getBookedOn();
                    register.signHandover(c, assetId, valid(b).toTerms());
                }
                case CONFIRMATION -> {
                    AssetRequests.Confirmation b = new AssetRequests.Confirmation();
                    b.opinion = form.getOpinion();
                    b.confirmedOn = form.getOn();
                    valid(b);
                    Handover h = asset.handovers().get(asset.handovers().size() - 1);
                    register.confirmHandover(c, assetId, h.id(), blank(b.opinion) ? null : b.opinion.strip(),
                            b.confirmedOn);
                }
                case OPERATION -> {
                    AssetRequests.Operation b = new AssetRequests.Operation();
                    b.mode = form.getMode();
                    b.operator = form.getOperator();
                    b.contractFrom = form.getContractFrom();
                    b.contractTo = form.getContractTo();
                    b.expectedAnnualIncome = money("expectedAnnualIncome", form.getExpectedAnnualIncome());
                    b.contractRef = form.getContractRef();
                    b.villageDecisionRef = form.getVillageDecisionRef();
                    b.townshipApprovalRef = form.getTownshipApprovalRef();
                    b.operatedFrom = form.getOn();
                    register.setOperation(c, assetId, valid(b).toTerms());
                }
                case OPERATOR_CHANGE -> {
                    AssetRequests.OperatorChange b = new AssetRequests.OperatorChange();
                    b.operator = form.getOperator();
                    b.villageDecisionRef = form.getVillageDecisionRef();
                    b.proposedOn = form.getOn();
                    register.proposeOperatorChange(c, assetId, valid(b).toProposal());
                }
                case MAINTENANCE -> {
                    AssetRequests.Maintenance b = new AssetRequests.Maintenance();
                    b.caretaker = form.getCaretaker();
                    b.maintainedOn = form.getOn();
                    b.work = form.getWork();
                    b.cost = money("cost", form.getCost());
                    b.doneBy = form.getDoneBy();
                    register.recordMaintenance(c, assetId, valid(b).toUpkeep());
                }
                case INCOME -> {
                    AssetIncomeRequest b = new AssetIncomeRequest();
                    b.kind = form.getIncomeKind();
                    b.receivedOn = form.getOn();
                    b.payer = form.getPayer();
                    b.amount = money("amount", form.getAmount());
                    b.receiptNo = form.getReceiptNo();
                    b.periodFrom = form.getPeriodFrom();
                    b.periodTo = form.getPeriodTo();
                    incomes.record(c, assetId, valid(b).toReceipt(), null);
                }
                case STATUS -> {
                    AssetRequests.Status b = new AssetRequests.Status();
                    b.status = form.getStatus();
                    b.fourBatch = form.getFourBatch();
                    b.measure = form.getMeasure();
                    b.documentRef = form.getDocumentRef();
                    b.statusOn = form.getOn();
                    register.setStatus(c, assetId, valid(b).toChange());
                }
                case DISPOSAL -> {
                    AssetRequests.DisposalBody b = new AssetRequests.DisposalBody();
                    b.method = form.getMethod();
                    b.reason = form.getReason();
                    b.appraisedValue = money("appraisedValue", form.getAppraisedValue());
                    b.proceedsUse = form.getProceedsUse();
                    b.documentRef = form.getDocumentRef();
                    b.proposedOn = form.getOn();
                    register.proposeDisposal(c, assetId, valid(b).toProposal());
                }
                default -> {
                    AssetRequests.DisposalAction b = new AssetRequests.DisposalAction();
                    b.decisionRef = form.getDecisionRef();
                    b.opinion = form.getOpinion();
                    b.proceeds = money("proceeds", form.getProceeds());
                    b.decidedOn = form.getOn();
                    Disposal open = openDisposal();
                    if (open == null) {
                        UiText.error("asset.noOpenDisposal");
                        return null;
                    }
                    register.takeDisposalStep(c, assetId, open.id(), pending.disposalStep(), valid(b).toTerms());
                }
            }
        } catch (BadFigure figure) {
            return null;
        } catch (LedgerException e) {
            FieldErrors.refused(e, "stepProblems", fields());
            return null;
        }
        FacesMessages.info(UiText.get("asset.stepDone", stepLabel(pending)));
        UiText.keepMessages();
        return "asset?faces-redirect=true&id=" + assetId;
    }

    /** An amount as the API takes it: blank is none; anything else must be an amount, else it is refused here. */
    private String money(String field, String typed) {
        if (blank(typed)) {
            return null;
        }
        Money m = MoneyText.parse(typed);
        if (m == null) {
            FieldErrors.at(FORM + field, UiText.get("asset.field." + field), UiText.get("asset.amountFormat"));
            throw new BadFigure();
        }
        return m.toString();
    }

    /** A typed amount the page refused by its field (the message is already there). */
    private static final class BadFigure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadFigure() {
            super(null, null, false, false);
        }
    }

    private <T> T valid(T body) {
        return checks.valid(body, localeView.getLocale());
    }

    /** The API's field names → the dialog's inputs and their labels; every step's date is the one date field. */
    private Map<String, String[]> fields() {
        Map<String, String[]> f = new HashMap<>();
        for (String date : List.of("confirmedOn", "handedOverOn", "operatedFrom", "maintainedOn", "statusOn",
                "proposedOn", "decidedOn", "receivedOn", "date")) {
            f.put(date, new String[] {FORM + "on", dateLabel()});
        }
        for (String field : List.of("supervisingDepartment", "decisionRef", "ownerLevel", "fromUnit", "assetList",
                "acceptanceReportRef", "archiveList", "bookedOn", "opinion", "mode", "operator", "contractFrom",
                "contractTo", "expectedAnnualIncome", "contractRef", "villageDecisionRef", "townshipApprovalRef",
                "caretaker", "work", "cost", "doneBy", "status", "fourBatch", "measure", "documentRef", "method",
                "reason", "appraisedValue", "proceedsUse", "proceeds", "payer", "amount", "receiptNo", "periodFrom",
                "periodTo")) {
            f.put(field, new String[] {FORM + field, UiText.get("asset.field." + field)});
        }
        if (isDisposalStep()) {
            f.put("decisionRef", new String[] {FORM + "stepDecisionRef", UiText.get("asset.field.decisionRef")});
        }
        f.put("kind", new String[] {FORM + "incomeKind", UiText.get("asset.field.kind")});
        String[] owner = {FORM + "ownerName", UiText.get("asset.field.ownerName")};
        f.put("owners", owner);
        f.put("owners[0].entityName", owner);
        f.put("owners[0].householdId", new String[] {FORM + "household", UiText.get("asset.field.household")});
        return f;
    }

    public String stepLabel(AssetPageStep step) {
        return step == null ? "" : UiText.get("asset.step." + step.key());
    }

    /** The label of the open step's date: 确权日期, 移交日期 … */
    public String dateLabel() {
        return pending == null ? UiText.get("asset.field.on") : UiText.get("asset.stepDate." + pending.key());
    }

    /** "运营方式：租赁 · 运营主体：某合作社": the event's particulars by label, codes by their labels. */
    public String eventDetails(AssetEvent e) {
        List<String> parts = new ArrayList<>();
        for (String key : SHOWN_DETAILS) {
            String value = e.details().get(key);
            if (value == null || value.isBlank()) {
                continue;
            }
            if (CODED.containsKey(key)) {
                value = codeLabel(CODED.get(key), value);
            } else if (MONEY_DETAILS.contains(key)) {
                Money m = Money.parse(value);
                value = m == null ? value : MoneyText.show(m);
            }
            parts.add(UiText.get("asset.field." + key) + "：" + value);
        }
        if (e.kind() == AssetEventKind.OWNERSHIP_CONFIRMED) {
            List<String> owners = e.details().entrySet().stream().filter(d -> d.getKey().startsWith("owner."))
                    .map(Map.Entry::getValue).toList();
            if (!owners.isEmpty()) {
                parts.add(UiText.get("asset.field.ownerName") + "：" + String.join("、", owners));
            }
        }
        return String.join(" · ", parts);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private String codeLabel(Class<? extends Enum<?>> type, String code) {
        try {
            return text.label(Enum.valueOf((Class) type, code));
        } catch (IllegalArgumentException | MissingResourceException e) {
            return code;
        }
    }

    /** The name the history gives the one who took the step of {@code kind} that names this 移交书 or disposal. */
    public String actorOf(String kind, String key, Long recordId) {
        AssetEventKind k = AssetEventKind.valueOf(kind);
        return asset.history().stream().filter(e -> e.kind() == k
                && Objects.equals(e.details().get(key), String.valueOf(recordId)))
                .map(AssetEvent::actorName).reduce((a, b) -> b).orElse("");
    }

    public String projectName(long projectId) {
        return asset.sources().stream().filter(s -> s.projectId() == projectId).map(AssetView.Source::projectName)
                .findFirst().orElse("");
    }

    public String sourceLabel(ValuePart part) {
        return UiText.get("project.fundsource." + part.source().name());
    }

    public Money getValueTotal() {
        return asset.values().stream().map(ValuePart::amount).reduce(Money.ZERO, Money::plus);
    }

    public List<Handover> getHandovers() {
        return asset == null ? List.of() : asset.handovers();
    }

    public List<Disposal> getDisposals() {
        return asset == null ? List.of() : asset.disposals();
    }

    public boolean isDisposalStep() {
        return pending != null && pending.disposalStep() != null;
    }

    public java.time.LocalDate getToday() {
        return clock.today();
    }

    public OwnerLevel[] getOwnerLevels() {
        return OwnerLevel.values();
    }

    /** The asset's receipts and, per year, expected against received. */
    public AssetIncomeLedger getIncome() {
        return income;
    }

    /** The kinds a receipt may be entered as (处置收入 is posted by the disposal's completion). */
    public List<IncomeKind> getIncomeKinds() {
        return Arrays.stream(IncomeKind.values()).filter(k -> k != IncomeKind.DISPOSAL_PROCEEDS).toList();
    }

    public OperationMode[] getModes() {
        return OperationMode.values();
    }

    /** Every status but 已处置, which only a completed disposal sets. */
    public List<AssetStatus> getStatuses() {
        return java.util.Arrays.stream(AssetStatus.values()).filter(s -> s != AssetStatus.DISPOSED).toList();
    }

    public FourBatch[] getFourBatches() {
        return FourBatch.values();
    }

    public DisposalMethod[] getMethods() {
        return DisposalMethod.values();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
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

    public AssetView getAsset() {
        return asset;
    }

    public Asset.State getState() {
        return asset == null ? null : asset.state();
    }

    public String getPlaceName() {
        return placeName;
    }

    public List<AssetPageStep> getSteps() {
        return steps;
    }

    public AssetPageStep getPending() {
        return pending;
    }

    public AssetStepForm getForm() {
        return form;
    }
}
