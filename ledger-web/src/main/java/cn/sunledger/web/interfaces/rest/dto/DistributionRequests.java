package cn.sunledger.web.interfaces.rest.dto;

import cn.sunledger.ledger.application.distribution.PaymentBatch;
import cn.sunledger.ledger.application.distribution.PlanForm;
import cn.sunledger.ledger.domain.model.distribution.DistributionPurpose;
import cn.sunledger.ledger.domain.model.distribution.Meeting;
import cn.sunledger.ledger.domain.model.distribution.MeetingKind;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Money;
import cn.sunledger.ledger.domain.model.shared.Violation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Bodies of the distribution plans' calls (api.md, distributions). Codes (purposes, meeting kinds) are read here and
 * an unknown one is refused naming its field; a banned purpose is a known code, refused by the plan's rules (422).
 */
public final class DistributionRequests {

    private DistributionRequests() {
    }

    /** POST /api/distributions — api.md's example; {@code decision} is the 村民代表大会决议, {@code meetings} the others. */
    public static class Create {
        @NotNull
        @Size(max = 15)
        public String ownerRegionCode;

        @Size(max = 200)
        public String ownerName;

        @NotNull
        public LocalDate periodFrom;

        @NotNull
        public LocalDate periodTo;

        @NotNull
        @Pattern(regexp = "0(\\.\\d{1,4})?|1(\\.0{1,4})?")
        public String reserveRate;

        @Size(max = 2000)
        public String flatPayoutJustification;

        @Valid
        public Decision decision;

        @Valid
        public List<@NotNull @Valid MeetingBody> meetings;

        @NotNull
        @Size(min = 1, max = 2000)
        public List<@NotNull @Valid LineBody> lines;

        public PlanForm toForm() {
            List<PlanForm.Line> planLines = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                LineBody l = lines.get(i);
                planLines.add(new PlanForm.Line(code(DistributionPurpose.class, l.purpose, "lines[" + i + "].purpose"),
                        l.householdId, Money.parse(l.amount), l.note));
            }
            List<Meeting> held = new ArrayList<>();
            if (meetings != null) {
                for (int i = 0; i < meetings.size(); i++) {
                    held.add(meetings.get(i).toMeeting("meetings[" + i + "].kind"));
                }
            }
            if (decision != null) {
                held.add(new Meeting(MeetingKind.REPRESENTATIVES_RESOLUTION, decision.meetingOn, decision.attendees,
                        decision.votesFor, decision.minutesRef));
            }
            return new PlanForm(ownerRegionCode.strip(), ownerName, periodFrom, periodTo, new BigDecimal(reserveRate),
                    flatPayoutJustification, planLines, held);
        }
    }

    public static class LineBody {
        @NotBlank
        @Size(max = 40)
        public String purpose;

        public Long householdId;

        @NotNull
        @Pattern(regexp = ProjectRequest.MONEY)
        public String amount;

        @Size(max = 500)
        public String note;
    }

    /** What every meeting records: attendance, votes for, and the reference of its minutes. */
    public abstract static class Attendance {
        @NotNull
        @Min(1)
        @Max(100000)
        public Integer attendees;

        @NotNull
        @Min(0)
        @Max(100000)
        public Integer votesFor;

        @Size(max = 200)
        public String minutesRef;
    }

    /** The 村民代表大会决议 as api.md's example gives it. */
    public static class Decision extends Attendance {
        @NotNull
        public LocalDate meetingOn;
    }

    /** POST /api/distributions/{id}/meetings — one of the four meetings. */
    public static class MeetingBody extends Attendance {
        @NotBlank
        @Size(max = 40)
        public String kind;

        @NotNull
        public LocalDate heldOn;

        public Meeting toMeeting(String kindField) {
            return new Meeting(code(MeetingKind.class, kind, kindField), heldOn, attendees, votesFor, minutesRef);
        }
    }

    /** POST /api/distributions/{id}/actions/{submit|approve|return} */
    public static class ActionBody {
        @Size(max = 2000)
        public String opinion;

        /** The date on the submission or the township's 批复 when it was entered later (optional). */
        public LocalDate decidedOn;
    }

    /** POST /api/distributions/{id}/actions/pay — one batch of payments. */
    public static class PayBody {
        @NotNull
        public LocalDate paidOn;

        @NotNull
        @Size(min = 1, max = 2000)
        public List<@NotNull @Valid PaymentBody> payments;

        public PaymentBatch toBatch() {
            return new PaymentBatch(paidOn, payments.stream().map(p -> new PaymentBatch.Payment(p.lineId,
                    "PAID".equals(p.outcome), Money.parse(p.amount), blankToNull(p.voucherNo), blankToNull(p.reason)))
                    .toList());
        }
    }

    public static class PaymentBody {
        @NotNull
        public Long lineId;

        @NotNull
        @Pattern(regexp = "PAID|FAILED")
        public String outcome;

        @NotNull
        @Pattern(regexp = ProjectRequest.MONEY)
        public String amount;

        @Size(max = 100)
        public String voucherNo;

        @Size(max = 500)
        public String reason;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The code's constant, or 400 naming the field. */
    private static <E extends Enum<E>> E code(Class<E> type, String code, String field) {
        try {
            return Enum.valueOf(type, code.strip());
        } catch (IllegalArgumentException e) {
            throw LedgerException.invalid(List.of(Violation.ofField(field, "distribution.unknownCode", code)));
        }
    }
}
