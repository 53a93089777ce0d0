package cn.sunledger.ledger.application.distribution;

import cn.sunledger.ledger.domain.model.distribution.DistributionPurpose;
import cn.sunledger.ledger.domain.model.distribution.Meeting;
import cn.sunledger.ledger.domain.model.distribution.MeetingKind;
import cn.sunledger.ledger.domain.model.distribution.PlanFigures;
import cn.sunledger.ledger.domain.model.distribution.PlanStatus;
import cn.sunledger.ledger.domain.model.household.HouseholdCategory;
import cn.sunledger.ledger.domain.model.shared.Money;
import cn.sunledger.ledger.domain.model.user.Role;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A plan with its figures and checks, its lines (a household's ID number only masked), its meetings and its history.
 */
public record PlanView(long id, String ownerRegion, String ownerRegionName, String ownerName, String ledgerRegion,
        LocalDate periodFrom, LocalDate periodTo, PlanStatus status, PlanFigures figures, String flatPayoutJustification,
        List<Line> lines, List<Meeting> meetings, MeetingKind nextMeeting, List<Step> history) {

    /**
     * @param idNumber masked (5329**********1238), as the household register keeps it beside the sealed number
     * @param paid     the PAID attempt, null while unpaid
     */
    public record Line(long id, int seq, DistributionPurpose purpose, Long householdId, String householdNo,
            String headName, String idNumber, String naturalVillageName, HouseholdCategory category, Integer members,
            Money amount, String note, List<Payment> attempts) {

        public Payment paid() {
            return attempts.stream().filter(Payment::paid).findFirst().orElse(null);
        }
    }

    public record Payment(long id, boolean paid, Money amount, LocalDate paidOn, String voucherNo, String reason,
            String entryNo) {
    }

    /**
     * A step of the plan's history: recorded {@code at}; {@code decidedOn} is the date on its paper (the submission,
     * the township's 批复) when that was given and differs from the recording day, else null.
     */
    public record Step(String action, PlanStatus from, PlanStatus to, String actorName, Role role, LocalDateTime at,
            String opinion, LocalDate decidedOn) {

        /** The day the step was taken: its decided date, or the day it was recorded. */
        public LocalDate on() {
            return decidedOn != null ? decidedOn : at.toLocalDate();
        }
    }

    public record Summary(long id, String ownerRegion, String ownerRegionName, String ownerName, LocalDate periodFrom,
            LocalDate periodTo, PlanStatus status, Money available, Money reserve) {
    }

    /** Σ of the lines paid so far. */
    public Money paidTotal() {
        Money sum = Money.ZERO;
        for (Line l : lines) {
            if (l.paid() != null) {
                sum = sum.plus(l.paid().amount());
            }
        }
        return sum;
    }

    public boolean allPaid() {
        return lines.stream().allMatch(l -> l.paid() != null);
    }
}
