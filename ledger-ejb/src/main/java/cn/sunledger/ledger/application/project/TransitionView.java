package cn.sunledger.ledger.application.project;

import cn.sunledger.ledger.domain.model.project.ProjectStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One step of a project's history; {@code action} is the api.md path name (township-approve). */
public record TransitionView(String action, ProjectStatus fromStatus, ProjectStatus toStatus, String actor,
        String role, OffsetDateTime at, String opinion, String decisionRef, LocalDate decidedOn) {
}
