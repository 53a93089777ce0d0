package cn.sunledger.ledger.application.project;

import cn.sunledger.ledger.domain.model.project.ProjectDetails;
import cn.sunledger.ledger.domain.service.access.Caller;
import java.util.List;

/**
 * Adjustments (调整) of library projects (domain.md §3): the county rural bureau proposes the full changed
 * record with a reason (required outside Q4); the approver who put the project into the library applies it
 * (the {@code adjust} step of {@link ProjectLibrary#act}) or rejects it here. One pending adjustment per project.
 */
public interface ProjectAdjustments {

    /** 403 outside role or region, 409 when the status does not allow it or one is pending, 422/400 bad record. */
    AdjustmentView propose(Caller caller, long projectId, ProjectDetails proposed, String reason);

    /** Every adjustment of the project, newest first: pending ones compared with the current record. */
    List<AdjustmentView> list(Caller caller, long projectId);

    /** The approver turns a pending adjustment down with an opinion; the project does not change. */
    AdjustmentView reject(Caller caller, long projectId, long adjustmentId, ActionForm form);
}
