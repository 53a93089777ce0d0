package cn.sunledger.ledger.domain.model.distribution;

import java.time.LocalDate;
import java.util.Objects;

/** One of the four meetings as recorded: when, how many attended, how many voted for, and its minutes' reference. */
public record Meeting(MeetingKind kind, LocalDate heldOn, int attendees, int votesFor, String minutesRef) {

    public Meeting {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(heldOn);
        minutesRef = minutesRef == null || minutesRef.isBlank() ? null : minutesRef.strip();
    }

    /** More than half of those attending voted for it. */
    public boolean passed() {
        return votesFor * 2 > attendees;
    }
}
