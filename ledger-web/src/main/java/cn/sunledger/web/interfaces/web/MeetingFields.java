package cn.sunledger.web.interfaces.web;

import cn.sunledger.ledger.domain.model.distribution.Meeting;
import cn.sunledger.ledger.domain.model.distribution.MeetingKind;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a form takes of one 四议两公开 meeting — date, attendance, votes for and the minutes' reference — shared by
 * the plan form's meeting rows and the plan page's meeting form; the kind is each form's own (fixed per row, chosen
 * on the page).
 */
public class MeetingFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate heldOn;
    private Integer attendees;
    private Integer votesFor;
    private String minutesRef;

    /** The meeting of {@code kind} as typed (the ledger checks its rules). */
    Meeting toMeeting(MeetingKind kind) {
        return new Meeting(kind, heldOn, attendees, votesFor, minutesRef);
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public Integer getAttendees() {
        return attendees;
    }

    public void setAttendees(Integer attendees) {
        this.attendees = attendees;
    }

    public Integer getVotesFor() {
        return votesFor;
    }

    public void setVotesFor(Integer votesFor) {
        this.votesFor = votesFor;
    }

    public String getMinutesRef() {
        return minutesRef;
    }

    public void setMinutesRef(String minutesRef) {
        this.minutesRef = minutesRef;
    }
}
