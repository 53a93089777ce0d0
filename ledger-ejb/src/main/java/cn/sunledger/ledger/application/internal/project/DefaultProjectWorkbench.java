package cn.sunledger.ledger.application.internal.project;

import cn.sunledger.ledger.application.project.ProjectWorkbench;
import cn.sunledger.ledger.domain.model.project.Project;
import cn.sunledger.ledger.domain.model.project.ProjectAction;
import cn.sunledger.ledger.domain.service.access.AccessPolicy;
import cn.sunledger.ledger.domain.service.access.Action;
import cn.sunledger.ledger.domain.service.access.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;

@ApplicationScoped
@Transactional
public class DefaultProjectWorkbench implements ProjectWorkbench {

    @Inject
    ProjectStore projects;

    @Inject
    LibraryApprover approver;

    @Inject
    DefaultProjectAdjustments adjustments;

    @Override
    public List<ProjectAction> availableActions(Caller caller, long id) {
        Project project = projects.find(id);
        AccessPolicy.require(caller, Action.VIEW_PROJECTS, project.village());
        return Arrays.stream(ProjectAction.values())
                .filter(a -> a.allowedFrom(project.status()))
                .filter(a -> AccessPolicy.permits(caller, Action.forProject(a), project.village()))
                .filter(a -> a != ProjectAction.ADJUST || mayApplyAdjustment(caller, project))
                .toList();
    }

    /**
     * ADJUST_PROJECT names every role that may ever decide an adjustment; the step is the caller's only when
     * an adjustment is pending and the caller holds the role that put this project into the library.
     */
    private boolean mayApplyAdjustment(Caller caller, Project project) {
        return caller.role() == approver.of(project) && adjustments.hasPending(project.id());
    }
}
