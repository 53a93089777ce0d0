package cn.sunledger.ledger.domain.model.project;

import static cn.sunledger.ledger.domain.model.project.ProjectStatus.ACCEPTED;
import static cn.sunledger.ledger.domain.model.project.ProjectStatus.COMPLETED;
import static cn.sunledger.ledger.domain.model.project.ProjectStatus.COUNTY_APPROVED;
import static cn.sunledger.ledger.domain.model.project.ProjectStatus.DECLARED;
import static cn.sunledger.ledger.domain.model.project.ProjectStatus.DEPARTMENT_APPROVED;
import static cn.sunledger.ledger.domain.model.project.ProjectStatus.DRAFT;
import static cn.sunledger.ledger.domain.model.project.ProjectStatus.IN_LIBRARY;
import static cn.sunledger.ledger.domain.model.project.ProjectStatus.IN_PROGRESS;
import static cn.sunledger.ledger.domain.model.project.ProjectStatus.PLANNED;
import static cn.sunledger.ledger.domain.model.project.ProjectStatus.REMOVED;
import static cn.sunledger.ledger.domain.model.project.ProjectStatus.TOWNSHIP_APPROVED;
import static cn.sunledger.ledger.domain.model.project.ProjectStatus.VILLAGE_NOTICE;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The actions of api.md on a library project: from which statuses each may be taken, where it leads, and
 * which published notice (of which type) must have run its period without open objections first. The
 * chain is 村申报、乡审核、县部门审查、县领导小组审核、州领导小组审定 with a notice at the village, township and
 * county stages (三公示一公告). Who may take each action is the access policy's business, not this table's.
 */
public enum ProjectAction {
    SUBMIT(EnumSet.of(DRAFT), VILLAGE_NOTICE, null),
    DECLARE(EnumSet.of(VILLAGE_NOTICE), DECLARED, "PROJECT_DECLARATION"),
    TOWNSHIP_APPROVE(EnumSet.of(DECLARED), TOWNSHIP_APPROVED, null),
    DEPARTMENT_APPROVE(EnumSet.of(TOWNSHIP_APPROVED), DEPARTMENT_APPROVED, "TOWNSHIP_REVIEW"),
    COUNTY_APPROVE(EnumSet.of(DEPARTMENT_APPROVED), COUNTY_APPROVED, null),
    PREFECTURE_APPROVE(EnumSet.of(COUNTY_APPROVED), IN_LIBRARY, null),
    PLAN(EnumSet.of(IN_LIBRARY), PLANNED, null),
    START(EnumSet.of(PLANNED), IN_PROGRESS, "PROJECT_START"),
    COMPLETE(EnumSet.of(IN_PROGRESS), COMPLETED, null),
    ACCEPT(EnumSet.of(COMPLETED), ACCEPTED, null),
    RETURN(EnumSet.of(VILLAGE_NOTICE, DECLARED, TOWNSHIP_APPROVED, DEPARTMENT_APPROVED, COUNTY_APPROVED), DRAFT, null),
    REMOVE(EnumSet.of(IN_LIBRARY, PLANNED), REMOVED, null),
    /** 调整: applies the pending adjustment of the record; the status does not change (target null). */
    ADJUST(EnumSet.of(IN_LIBRARY, PLANNED), null, null),
    /** 结转: a project with nothing allocated waits in next year's library for next year's plan. */
    ROLL_OVER(EnumSet.of(IN_LIBRARY, PLANNED), IN_LIBRARY, null);

    private final Set<ProjectStatus> from;
    private final ProjectStatus to;
    private final String requiredNoticeType;

    ProjectAction(Set<ProjectStatus> from, ProjectStatus to, String requiredNoticeType) {
        this.from = from;
        this.to = to;
        this.requiredNoticeType = requiredNoticeType;
    }

    public boolean allowedFrom(ProjectStatus status) {
        return from.contains(status);
    }

    /** Where the action leads; null for an action that keeps the status (ADJUST): see {@link #resultFrom}. */
    public ProjectStatus target() {
        return to;
    }

    /** The status after taking this action from {@code from}: the target, or {@code from} itself when unchanged. */
    public ProjectStatus resultFrom(ProjectStatus from) {
        return to == null ? from : to;
    }

    /**
     * The notice type that must be published, its period over and its objections resolved, before this
     * action; null when the action follows no notice. An emergency project skips the village and township
     * notices (they are published afterwards, flagged 补公示).
     */
    public String requiredNoticeType(boolean emergency) {
        if (emergency && (this == DECLARE || this == DEPARTMENT_APPROVE)) {
            return null;
        }
        return requiredNoticeType;
    }

    /** The path segment of api.md: {@code township-approve} for TOWNSHIP_APPROVE. */
    public String pathName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ProjectAction fromPath(String path) {
        for (ProjectAction a : values()) {
            if (a.pathName().equals(path)) {
                return a;
            }
        }
        return null;
    }
}
