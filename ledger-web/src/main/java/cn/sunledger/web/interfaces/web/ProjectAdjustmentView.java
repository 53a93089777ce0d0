package cn.sunledger.web.interfaces.web;

import cn.sunledger.ledger.application.project.ActionForm;
import cn.sunledger.ledger.application.project.AdjustmentView;
import cn.sunledger.ledger.application.project.ProjectAdjustments;
import cn.sunledger.ledger.application.project.ProjectLibrary;
import cn.sunledger.ledger.application.project.ProjectView;
import cn.sunledger.ledger.domain.model.project.AdjustmentStatus;
import cn.sunledger.ledger.domain.model.project.FieldChange;
import cn.sunledger.ledger.domain.model.project.ProjectAction;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.user.Role;
import cn.sunledger.ledger.domain.service.access.AccessPolicy;
import cn.sunledger.ledger.domain.service.access.Action;
import cn.sunledger.ledger.infrastructure.time.BusinessClock;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * The adjustments (调整) panel of the project page: the pending adjustment field by field (before → after),
 * the decided ones, and — for the project's library approver only, as the workbench decides — approving it
 * (the {@code adjust} step) or rejecting it with an opinion. Proposing uses the project form of
 * {@link ProjectDetailView}.
 */
@Named
@ViewScoped
public class ProjectAdjustmentView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Field codes of {@link FieldChange} whose ui label is not {@code project.<field>}. */
    private static final Map<String, String> FIELD_LABELS = Map.of("categoryCode", "project.category",
            "naturalVillageCodes", "project.naturalVillages", "plannedInvestment", "project.funds");

    /** What the decision dialog will do. */
    public enum Decision { APPROVE, REJECT }

    @Inject
    BusinessClock clock;

    @Inject
    transient ProjectAdjustments adjustments;

    @Inject
    transient ProjectLibrary library;

    @Inject
    transient CurrentCaller caller;

    @Inject
    ProjectDetailView detail;

    @Inject
    LocaleView localeView;

    private List<AdjustmentView> all;
    private Decision decision;
    private String opinion;
    private String decisionRef;
    private LocalDate decidedOn;

    /** Every adjustment of the project on the page, newest first, read once per change of the page. */
    public List<AdjustmentView> getAll() {
        if (all == null) {
            all = detail.getProject() == null ? List.of() : adjustments.list(caller.get(), detail.getId());
        }
        return all;
    }

    public AdjustmentView getPending() {
        return getAll().stream().filter(a -> a.status() == AdjustmentStatus.PENDING).findFirst().orElse(null);
    }

    public List<AdjustmentView> getDecided() {
        return getAll().stream().filter(a -> a.status() != AdjustmentStatus.PENDING).toList();
    }

    /** The county rural bureau of the project's region, on a library or planned project with nothing pending. */
    public boolean isProposable() {
        ProjectView p = detail.getProject();
        return p != null && ProjectAction.ADJUST.allowedFrom(p.status())
                && AccessPolicy.permits(caller.get(), Action.PROPOSE_PROJECT_ADJUSTMENT, RegionCode.of(p.villageCode()))
                && getPending() == null;
    }

    /** The workbench offers {@code adjust} only to the project's library approver while one is pending. */
    public boolean isDecidable() {
        return getPending() != null && detail.getActions().contains(ProjectAction.ADJUST);
    }

    public void prepareApprove() {
        prepare(Decision.APPROVE);
    }

    public void prepareReject() {
        prepare(Decision.REJECT);
    }

    private void prepare(Decision d) {
        decision = d;
        opinion = null;
        decisionRef = null;
        decidedOn = clock.today();
    }

    /** Applies or rejects the pending adjustment; a refusal (403, 409, 400 without opinion) stays in the dialog. */
    public void confirm() {
        AdjustmentView pending = getPending();
        if (decision == null || pending == null) {
            return;
        }
        ActionForm form = new ActionForm(opinion, decisionRef, decidedOn);
        try {
            if (decision == Decision.APPROVE) {
                library.act(caller.get(), detail.getId(), ProjectAction.ADJUST, form);
                FacesMessages.info(UiText.get("adjustment.applied", detail.getProject().code()));
            } else {
                adjustments.reject(caller.get(), detail.getId(), pending.id(), form);
                FacesMessages.info(UiText.get("adjustment.rejectedDone", detail.getProject().code()));
            }
            decision = null;
            all = null;
            detail.reload();
        } catch (LedgerException e) {
            FacesMessages.refused(e);
        }
    }

    /** "待州级主管部门审定": who decides, for everyone else. */
    public String awaiting(AdjustmentView a) {
        return UiText.get("adjustment.awaiting", roleName(a.requiredApprover(), localeView.isEnglish()));
    }

    public String statusLabel(AdjustmentStatus status) {
        return UiText.get("adjustment.status." + status.name());
    }

    /** The field's label in the page's language; the library's Chinese label where the ui bundle has none. */
    public String fieldLabel(FieldChange change) {
        try {
            return UiText.get(FIELD_LABELS.getOrDefault(change.field(), "project." + change.field()));
        } catch (MissingResourceException e) {
            return change.label();
        }
    }

    public String roleLabel(String role) {
        return roleName(role, localeView.isEnglish());
    }

    static String roleName(String role, boolean english) {
        if (role == null) {
            return "";
        }
        try {
            Role r = Role.valueOf(role);
            return english ? r.englishName() : r.chineseName();
        } catch (IllegalArgumentException e) {
            return role;
        }
    }

    public Decision getDecision() {
        return decision;
    }

    public boolean isRejecting() {
        return decision == Decision.REJECT;
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
