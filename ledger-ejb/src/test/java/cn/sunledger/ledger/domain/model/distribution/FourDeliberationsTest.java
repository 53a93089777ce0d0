package cn.sunledger.ledger.domain.model.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.sunledger.ledger.domain.model.shared.LedgerException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FourDeliberationsTest {

    private static final LocalDate TODAY = LocalDate.of(2045, 3, 1);

    @Test
    void fourMeetingsHeldInOrderWithAPassedResolutionComplete() {
        FourDeliberations d = new FourDeliberations(List.of());
        d.checkAdded(meeting(MeetingKind.PARTY_PROPOSAL, 1, 7, 7), TODAY);
        d.checkAdded(meeting(MeetingKind.COMMITTEES_DELIBERATION, 3, 9, 9), TODAY);
        d.checkAdded(meeting(MeetingKind.PARTY_MEMBERS_REVIEW, 3, 30, 28), TODAY);
        d.checkAdded(meeting(MeetingKind.REPRESENTATIVES_RESOLUTION, 10, 45, 41), TODAY);
        assertNull(d.next());
        d.requireComplete();
    }

    @Test
    void aMissingMeetingIsNamedAtSubmission() {
        FourDeliberations d = new FourDeliberations(List.of(meeting(MeetingKind.PARTY_PROPOSAL, 1, 7, 7),
                meeting(MeetingKind.REPRESENTATIVES_RESOLUTION, 10, 45, 41)));
        LedgerException e = assertThrows(LedgerException.class, d::requireComplete);
        assertEquals(List.of("meetings.COMMITTEES_DELIBERATION", "meetings.PARTY_MEMBERS_REVIEW"),
                e.violations().stream().map(v -> v.field()).toList());
        assertEquals(MeetingKind.COMMITTEES_DELIBERATION, d.next());
    }

    @Test
    void datesMustFollowTheOrderAndNotLieInTheFuture() {
        FourDeliberations d = new FourDeliberations(List.of(meeting(MeetingKind.COMMITTEES_DELIBERATION, 5, 9, 9)));
        assertEquals("distribution.meetingAfterNext", refused(d, meeting(MeetingKind.PARTY_PROPOSAL, 6, 7, 7)));
        assertEquals("distribution.meetingBeforePrevious", refused(d, meeting(MeetingKind.PARTY_MEMBERS_REVIEW, 4, 30,
                20)));
        assertEquals("distribution.meetingInFuture", refused(d, new Meeting(MeetingKind.PARTY_MEMBERS_REVIEW,
                TODAY.plusDays(1), 30, 20, null)));
        assertEquals("distribution.meetingRecorded", refused(d, meeting(MeetingKind.COMMITTEES_DELIBERATION, 5, 9, 9)));
    }

    @Test
    void theResolutionNeedsMoreThanHalfOfThoseAttendingAndVotesWithinAttendance() {
        FourDeliberations d = new FourDeliberations(List.of());
        assertEquals("distribution.resolutionNotPassed", refused(d, meeting(MeetingKind.REPRESENTATIVES_RESOLUTION, 10,
                40, 20)));
        assertEquals("distribution.meetingVotes", refused(d, meeting(MeetingKind.PARTY_PROPOSAL, 1, 7, 8)));
        d.checkAdded(meeting(MeetingKind.REPRESENTATIVES_RESOLUTION, 10, 41, 21), TODAY);
    }

    private static String refused(FourDeliberations d, Meeting m) {
        return assertThrows(LedgerException.class, () -> d.checkAdded(m, TODAY)).messageKey();
    }

    private static Meeting meeting(MeetingKind kind, int dayOfFebruary, int attendees, int votesFor) {
        return new Meeting(kind, LocalDate.of(2045, 2, dayOfFebruary), attendees, votesFor, null);
    }
}
