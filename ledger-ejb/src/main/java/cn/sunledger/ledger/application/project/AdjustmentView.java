package cn.sunledger.ledger.application.project;

import cn.sunledger.ledger.domain.model.project.AdjustmentStatus;
import cn.sunledger.ledger.domain.model.project.FieldChange;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An adjustment as the library shows it. {@code changes} compare the record with the proposal: the current
 * record while pending or rejected, the record as it was when applied once applied.
 */
public record AdjustmentView(long id, long projectId, AdjustmentStatus status, String reason, String proposedBy,
        OffsetDateTime proposedAt, List<FieldChange> changes, String requiredApprover, String decidedBy,
        String decidedRole, OffsetDateTime decidedAt, String opinion, String decisionRef, LocalDate decidedOn) {
}
