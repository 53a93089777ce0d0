package cn.sunledger.web.interfaces.rest.dto;

import cn.sunledger.ledger.application.distribution.PlanView;
import cn.sunledger.ledger.domain.model.distribution.Meeting;
import cn.sunledger.ledger.domain.model.distribution.PlanFigures;
import cn.sunledger.ledger.infrastructure.time.SystemClock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Answers of the distribution plans' calls: money as strings, codes with their names, ID numbers masked. */
public final class DistributionDtos {

    private DistributionDtos() {
    }

    public record PlanDto(long id, String ownerRegionCode, String ownerRegionName, String ownerName,
            LocalDate periodFrom, LocalDate periodTo, String status, String statusName, FiguresDto figures,
            String flatPayoutJustification, List<LineDto> lines, List<MeetingDto> meetings, String nextMeeting,
            String paidTotal, List<StepDto> history) {

        public static PlanDto of(PlanView p) {
            return new PlanDto(p.id(), p.ownerRegion(), p.ownerRegionName(), p.ownerName(), p.periodFrom(),
                    p.periodTo(), p.status().name(), p.status().chineseName(), FiguresDto.of(p.figures()),
                    p.flatPayoutJustification(), p.lines().stream().map(LineDto::of).toList(),
                    p.meetings().stream().map(MeetingDto::of).toList(),
                    p.nextMeeting() == null ? null : p.nextMeeting().name(), p.paidTotal().toString(),
                    p.history().stream().map(StepDto::of).toList());
        }
    }

    /**
     * The plan's arithmetic and checks: {@code balanced} says whether Σ lines = available − reserve; the flat payout and
     * the share to 监测户 and 脱贫户 as shares (0–1, four decimals).
     */
    public record FiguresDto(String income, String earlierPlans, String available, String reserveRate, String reserve,
            String distributable, String linesTotal, boolean balanced, int flatPayoutHouseholds, String flatPayoutPerHead,
            String flatPayoutShare, String toPriorityHouseholds, String priorityShare) {

        static FiguresDto of(PlanFigures f) {
            PlanFigures.FlatPayout flat = f.flatPayout();
            return new FiguresDto(f.income().toString(), f.earlierPlans().toString(), f.available().toString(),
                    f.reserveRate().toPlainString(), f.reserve().toString(), f.distributable().toString(),
                    f.linesTotal().toString(), f.balanced(), flat.households(), flat.perHead().toString(),
                    flat.share().toPlainString(), f.toPriorityHouseholds().toString(),
                    f.priorityShare().toPlainString());
        }
    }

    public record LineDto(long id, int seq, String purpose, String purposeName, Long householdId, String householdNo,
            String headName, String idNumber, String naturalVillageName, String category, String categoryName,
            String amount, String note, boolean paid, List<PaymentDto> attempts) {

        static LineDto of(PlanView.Line l) {
            return new LineDto(l.id(), l.seq(), l.purpose().name(), l.purpose().chineseName(), l.householdId(),
                    l.householdNo(), l.headName(), l.idNumber(), l.naturalVillageName(),
                    l.category() == null ? null : l.category().name(),
                    l.category() == null ? null : l.category().chineseName(), l.amount().toString(), l.note(),
                    l.paid() != null, l.attempts().stream().map(PaymentDto::of).toList());
        }
    }

    public record PaymentDto(long id, String outcome, String amount, LocalDate paidOn, String voucherNo, String reason,
            String entryNo) {

        static PaymentDto of(PlanView.Payment p) {
            return new PaymentDto(p.id(), p.paid() ? "PAID" : "FAILED", p.amount().toString(), p.paidOn(),
                    p.voucherNo(), p.reason(), p.entryNo());
        }
    }

    public record MeetingDto(String kind, String kindName, LocalDate heldOn, int attendees, int votesFor,
            String minutesRef, boolean passed) {

        static MeetingDto of(Meeting m) {
            return new MeetingDto(m.kind().name(), m.kind().chineseName(), m.heldOn(), m.attendees(), m.votesFor(),
                    m.minutesRef(), m.passed());
        }
    }

    public record StepDto(String action, String fromStatus, String toStatus, String actorName, String role,
            String roleName, OffsetDateTime at, String opinion, LocalDate decidedOn) {

        static StepDto of(PlanView.Step s) {
            return new StepDto(s.action(), s.from().name(), s.to().name(), s.actorName(), s.role().name(),
                    s.role().chineseName(), s.at().atZone(SystemClock.ZONE).toOffsetDateTime(),
                    s.opinion(), s.decidedOn());
        }
    }

    public record SummaryDto(long id, String ownerRegionCode, String ownerRegionName, String ownerName,
            LocalDate periodFrom, LocalDate periodTo, String status, String statusName, String available,
            String reserve) {

        public static SummaryDto of(PlanView.Summary s) {
            return new SummaryDto(s.id(), s.ownerRegion(), s.ownerRegionName(), s.ownerName(), s.periodFrom(),
                    s.periodTo(), s.status().name(), s.status().chineseName(), s.available().toString(),
                    s.reserve().toString());
        }
    }

    /** The answer to a payment batch: its journal entry (null when every payment failed) and the plan after it. */
    public record PaidDto(String entryNo, String hash, String prevHash, PlanDto plan) {
    }
}
