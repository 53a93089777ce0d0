package cn.sunledger.ledger.application.project;

import cn.sunledger.ledger.domain.model.project.ProjectAction;
import cn.sunledger.ledger.domain.service.access.Caller;
import java.util.List;

/**
 * What the staff screens ask about one project beyond the library's use cases: which steps the caller may
 * take on it now. Steps are found generically from {@link ProjectAction}, so a new action shows up on the
 * screens without changing them.
 */
public interface ProjectWorkbench {

    /**
     * The actions whose status rule allows them from the project's current status and which the access
     * policy lets the caller take in the project's village. The notice gate is not checked in advance: a step
     * still waiting for its notice is offered and refused with the reason (409) when taken. {@code adjust} is
     * offered only to the project's library approver and only while an adjustment is pending.
     */
    List<ProjectAction> availableActions(Caller caller, long id);
}
