package cn.sunledger.ledger.domain.model.distribution;

import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Violation;
import java.time.LocalDate;
import java.util.List;

/**
 * The day a plan's step was decided: the date on the village's submission or on the township's 批复, which a county
 * often enters days after the paper was signed. It is optional (the day it is recorded otherwise), never in the future
 * and never before the step it follows — the 村民代表大会决议 for a submission, the submission for an approval or a
 * return — so a back-dated step can only say what really happened in order. The plan's notice cannot start before
 * the approval's day, so this date is what the notice rule compares with.
 */
public final class StepDate {

    private StepDate() {
    }

    /**
     * The step's day: {@code decidedOn} if given, else {@code today}; 422 naming {@code decidedOn} when it lies after
     * today or before {@code notBefore} (the day of what it follows; null when nothing precedes it).
     */
    public static LocalDate of(LocalDate decidedOn, LocalDate notBefore, LocalDate today) {
        LocalDate day = decidedOn == null ? today : decidedOn;
        if (day.isAfter(today)) {
            throw refusal("distribution.stepInFuture", day, today);
        }
        if (notBefore != null && day.isBefore(notBefore)) {
            throw refusal("distribution.stepBeforePrevious", day, notBefore);
        }
        return day;
    }

    private static LedgerException refusal(String key, LocalDate day, LocalDate other) {
        Object[] args = {day.toString(), other.toString()};
        return new LedgerException(LedgerException.Kind.RULE, key, List.of(Violation.ofField("decidedOn", key, args)),
                args);
    }
}
