package cn.sunledger.portal.read;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What the public can know about how a notice was shown: the board postings recorded with a photo (the photo
 * itself is never public) and whether it is a reference document reposted from another region. With today's
 * date it says where the notice stands: 正在公示 with the days left, 即将公示, 公示期已满, and whether it was
 * 补录 — entered online only after its period had begun, so that the earlier days rest on the board postings.
 */
public record NoticeEvidence(List<BoardPosting> boardPostings, boolean referenceOnly) {

    public static final NoticeEvidence NONE = new NoticeEvidence(List.of(), false);

    /** A day a board at {@code regionCode} carried the notice, recorded with a photo. */
    public record BoardPosting(String regionCode, LocalDate postedOn) {
    }

    public enum Stage { NO_PERIOD, UPCOMING, OPEN, ENDED }

    public NoticeEvidence {
        boardPostings = List.copyOf(boardPostings);
    }

    public static Stage stage(PublishedNotice n, LocalDate today) {
        if (!n.hasPeriod()) {
            return Stage.NO_PERIOD;
        }
        if (today.isBefore(n.periodStart())) {
            return Stage.UPCOMING;
        }
        return today.isAfter(n.periodEnd()) ? Stage.ENDED : Stage.OPEN;
    }

    /** Days left in the period, today included (the last day counts as one). */
    public static long daysLeft(PublishedNotice n, LocalDate today) {
        return ChronoUnit.DAYS.between(today, n.periodEnd()) + 1;
    }

    /** Entered online after its period began: the days before rest on board postings, if any were recorded. */
    public static boolean enteredAfterPeriodStart(PublishedNotice n) {
        return n.hasPeriod() && n.publishedAt().toLocalDate().isAfter(n.periodStart());
    }
}
