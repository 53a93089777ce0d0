package cn.sunledger.ledger.domain.model.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectActionTest {

    @Test
    void theMainChainLeadsFromDraftToAcceptedOneStepAtATime() {
        List<ProjectAction> chain = List.of(ProjectAction.SUBMIT, ProjectAction.DECLARE, ProjectAction.TOWNSHIP_APPROVE,
                ProjectAction.DEPARTMENT_APPROVE, ProjectAction.COUNTY_APPROVE, ProjectAction.PREFECTURE_APPROVE,
                ProjectAction.PLAN, ProjectAction.START, ProjectAction.COMPLETE, ProjectAction.ACCEPT);
        ProjectStatus status = ProjectStatus.DRAFT;
        List<ProjectStatus> visited = new ArrayList<>();
        for (ProjectAction action : chain) {
            assertTrue(action.allowedFrom(status), action + " from " + status);
            status = action.target();
            visited.add(status);
        }
        assertEquals(ProjectStatus.ACCEPTED, status);
        assertEquals(10, visited.stream().distinct().count());
    }

    @Test
    void stepsCannotBeSkippedOrRepeated() {
        assertFalse(ProjectAction.DECLARE.allowedFrom(ProjectStatus.DRAFT));
        assertFalse(ProjectAction.START.allowedFrom(ProjectStatus.IN_LIBRARY));
        assertFalse(ProjectAction.SUBMIT.allowedFrom(ProjectStatus.VILLAGE_NOTICE));
        assertFalse(ProjectAction.RETURN.allowedFrom(ProjectStatus.IN_LIBRARY), "a library project is removed, not returned");
        assertTrue(ProjectAction.REMOVE.allowedFrom(ProjectStatus.PLANNED));
        assertFalse(ProjectAction.REMOVE.allowedFrom(ProjectStatus.IN_PROGRESS));
    }

    @Test
    void noticeGatesAndTheEmergencyPath() {
        assertEquals("PROJECT_DECLARATION", ProjectAction.DECLARE.requiredNoticeType(false));
        assertEquals("TOWNSHIP_REVIEW", ProjectAction.DEPARTMENT_APPROVE.requiredNoticeType(false));
        assertNull(ProjectAction.DECLARE.requiredNoticeType(true), "emergencies skip the village notice");
        assertNull(ProjectAction.DEPARTMENT_APPROVE.requiredNoticeType(true), "and the township notice");
        assertEquals("PROJECT_START", ProjectAction.START.requiredNoticeType(true), "but never the pre-start notice");
    }

    @Test
    void pathNamesAreThoseOfTheApi() {
        assertEquals("township-approve", ProjectAction.TOWNSHIP_APPROVE.pathName());
        assertEquals(ProjectAction.PREFECTURE_APPROVE, ProjectAction.fromPath("prefecture-approve"));
        assertNull(ProjectAction.fromPath("approve-everything"));
        assertTrue(ProjectStatus.PLANNED.isInLibrary());
        assertFalse(ProjectStatus.REMOVED.isInLibrary());
        assertFalse(ProjectStatus.COUNTY_APPROVED.isInLibrary());
    }
}
