package cn.sunledger.ledger.domain.model.distribution;

import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * 四议两公开's evidence on a plan: the four meetings, each recorded once and held in order (村党组织提议, 村两委商议,
 * 党员大会审议, 村民代表大会决议), none in the future nor before the one before it, attendance and votes that add up,
 * and the 决议 passed by more than half of those attending. A plan is submitted only with all four.
 */
public final class FourDeliberations {

    private final Map<MeetingKind, Meeting> held = new EnumMap<>(MeetingKind.class);

    public FourDeliberations(List<Meeting> meetings) {
        meetings.forEach(m -> held.put(m.kind(), m));
    }

    public List<Meeting> meetings() {
        return List.copyOf(held.values());
    }

    /**
     * Checks {@code m} before it is recorded (422 naming the field): once per kind; not in the future ({@code today}
     * in Asia/Shanghai); not before a meeting that comes before it in the order nor after one that comes after it,
     * so that the four, however they are entered, were held in order; votes within attendance; a 决议 passed.
     */
    public void checkAdded(Meeting m, LocalDate today) {
        if (held.containsKey(m.kind())) {
            throw refusal("kind", "distribution.meetingRecorded", m.kind().chineseName());
        }
        if (m.heldOn().isAfter(today)) {
            throw refusal("heldOn", "distribution.meetingInFuture", m.heldOn().toString());
        }
        for (Meeting other : held.values()) {
            boolean before = other.kind().ordinal() < m.kind().ordinal();
            if (before && m.heldOn().isBefore(other.heldOn())) {
                throw refusal("heldOn", "distribution.meetingBeforePrevious", m.heldOn().toString(),
                        other.kind().chineseName(), other.heldOn().toString());
            }
            if (!before && m.heldOn().isAfter(other.heldOn())) {
                throw refusal("heldOn", "distribution.meetingAfterNext", m.heldOn().toString(),
                        other.kind().chineseName(), other.heldOn().toString());
            }
        }
        if (m.attendees() < 1) {
            throw refusal("attendees", "distribution.meetingAttendees");
        }
        if (m.votesFor() < 0 || m.votesFor() > m.attendees()) {
            throw refusal("votesFor", "distribution.meetingVotes", m.votesFor(), m.attendees());
        }
        if (m.kind().isResolution() && !m.passed()) {
            throw refusal("votesFor", "distribution.resolutionNotPassed", m.votesFor(), m.attendees());
        }
        held.put(m.kind(), m);
    }

    /** The meeting to be held next, null when all four are recorded. */
    public MeetingKind next() {
        for (MeetingKind k : MeetingKind.values()) {
            if (!held.containsKey(k)) {
                return k;
            }
        }
        return null;
    }

    /** 422 naming every meeting still missing, when not all four are recorded. */
    public void requireComplete() {
        List<Violation> missing = new ArrayList<>();
        for (MeetingKind k : MeetingKind.values()) {
            if (!held.containsKey(k)) {
                missing.add(Violation.ofField("meetings." + k.name(), "distribution.meetingMissing", k.chineseName()));
            }
        }
        if (!missing.isEmpty()) {
            throw new LedgerException(LedgerException.Kind.RULE, "distribution.meetingMissing", missing,
                    missing.get(0).args());
        }
    }

    private static LedgerException refusal(String field, String key, Object... args) {
        return new LedgerException(LedgerException.Kind.RULE, key, List.of(Violation.ofField(field, key, args)), args);
    }
}
