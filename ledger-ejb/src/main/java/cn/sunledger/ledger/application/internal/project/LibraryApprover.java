package cn.sunledger.ledger.application.internal.project;

import cn.sunledger.ledger.domain.model.project.Project;
import cn.sunledger.ledger.domain.model.project.ProjectAction;
import cn.sunledger.ledger.domain.model.project.ProjectTransition;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.user.Role;
import cn.sunledger.ledger.domain.service.access.AccessPolicy;
import cn.sunledger.ledger.domain.service.access.Action;
import cn.sunledger.ledger.domain.service.access.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who decides an adjustment: an adjustment "goes back through the approver that approved it" (domain.md §3),
 * so the role that took the step putting the project into the library — the prefecture's approval, or, where
 * there was none, the county's — in whose region the project lies.
 */
@ApplicationScoped
public class LibraryApprover {

    @Inject
    ProjectStore projects;

    public Role of(Project project) {
        return projects.lastTransition(project.id(), ProjectAction.PREFECTURE_APPROVE)
                .or(() -> projects.lastTransition(project.id(), ProjectAction.COUNTY_APPROVE))
                .map(ProjectTransition::role).map(Role::valueOf).orElse(Role.COUNTY_RURAL_BUREAU);
    }

    /** 403 naming the required approver unless the caller has its role, then the usual region check. */
    public Role require(Caller caller, Project project) {
        Role approver = of(project);
        if (caller.role() != approver) {
            throw LedgerException.forbidden("project.adjustApproverOnly", project.code(), approver.chineseName(),
                    approver.name());
        }
        AccessPolicy.require(caller, Action.ADJUST_PROJECT, project.village());
        return approver;
    }
}
