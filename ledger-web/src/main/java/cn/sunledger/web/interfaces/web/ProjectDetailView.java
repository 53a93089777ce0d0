package cn.sunledger.web.interfaces.web;

import cn.sunledger.ledger.application.RegionDirectory;
import cn.sunledger.ledger.application.project.AcceptanceForm;
import cn.sunledger.ledger.application.project.AcceptanceView;
import cn.sunledger.ledger.application.project.ActionForm;
import cn.sunledger.ledger.application.project.AdjustmentView;
import cn.sunledger.ledger.application.project.CategoryView;
import cn.sunledger.ledger.application.project.ProjectAdjustments;
import cn.sunledger.ledger.application.project.ProjectEntry;
import cn.sunledger.ledger.application.project.ProjectFunds;
import cn.sunledger.ledger.application.project.ProjectLibrary;
import cn.sunledger.ledger.application.project.ProjectMoney;
import cn.sunledger.ledger.application.project.ProjectView;
import cn.sunledger.ledger.application.project.ProjectWorkbench;
import cn.sunledger.ledger.application.project.TransitionView;
import cn.sunledger.ledger.domain.model.fund.EntryKind;
import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.project.Indicator;
import cn.sunledger.ledger.domain.model.project.IndicatorKind;
import cn.sunledger.ledger.domain.model.project.LinkageType;
import cn.sunledger.ledger.domain.model.project.Nature;
import cn.sunledger.ledger.domain.model.project.ProjectAction;
import cn.sunledger.ledger.domain.model.project.ProjectStatus;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Messages;
import cn.sunledger.ledger.domain.model.shared.Violation;
import cn.sunledger.ledger.domain.service.access.AccessPolicy;
import cn.sunledger.ledger.domain.service.access.Action;
import cn.sunledger.ledger.domain.service.access.Caller;
import cn.sunledger.ledger.infrastructure.time.BusinessClock;
import cn.sunledger.web.interfaces.rest.BeanChecks;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One project ({@code project.xhtml?id=}, or without id a new one): the record, the create/edit form of a
 * DRAFT — the same form proposes an adjustment (调整) of a library project —, the steps the caller may take now
 * (asked of the workbench, so new steps appear by themselves) with their opinion dialog, and the history of
 * transitions. The adjustments panel is {@link ProjectAdjustmentView}.
 */
