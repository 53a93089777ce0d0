package cn.sunledger.ledger.application.internal.project;

import cn.sunledger.ledger.application.project.ActionForm;
import cn.sunledger.ledger.application.project.AdjustmentView;
import cn.sunledger.ledger.application.project.ProjectAdjustments;
import cn.sunledger.ledger.domain.model.project.AdjustmentStatus;
import cn.sunledger.ledger.domain.model.project.FieldChange;
import cn.sunledger.ledger.domain.model.project.Project;
import cn.sunledger.ledger.domain.model.project.ProjectAction;
import cn.sunledger.ledger.domain.model.project.ProjectAdjustment;
import cn.sunledger.ledger.domain.model.project.ProjectDetails;
import cn.sunledger.ledger.domain.model.project.ProjectSnapshot;
import cn.sunledger.ledger.domain.model.project.ProjectStatus;
import cn.sunledger.ledger.domain.model.project.ProjectTransition;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.user.Role;
import cn.sunledger.ledger.domain.service.access.AccessPolicy;
import cn.sunledger.ledger.domain.service.access.Action;
import cn.sunledger.ledger.domain.service.access.Caller;
import cn.sunledger.ledger.infrastructure.audit.AuditActor;
import cn.sunledger.ledger.infrastructure.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Adjustments (调整): proposed by the county rural bureau, decided by the project's library approver. Applying
 * is the {@code adjust} step of the library (DefaultProjectLibrary routes it here); it changes the project row
 * (Envers audits it), records an ADJUST transition whose status stays, and keeps the changes for the notices.
 */
@ApplicationScoped
@Transactional
public class DefaultProjectAdjustments implements ProjectAdjustments {

    @Inject
    BusinessClock clock;

    @Inject
    ProjectStore projects;

    @Inject
    AdjustmentStore adjustments;

    @Inject
    LibraryApprover approver;

    @Inject
    ProjectReferences references;

    @Inject
    AuditActor auditActor;

    @Override
    public AdjustmentView propose(Caller caller, long projectId, ProjectDetails proposed, String reason) {
        Project project = projects.find(projectId);
        AccessPolicy.require(caller, Action.VIEW_PROJECTS, project.village());
        AccessPolicy.require(caller, Action.PROPOSE_PROJECT_ADJUSTMENT, project.village());
        project.requireAllowed(ProjectAction.ADJUST);
        if (adjustments.pending(projectId).isPresent()) {
            throw LedgerException.conflict("project.adjustmentPending", project.code());
        }
        project.requireAdjustable(proposed);
        references.check(proposed);
        if (ProjectSnapshot.of(project).changesTo(ProjectSnapshot.of(proposed)).isEmpty()) {
            throw LedgerException.rule("project.adjustmentChangesNothing", project.code());
        }
        auditActor.set(caller.username(), caller.role().name());
        ProjectAdjustment adjustment = new ProjectAdjustment(project, ProposalCodec.encode(proposed), reason,
                caller.username(), clock.preciseNow());
        adjustments.add(adjustment);
        return view(adjustment, project, approver.of(project));
    }

    @Override
    public List<AdjustmentView> list(Caller caller, long projectId) {
        Project project = projects.find(projectId);
        AccessPolicy.require(caller, Action.VIEW_PROJECTS, project.village());
        Role required = approver.of(project);
        return adjustments.of(projectId).stream().map(a -> view(a, project, required)).toList();
    }

    @Override
    public AdjustmentView reject(Caller caller, long projectId, long adjustmentId, ActionForm form) {
        Project project = projects.find(projectId);
        AccessPolicy.require(caller, Action.VIEW_PROJECTS, project.village());
        Role required = approver.require(caller, project);
        ProjectAdjustment adjustment = adjustments.find(projectId, adjustmentId);
        ActionForm f = form == null ? new ActionForm(null, null, null) : form;
        auditActor.set(caller.username(), caller.role().name());
        adjustment.rejected(caller.username(), caller.role().name(), clock.preciseNow(), f.opinion(),
                f.decisionRef(), f.decidedOn());
        adjustments.add(adjustment);
        return view(adjustment, project, required);
    }

    /**
     * The {@code adjust} step: 403 naming the approver for anyone else, 409 when the status does not allow it
     * or nothing is pending; then the record changes and the step is recorded.
     */
    public ProjectTransition apply(Caller caller, Project project, ActionForm form) {
        approver.require(caller, project);
        project.requireAllowed(ProjectAction.ADJUST);
        ProjectAdjustment pending = adjustments.pending(project.id())
                .orElseThrow(() -> LedgerException.conflict("project.noAdjustmentPending", project.code()));
        ProjectDetails proposed = ProposalCodec.decodeDetails(pending.proposal());
        references.check(proposed);
        List<FieldChange> changes = ProjectSnapshot.of(project).changesTo(ProjectSnapshot.of(proposed));
        ProjectStatus statusThen = project.status();
        LocalDateTime now = clock.preciseNow();
        auditActor.set(caller.username(), caller.role().name());
        ProjectTransition transition = project.adjust(proposed, caller.username(), caller.role().name(), now,
                form.opinion(), form.decisionRef(), form.decidedOn());
        pending.applied(ProposalCodec.encode(changes), statusThen, caller.username(), caller.role().name(), now,
                form.opinion(), form.decisionRef(), form.decidedOn());
        adjustments.add(pending);
        return transition;
    }

    /** Whether a project has an adjustment waiting (steps that end its life in this year's library wait too). */
    public boolean hasPending(long projectId) {
        return adjustments.pending(projectId).isPresent();
    }

    private static AdjustmentView view(ProjectAdjustment a, Project project, Role required) {
        List<FieldChange> changes = a.status() == AdjustmentStatus.APPLIED ? ProposalCodec.decodeChanges(a.changes())
                : ProjectSnapshot.of(project).changesTo(ProjectSnapshot.of(ProposalCodec.decodeDetails(a.proposal())));
        return new AdjustmentView(a.id(), a.projectId(), a.status(), a.reason(), a.proposedBy(), at(a.proposedAt()),
                changes, required.name(), a.decidedBy(), a.decidedRole(), at(a.decidedAt()), a.opinion(),
                a.decisionRef(), a.decidedOn());
    }

    private static OffsetDateTime at(LocalDateTime t) {
        return t == null ? null : t.atZone(DefaultProjectLibrary.ZONE).toOffsetDateTime();
    }
}
