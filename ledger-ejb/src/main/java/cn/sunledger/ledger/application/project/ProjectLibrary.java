package cn.sunledger.ledger.application.project;

import cn.sunledger.ledger.application.Page;
import cn.sunledger.ledger.domain.model.project.ProjectAction;
import cn.sunledger.ledger.domain.model.project.ProjectDetails;
import cn.sunledger.ledger.domain.service.access.Caller;
import java.util.List;
import java.util.Optional;

/**
 * The project library's use cases (domain.md §3): draft a project, edit it while it is a draft, read and list
 * projects in the caller's scope, move a project along the approval chain, and read its history. Every call
 * checks the caller against the access policy; refusals are LedgerExceptions.
 */
public interface ProjectLibrary {

    ProjectView create(Caller caller, ProjectDetails details);

    /**
     * Edits a DRAFT (409 otherwise). {@code expectedVersion}, when given, is the version the editor read: if the
     * draft was saved by someone else since, 409 and nothing changes (no silent lost update).
     */
    ProjectView update(Caller caller, long id, ProjectDetails details, Long expectedVersion);

    ProjectView get(Caller caller, long id);

    /** One page of the projects in the caller's scope matching the filter, newest first, with the true total. */
    Page<ProjectSummary> list(Caller caller, ProjectFilter filter, int page, int size);

    /**
     * Takes a step of the approval chain: 403 outside role or region, 409 when the status machine does not
     * allow it now or the notice it waits for is missing, still running or has open objections.
     */
    ProjectView act(Caller caller, long id, ProjectAction action, ActionForm form);

    List<TransitionView> history(Caller caller, long id);

    /** The project's acceptance (验收) with each indicator's target beside its actual; empty before it is accepted. */
    Optional<AcceptanceView> acceptance(Caller caller, long id);

    List<CategoryView> categories();
}
