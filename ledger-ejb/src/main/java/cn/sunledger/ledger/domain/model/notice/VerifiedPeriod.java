package cn.sunledger.ledger.domain.model.notice;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The part of a notice's 公示期 during which the public verifiably could see it (the 2017 公告公示 rule: the
 * public must be able to see a notice for its whole period, on the board and online, and raise objections).
 * It runs to the end of the period from the first day the notice was verifiably public — its online
 * publication date or the earliest board posting recorded with a photo (张贴记录, which may be entered after the
 * fact), whichever is earlier — but never from before the period starts. A notice entered online after its
 * period ended, with no board posting, has an empty verified period.
 *
 * @param from        first verified day
 * @param to          last day of the notice period
 * @param publishedOn the online publication date
 * @param boardPostedOn the earliest board posting with a photo, or null
 */
public record VerifiedPeriod(LocalDate from, LocalDate to, LocalDate publishedOn, LocalDate boardPostedOn) {

    public static VerifiedPeriod of(LocalDate periodStart, LocalDate periodEnd, LocalDate publishedOn,
            LocalDate boardPostedOn) {
        LocalDate firstPublic = boardPostedOn != null && boardPostedOn.isBefore(publishedOn) ? boardPostedOn : publishedOn;
        LocalDate from = firstPublic.isBefore(periodStart) ? periodStart : firstPublic;
        return new VerifiedPeriod(from, periodEnd, publishedOn, boardPostedOn);
    }

    /** Days verifiably public, counting the first and the last; 0 when the notice went up after its period. */
    public long days() {
        return from.isAfter(to) ? 0 : ChronoUnit.DAYS.between(from, to) + 1;
    }

    public boolean atLeast(int minimumDays) {
        return days() >= minimumDays;
    }

    /**
     * The latest date a board posting with a photo could carry and still make the period long enough: the
     * evidence that would clear a gate this notice cannot clear as it stands.
     */
    public LocalDate boardPostingNeededBy(int minimumDays) {
        return to.minusDays(minimumDays - 1L);
    }
}
