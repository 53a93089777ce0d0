package cn.sunledger.ledger.application.distribution;

import cn.sunledger.ledger.application.Page;
import cn.sunledger.ledger.application.fund.IdempotencyKey;
import cn.sunledger.ledger.application.fund.Posting;
import cn.sunledger.ledger.domain.model.distribution.Meeting;
import cn.sunledger.ledger.domain.model.distribution.PlanAction;
import cn.sunledger.ledger.domain.model.distribution.PlanFigures;
import cn.sunledger.ledger.domain.model.distribution.PlanStatus;
import cn.sunledger.ledger.domain.service.access.Caller;
import java.time.LocalDate;
import java.util.List;

/**
 * Income distribution plans (收益分配方案, domain.md §6): drafted by the village on what its assets earned in the
 * period, with the 四议两公开 meetings, approved by the township, announced (收益分配方案公示) before any line is paid,
 * paid line by line through the journal, and announced again when paid (收益分配结果公告).
 */
public interface Distributions {

    /** A DRAFT plan; its income, what earlier plans took and its reserve are derived (403, 422 with every reason). */
    PlanView create(Caller caller, PlanForm form);

    /**
     * The figures a plan of this form would be drawn on, derived as {@link #create} derives them — the owner's income
     * of the period, what earlier plans took, the reserve at the form's rate, the lines' total, the flat payout and
     * the share to 监测户 and 脱贫户 — without checking the lines or recording anything (the plan form shows them live
     * before it is saved). Refuses what {@code create} refuses before its checks: 403, the owner, its name, the period,
     * an unknown household (422 naming the field).
     */
    PlanFigures figures(Caller caller, PlanForm form);

    /** The names under which the village's asset income was recorded (a plan's owner is one of them). */
    List<String> ownerNames(Caller caller, String ownerRegionCode);

    /**
     * At most {@code max} households of the owner's village whose head's name contains {@code text} or whose household
     * number starts with it, by household number, ID numbers masked (for a caller who drafts the village's plans).
     */
    List<HouseholdChoice> households(Caller caller, String ownerRegionCode, String text, int max);

    /** Records one of the four meetings on a draft (409 after the draft, 422 on its rules). */
    PlanView recordMeeting(Caller caller, long planId, Meeting meeting);

    /**
     * Records a meeting with its minutes' scan (null: none yet) in one step: neither is kept when either is refused
     * (the file as {@link MeetingMinutes#attach} checks it).
     */
    PlanView recordMeeting(Caller caller, long planId, Meeting meeting, MinutesScan minutes);

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
