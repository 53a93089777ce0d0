package cn.sunledger.ledger.domain.model.notice;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Whether the notice a step waits for lets it go ahead (domain.md §3: a stage that follows a notice cannot be
 * taken before the notice period has ended with no open objection): CLEARED, or why not — no published
 * notice (MISSING), its period still RUNNING (until {@code periodEnd}), or open OBJECTIONS.
 */
public record StageClearance(State state, String noticeType, String noticeNo, LocalDate periodEnd, long openObjections) {

    public enum State { CLEARED, MISSING, RUNNING, OBJECTIONS }

    public boolean cleared() {
        return state == State.CLEARED;
    }

    /**
     * Judges the published notices of one type about one subject on {@code today}. Superseded notices do not
     * count (their correction does). Any one notice whose period is over without open objections clears the
     * step; otherwise the answer names the most advanced obstacle: open objections before a running period.
     */
    public static StageClearance assess(String type, List<Notice> notices, Map<Long, Long> openObjections,
            LocalDate today) {
        StageClearance best = new StageClearance(State.MISSING, type, null, null, 0);
        for (Notice n : notices) {
            if (n.status() != NoticeStatus.PUBLISHED || !type.equals(n.type())) {
                continue;
            }
            long open = openObjections.getOrDefault(n.id(), 0L);
            if (open > 0) {
                best = new StageClearance(State.OBJECTIONS, type, n.noticeNo(), n.periodEnd(), open);
            } else if (!n.periodOverBy(today)) {
                if (best.state == State.MISSING) {
                    best = new StageClearance(State.RUNNING, type, n.noticeNo(), n.periodEnd(), 0);
                }
            } else {
                return new StageClearance(State.CLEARED, type, n.noticeNo(), n.periodEnd(), 0);
            }
        }
        return best;
    }
}
