package cn.sunledger.ledger.application.distribution;

import cn.sunledger.ledger.application.Page;
import cn.sunledger.ledger.application.fund.IdempotencyKey;
import cn.sunledger.ledger.application.fund.Posting;
import cn.sunledger.ledger.domain.model.distribution.Meeting;
import cn.sunledger.ledger.domain.model.distribution.PlanAction;
import cn.sunledger.ledger.domain.model.distribution.PlanStatus;
import cn.sunledger.ledger.domain.service.access.Caller;
import java.time.LocalDate;

/**
 * Income distribution plans (收益分配方案, domain.md §6): drafted by the village on what its assets earned in the
 * period, with the 四议两公开 meetings, approved by the township, announced (收益分配方案公示) before any line is paid,
 * paid line by line through the journal, and announced again when paid (收益分配结果公告).
 */
public interface Distributions {

    /** A DRAFT plan; its income, what earlier plans took and its reserve are derived (403, 422 with every reason). */
    PlanView create(Caller caller, PlanForm form);

    /** Records one of the four meetings on a draft (409 after the draft, 422 on its rules). */
    PlanView recordMeeting(Caller caller, long planId, Meeting meeting);

    /**
     * submit, approve or return (with the opinion), dated the day it is recorded; 409 when the status does not allow
     * it, 422 without the meetings.
     */
    PlanView take(Caller caller, long planId, PlanAction action, String opinion);

    /**
     * A step dated by its paper: {@code decidedOn} (optional) is the day on the submission or the township's 批复,
     * never in the future nor before the step it follows (422 naming {@code decidedOn}, see StepDate).
     */
    PlanView take(Caller caller, long planId, PlanAction action, String opinion, LocalDate decidedOn);

    /**
     * Records a batch of payments and posts its paid lines as one journal entry (none when all failed); 409 before the
     * plan's notice has cleared, 422 on a line's rules or a balance that would go below zero.
     */
    Posting pay(Caller caller, long planId, PaymentBatch batch, IdempotencyKey key);

    PlanView plan(Caller caller, long planId);

    /** Plans of the caller's scope (or of {@code region} in it), newest first. */
    Page<PlanView.Summary> list(Caller caller, String region, PlanStatus status, int page, int size);
}
