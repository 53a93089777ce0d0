package cn.sunledger.ledger.domain.model.project;

import cn.sunledger.ledger.domain.model.shared.LedgerException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.Objects;

/**
 * A proposed adjustment (调整) of a library project (domain.md §3): the full proposed record, kept as the
 * application layer encodes it, with the reason, until the approver who put the project into the library
 * applies or rejects it. Library adjustment normally happens in Q4; outside it a reason is required. Once
 * applied, the changes (before → after) are kept as they were, for the plan notice's 计划调整情况.
 */
@Entity
@Table(name = "project_adjustment")
public class ProjectAdjustment {

    public static final int MAX_REASON = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false, updatable = false)
    private Long projectId;

    @Column(name = "county_code", nullable = false, length = 15, updatable = false)
    private String countyCode;

    @Column(name = "year", nullable = false, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private AdjustmentStatus status = AdjustmentStatus.PENDING;

    @Column(name = "proposal", nullable = false, updatable = false)
    private String proposal;

    @Column(name = "reason", length = 1000, updatable = false)
    private String reason;

    @Column(name = "proposed_by", nullable = false, length = 64, updatable = false)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    private LocalDateTime proposedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "project_status", length = 30)
    private ProjectStatus projectStatus;

    @Column(name = "changes")
    private String changes;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_role", length = 40)
    private String decidedRole;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Column(name = "opinion", length = 2000)
    private String opinion;

    @Column(name = "decision_ref", length = 200)
    private String decisionRef;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ProjectAdjustment() {
    }

    /**
     * Proposes {@code proposed} (already encoded) for {@code project}, which must allow it: the caller has
     * checked {@link Project#requireAdjustable} and that nothing else is pending.
     */
    public ProjectAdjustment(Project project, String proposed, String reason, String proposedBy,
            LocalDateTime proposedAt) {
        requireReasonOutsideQ4(proposedAt.toLocalDate(), reason);
        if (reason != null && reason.trim().length() > MAX_REASON) {
            throw LedgerException.invalid("project.adjustmentReasonTooLong", MAX_REASON);
        }
        this.projectId = Objects.requireNonNull(project.id());
        this.countyCode = project.county().value();
        this.year = project.year();
        this.proposal = Objects.requireNonNull(proposed);
        this.reason = reason == null || reason.isBlank() ? null : reason.trim();
        this.proposedBy = Objects.requireNonNull(proposedBy);
        this.proposedAt = Objects.requireNonNull(proposedAt);
    }

    /** Library adjustment normally happens in the fourth quarter (October to December, Asia/Shanghai). */
    public static boolean inAdjustmentSeason(LocalDate day) {
        return day.getMonth().compareTo(Month.OCTOBER) >= 0;
    }

    /** Outside Q4 an adjustment needs a reason (domain.md §3). */
    public static void requireReasonOutsideQ4(LocalDate day, String reason) {
        if (!inAdjustmentSeason(day) && (reason == null || reason.isBlank())) {
            throw LedgerException.invalid("project.adjustmentReasonRequired", day.toString());
        }
    }

    /** Applied by the approver: what changed (encoded) and the project's status at that moment are kept. */
    public void applied(String encodedChanges, ProjectStatus statusThen, String by, String role, LocalDateTime at,
            String opinion, String decisionRef, LocalDate decidedOn) {
        requirePending();
        this.status = AdjustmentStatus.APPLIED;
        this.changes = Objects.requireNonNull(encodedChanges);
        this.projectStatus = statusThen;
        decide(by, role, at, opinion, decisionRef, decidedOn);
    }

    /** Rejected by the approver, who must say why; the project does not change. */
    public void rejected(String by, String role, LocalDateTime at, String opinion, String decisionRef,
            LocalDate decidedOn) {
        requirePending();
        if (opinion == null || opinion.isBlank()) {
            throw LedgerException.invalid("project.adjustmentRejectOpinionRequired");
        }
        this.status = AdjustmentStatus.REJECTED;
        decide(by, role, at, opinion, decisionRef, decidedOn);
    }

    private void requirePending() {
        if (status != AdjustmentStatus.PENDING) {
            throw LedgerException.conflict("project.adjustmentNotPending", String.valueOf(id), status.name());
        }
    }

    private void decide(String by, String role, LocalDateTime at, String opinion, String decisionRef,
            LocalDate decidedOn) {
        this.decidedBy = by;
        this.decidedRole = role;
        this.decidedAt = at;
        this.opinion = opinion == null || opinion.isBlank() ? null : opinion.trim();
        this.decisionRef = decisionRef == null || decisionRef.isBlank() ? null : decisionRef.trim();
        this.decidedOn = decidedOn;
    }

    public Long id() {
        return id;
    }

    public Long projectId() {
        return projectId;
    }

    public String countyCode() {
        return countyCode;
    }

    public int year() {
        return year;
    }

    public AdjustmentStatus status() {
        return status;
    }

    public String proposal() {
        return proposal;
    }

    public String reason() {
        return reason;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public LocalDateTime proposedAt() {
        return proposedAt;
    }

    public ProjectStatus projectStatus() {
        return projectStatus;
    }

    public String changes() {
        return changes;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String decidedRole() {
        return decidedRole;
    }

    public LocalDateTime decidedAt() {
        return decidedAt;
    }

    public String opinion() {
        return opinion;
    }

    public String decisionRef() {
        return decisionRef;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }
}