@Named
@ViewScoped
public class ProjectDetailView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Pattern ACTUAL_FIELD = Pattern.compile("indicatorActuals\\[(\\d+)]\\.actual");

    @Inject
    BusinessClock clock;

    @Inject
    transient ProjectLibrary library;

    @Inject
    transient ProjectWorkbench workbench;

    @Inject
    transient ProjectAdjustments adjustments;

    @Inject
    transient ProjectFunds funds;

    @Inject
    transient RegionDirectory regions;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient BeanChecks checks;

    @Inject
    LocaleView localeView;

    private Long id;
    private ProjectView project;
    private List<ProjectAction> actions = List.of();
    private List<TransitionView> history = List.of();
    private ProjectMoney money;
    private List<ProjectEntry> entries = List.of();
    private AcceptanceView acceptance;
    private boolean editing;
    private boolean adjusting;
    private String reason;
    private String countyName;
    private ProjectForm form;
    private List<SelectItem> categoryItems = List.of();
    private List<SelectItem> villageItems = List.of();
    private List<SelectItem> naturalVillageItems = List.of();

    private ProjectAction pending;
    private String opinion;
    private String decisionRef;
    private LocalDate decidedOn;
    private String acceptanceReportRef;
    private List<ActualRow> actuals = List.of();

    /** The view action: a project to read, or a blank form for a new one. */
    public void load() {
        try {
            if (id == null) {
                Caller c = caller.get();
                AccessPolicy.require(c, Action.DRAFT_PROJECT);
                prepareOptions();
                String village = villageItems.size() == 1 ? (String) villageItems.get(0).getValue() : null;
                form = ProjectForm.blank(clock.today().getYear(), village);
                onVillageChange();
                editing = true;
            } else {
                reload();
            }
        } catch (LedgerException e) {
            project = null;
            form = null;
            FacesMessages.refused(e);
        }
    }

    /** Reads the project, its steps and history again after something changed it on this page. */
    public void reload() {
        Caller c = caller.get();
        project = library.get(c, id);
        actions = workbench.availableActions(c, id);
        history = library.history(c, id);
        money = funds.of(c, id);
        entries = funds.entries(c, id);
        acceptance = library.acceptance(c, id).orElse(null);
    }

    public boolean isEditable() {
        return project != null && project.status() == ProjectStatus.DRAFT
                && AccessPolicy.permits(caller.get(), Action.DRAFT_PROJECT, RegionCode.of(project.villageCode()));
    }

    public void edit() {
        if (!isEditable()) {
            return;
        }
        prepareOptions();
        form = ProjectForm.of(project);
        naturalVillageItems = naturalVillages(form.getVillageCode());
        editing = true;
    }

    /**
     * Opens the form prefilled with the current record as a proposed adjustment, with a reason. County, year
     * and the emergency flag stay as they are (the form shows them read-only); the village may change within
     * the county.
     */
    public void proposeAdjustment() {
        if (project == null) {
            return;
        }
        Caller c = caller.get();
        prepareOptions();
        RegionCode county = RegionCode.of(project.countyCode());
        villageItems = VillageChoices.ofCounty(regions, c, county);
        countyName = regions.get(c, county).name();
        form = ProjectForm.of(project);
        naturalVillageItems = naturalVillages(form.getVillageCode());
        reason = null;
        adjusting = true;
        editing = true;
    }

    public void cancelEdit() {
        editing = false;
        adjusting = false;
        form = null;
    }

    /** Saves through the same checks as the API: Bean Validation of the request, then the library's rules. */
    public String save() {
        try {
            var request = checks.valid(form.toRequest(), localeView.getLocale());
            if (adjusting) {
                AdjustmentView proposed = adjustments.propose(caller.get(), id, request.toDetails(), reason);
                FacesMessages.info(UiText.get("adjustment.proposed", project.code(),
                        ProjectAdjustmentView.roleName(proposed.requiredApprover(), localeView.isEnglish())));
                UiText.keepMessages();
                return "project?faces-redirect=true&id=" + id;
            }
            ProjectView saved = id == null ? library.create(caller.get(), request.toDetails())
                    : library.update(caller.get(), id, request.toDetails(), project.version());
            FacesMessages.info(UiText.get("project.saved", saved.code()));
            UiText.keepMessages();
            return "project?faces-redirect=true&id=" + saved.id();
        } catch (LedgerException e) {
            FacesMessages.refused(e);
            return null;
        }
    }

    private void prepareOptions() {
        Caller c = caller.get();
        List<CategoryView> all = library.categories();
        List<SelectItem> items = new ArrayList<>();
        for (CategoryView top : all.stream().filter(x -> x.parentCode() == null).toList()) {
            List<CategoryView> subs = all.stream().filter(x -> top.code().equals(x.parentCode())).toList();
            if (subs.isEmpty()) {
                items.add(new SelectItem(top.code(), top.name()));
            } else {
                for (CategoryView sub : subs) {
                    items.add(new SelectItem(sub.code(), top.name() + " · " + sub.name()));
                }
            }
        }
        categoryItems = items;
        villageItems = VillageChoices.forDrafting(regions, c);
    }

    private List<SelectItem> naturalVillages(String village) {
        return VillageChoices.naturalVillages(regions, caller.get(), village);
    }

    public void onVillageChange() {
        naturalVillageItems = naturalVillages(form.getVillageCode());
        form.getNaturalVillageCodes().removeIf(code -> naturalVillageItems.stream()
                .noneMatch(i -> code.equals(i.getValue())));
    }

    /** Opens the dialog for a step. */
    public void prepare(ProjectAction action) {
        pending = action;
        opinion = null;
        decisionRef = null;
        decidedOn = clock.today();
        acceptanceReportRef = null;
        actuals = new ArrayList<>();
        if (action == ProjectAction.ACCEPT && project != null) {
            for (Indicator i : project.indicators()) {
                actuals.add(new ActualRow(i));
            }
        }
    }

    /** Takes the pending step; a refusal (403, 409 with the notice's reason, 422) stays on the page. */
    public void confirm() {
        if (pending == null) {
            return;
        }
        boolean accepting = pending == ProjectAction.ACCEPT;
        try {
            library.act(caller.get(), id, pending, new ActionForm(opinion, decisionRef, decidedOn,
                    accepting ? acceptanceForm() : null));
            FacesMessages.info(UiText.get("project.actionDone", actionLabel(pending)));
            pending = null;
            reload();
        } catch (LedgerException e) {
            if (accepting && !e.violations().isEmpty()) {
                refusedByField(e);
            } else {
                FacesMessages.refused(e);
            }
        }
    }

    private AcceptanceForm acceptanceForm() {
        List<AcceptanceForm.IndicatorActual> given = new ArrayList<>();
        for (int i = 0; i < actuals.size(); i++) {
            given.add(new AcceptanceForm.IndicatorActual(i, actuals.get(i).getActual()));
        }
        return new AcceptanceForm(acceptanceReportRef, given);
    }

    /** The acceptance's refusals by the fields they concern (the report reference, an indicator's actual). */
    private static void refusedByField(LedgerException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot().getLocale();
        for (Violation v : e.violations()) {
            Matcher actual = ACTUAL_FIELD.matcher(v.field() == null ? "" : v.field());
            String clientId = "acceptanceReportRef".equals(v.field()) ? "actionDialogForm:acceptanceReportRef"
                    : actual.matches() ? "actionDialogForm:actuals:" + actual.group(1) + ":actual" : null;
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.format(locale, v.messageKey(), v.args()), null));
        }
        faces.validationFailed();
    }

    /** One indicator's row of the accept dialog: its name, target and unit, and the actual value entered. */
    public static final class ActualRow implements Serializable {

        private static final long serialVersionUID = 1L;
        private final String kind;
        private final String name;
        private final String target;
        private final String unit;
        private String actual;

        ActualRow(Indicator i) {
            this.kind = i.kind().name();
            this.name = i.name();
            this.target = i.target();
            this.unit = i.unit();
        }

        public String getKind() {
            return kind;
        }

        public String getName() {
            return name;
        }

        public String getTarget() {
            return target;
        }

        public String getUnit() {
            return unit;
        }

        public String getActual() {
            return actual;
        }

        public void setActual(String actual) {
            this.actual = actual;
        }
    }

    /** The step's name in the page's language; a step without a label of its own shows its API name. */
    public String actionLabel(ProjectAction action) {
        try {
            return UiText.get("project.action." + action.pathName());
        } catch (MissingResourceException e) {
            return action.pathName();
        }
    }

    /** "return", "remove" and "roll-over" must say why (the library refuses them otherwise). */
    public boolean isOpinionRequired() {
        return pending == ProjectAction.RETURN || pending == ProjectAction.REMOVE || pending == ProjectAction.ROLL_OVER;
    }

    public String statusLabel(ProjectStatus status) {
        return status == null ? "" : UiText.get("project.status." + status.name());
    }

    public String enumLabel(Enum<?> value) {
        if (value == null) {
            return "";
        }
        return UiText.get("project." + value.getDeclaringClass().getSimpleName().toLowerCase(java.util.Locale.ROOT) + "." + value.name());
    }

    public String actionLabelOf(String pathName) {
        ProjectAction a = ProjectAction.fromPath(pathName);
        return a == null ? pathName : actionLabel(a);
    }

    public String naturalVillageNames() {
        if (project == null) {
            return "";
        }
        var names = regions.children(caller.get(), RegionCode.of(project.villageCode()));
        List<String> out = new ArrayList<>();
        for (String code : project.naturalVillageCodes().stream().sorted().toList()) {
            out.add(names.stream().filter(n -> n.code().equals(code)).map(n -> n.name() + " " + code).findFirst()
                    .orElse(code));
        }
        return String.join("、", out);
    }

    /** "2026-11-23 15:27" in the business time zone. */
    public String time(java.time.OffsetDateTime at) {
        return at == null ? "" : at.atZoneSameInstant(ZONE).format(java.time.format.DateTimeFormatter
                .ofPattern("yyyy-MM-dd HH:mm"));
    }

    public FundSource[] getFundSources() {
        return FundSource.values();
    }

    public IndicatorKind[] getIndicatorKinds() {
        return IndicatorKind.values();
    }

    public LinkageType[] getLinkageTypes() {
        return LinkageType.values();
    }

    public Nature[] getNatures() {
        return Nature.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ProjectView getProject() {
        return project;
    }

    public List<ProjectAction> getActions() {
        return actions;
    }

    /** The generic step buttons: an adjustment is decided in the adjustments panel, with its changes in view. */
    public List<ProjectAction> getStepActions() {
        return actions.stream().filter(a -> a != ProjectAction.ADJUST).toList();
    }

    public List<TransitionView> getHistory() {
        return history;
    }

    public ProjectMoney getMoney() {
        return money;
    }

    public List<ProjectEntry> getEntries() {
        return entries;
    }

    public AcceptanceView getAcceptance() {
        return acceptance;
    }

    public boolean isAccepting() {
        return pending == ProjectAction.ACCEPT;
    }

    public String getAcceptanceReportRef() {
        return acceptanceReportRef;
    }

    public void setAcceptanceReportRef(String acceptanceReportRef) {
        this.acceptanceReportRef = acceptanceReportRef;
    }

    public List<ActualRow> getActuals() {
        return actuals;
    }

    /** An entry kind's label in the page's language (资金分配, 资金拨付, 红字冲销 …). */
    public String entryKindLabel(EntryKind kind) {
        return kind == null ? "" : UiText.get("project.entrykind." + kind.name());
    }

    /** An indicator kind's label from its name, as the accept dialog keeps it. */
    public String indicatorKindLabel(String kind) {
        return kind == null ? "" : UiText.get("project.indicatorkind." + kind);
    }

    public boolean isEditing() {
        return editing;
    }

    public boolean isAdjusting() {
        return adjusting;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getCountyName() {
        return countyName;
    }

    public ProjectForm getForm() {
        return form;
    }

    public List<SelectItem> getCategoryItems() {
        return categoryItems;
    }

    public List<SelectItem> getVillageItems() {
        return villageItems;
    }

    public List<SelectItem> getNaturalVillageItems() {
        return naturalVillageItems;
    }

    public ProjectAction getPending() {
        return pending;
    }

    public String getOpinion() {
        return opinion;
    }

    public void setOpinion(String opinion) {
        this.opinion = opinion;
    }

    public String getDecisionRef() {
        return decisionRef;
    }

    public void setDecisionRef(String decisionRef) {
        this.decisionRef = decisionRef;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }
}
