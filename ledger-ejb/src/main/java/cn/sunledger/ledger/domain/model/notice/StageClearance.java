package cn.sunledger.ledger.domain.model.notice;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Whether the notice a step waits for lets it go ahead (domain.md §3: a stage that follows a notice cannot be
 * taken before the notice period has ended with no open objection): CLEARED, or why not — no published
 * notice (MISSING), its period still RUNNING (until {@code periodEnd}), open OBJECTIONS, or a period that was not
 * verifiably public for at least {@link Notice#MIN_PERIOD_DAYS} days (UNVERIFIED: published online after the
 * period began without board postings that cover the rest; {@code verified} says what the evidence shows).
 */
public record StageClearance(State state, String noticeType, String noticeNo, LocalDate periodEnd, long openObjections,
        VerifiedPeriod verified) {

    /** In the order a refusal prefers them: the obstacle nearest to clearing is the one worth reporting. */
    public enum State { MISSING, UNVERIFIED, RUNNING, OBJECTIONS, CLEARED }

    public boolean cleared() {
        return state == State.CLEARED;
    }

    /**
     * Judges the published notices of one type about one subject on {@code today}. Superseded notices do not
     * count (their correction does). Any one notice whose verified period is long enough and over, without
     * open objections, clears the step; otherwise the answer names the most advanced obstacle.
     *
     * @param boardPostings the earliest board posting with a photo of each notice, by notice id
     */
    public static StageClearance assess(String type, List<Notice> notices, Map<Long, Long> openObjections,
            Map<Long, LocalDate> boardPostings, LocalDate today) {
        StageClearance best = new StageClearance(State.MISSING, type, null, null, 0, null);
        for (Notice n : notices) {
            if (n.status() != NoticeStatus.PUBLISHED || !type.equals(n.type())) {
                continue;
            }
            StageClearance c = of(n, openObjections.getOrDefault(n.id(), 0L), boardPostings.get(n.id()), today);
            if (c.cleared()) {
                return c;
            }
            if (c.state.ordinal() > best.state.ordinal()) {
                best = c;
            }
        }
        return best;
    }

    private static StageClearance of(Notice n, long open, LocalDate boardPostedOn, LocalDate today) {
        VerifiedPeriod verified = n.verifiedPeriod(boardPostedOn);
        State state;
        if (open > 0) {
            state = State.OBJECTIONS;
        } else if (verified != null && !verified.atLeast(Notice.MIN_PERIOD_DAYS)) {
            state = State.UNVERIFIED;
        } else if (!n.periodOverBy(today)) {
            state = State.RUNNING;
        } else {
            state = State.CLEARED;
        }
        return new StageClearance(state, n.type(), n.noticeNo(), n.periodEnd(), open, verified);
    }
}
