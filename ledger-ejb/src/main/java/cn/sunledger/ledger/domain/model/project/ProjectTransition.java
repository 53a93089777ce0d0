package cn.sunledger.ledger.domain.model.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One step of a project's approval chain: who took which action, when, with what opinion and decision. */
@Entity
@Table(name = "project_transition")
public class ProjectTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false, updatable = false)
    private Long projectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 30, updatable = false)
    private ProjectAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 30, updatable = false)
    private ProjectStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 30, updatable = false)
    private ProjectStatus toStatus;

    @Column(name = "actor", nullable = false, length = 64, updatable = false)
    private String actor;

    @Column(name = "role", nullable = false, length = 40, updatable = false)
    private String role;

    @Column(name = "at", nullable = false, updatable = false)
    private LocalDateTime at;

    @Column(name = "opinion", length = 2000, updatable = false)
    private String opinion;

    @Column(name = "decision_ref", length = 200, updatable = false)
    private String decisionRef;

    @Column(name = "decided_on", updatable = false)
    private LocalDate decidedOn;

    /** The project's year when the step was taken (a roll-over changes it; null on rows older than V9). */
    @Column(name = "project_year", updatable = false)
    private Integer projectYear;

    protected ProjectTransition() {
    }

    ProjectTransition(Long projectId, ProjectAction action, ProjectStatus fromStatus, ProjectStatus toStatus,
            String actor, String role, LocalDateTime at, String opinion, String decisionRef, LocalDate decidedOn,
            int projectYear) {
        this.projectYear = projectYear;
        this.projectId = projectId;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.actor = actor;
        this.role = role;
        this.at = at;
        this.opinion = opinion;
        this.decisionRef = decisionRef;
        this.decidedOn = decidedOn;
    }

    public Long id() {
        return id;
    }

    public Long projectId() {
        return projectId;
    }

    public ProjectAction action() {
        return action;
    }

    public ProjectStatus fromStatus() {
        return fromStatus;
    }

    public ProjectStatus toStatus() {
        return toStatus;
    }

    public String actor() {
        return actor;
    }

    public String role() {
        return role;
    }

    public LocalDateTime at() {
        return at;
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

    /**
     * The day the step was decided: the date on its paper (the acceptance report's, the meeting's) when one was given,
     * else the day it was recorded. Rules about what may follow a step (an asset formed after the acceptance) compare
     * with this day, since a county enters its papers after signing them.
     */
    public LocalDate decidedDay() {
        return decidedOn != null ? decidedOn : at.toLocalDate();
    }

    public Integer projectYear() {
        return projectYear;
    }
}
