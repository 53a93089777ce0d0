package cn.sunledger.web.interfaces.web;

import cn.sunledger.ledger.application.distribution.Distributions;
import cn.sunledger.ledger.application.distribution.PaymentBatch;
import cn.sunledger.ledger.application.distribution.PlanView;
import cn.sunledger.ledger.application.fund.Posting;
import cn.sunledger.ledger.domain.model.distribution.PlanAction;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Messages;
import cn.sunledger.ledger.domain.model.shared.Money;
import cn.sunledger.ledger.domain.service.access.AccessPolicy;
import cn.sunledger.ledger.domain.service.access.Action;
import cn.sunledger.ledger.infrastructure.time.BusinessClock;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 兑付 on the plan page ({@code distribution.xhtml}, beside {@link DistributionPlanPageView}): for an approved plan and a
 * caller who pays (the village clerk, or the township reviewer for 村账乡代管), one batch of the lines not paid yet —
 * each left out, paid (its full amount prefilled, the voucher number) or failed (the reason) — on one paid date. The
 * service posts the batch's paid lines as one journal entry; a failed line stays open for a later batch. The refusal
 * while the plan's notice has not cleared is kept apart, so that the page can say what to do about it.
 */
@Named
@ViewScoped
public class DistributionPaymentsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "payForm:";
    /** An outcome of a row: left out of this batch, paid, or failed. */
    public static final String PAID = "PAID";
    public static final String FAILED = "FAILED";

    @Inject
    transient Distributions distributions;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient BusinessClock clock;

    @Inject
    DistributionPlanPageView detail;

    private LocalDate paidOn;
    private final List<PayRow> rows = new ArrayList<>();
    private String noticeRefusal;

    /** A line not paid yet, as the batch form holds it: the amount as typed until it is checked. */
    public static class PayRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long lineId;
        private final int seq;
        private String outcome;
        private String amount;
        private String voucherNo;
        private String reason;

        PayRow(long lineId, int seq, String amount) {
            this.lineId = lineId;
            this.seq = seq;
            this.amount = amount;
        }

        public long getLineId() {
            return lineId;
        }

        public int getSeq() {
            return seq;
        }

        public String getOutcome() {
            return outcome;
        }

        public void setOutcome(String outcome) {
            this.outcome = outcome == null || outcome.isBlank() ? null : outcome;
        }

        public String getAmount() {
            return amount;
        }

        public void setAmount(String amount) {
            this.amount = amount;
        }

        public String getVoucherNo() {
            return voucherNo;
        }

        public void setVoucherNo(String voucherNo) {
            this.voucherNo = voucherNo;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    /** The view action, after the plan's own: a row per line not paid yet, its full amount prefilled. */
    public void load() {
        PlanView plan = detail.getPlan();
        if (plan == null || !rows.isEmpty()) {
            return;
        }
        paidOn = clock.today();
        for (PlanView.Line l : plan.lines()) {
            if (l.paid() == null) {
                rows.add(new PayRow(l.id(), l.seq(), MoneyText.show(l.amount())));
            }
        }
    }

    public boolean isMayPay() {
        PlanView plan = detail.getPlan();
        return plan != null && PlanAction.PAY.allowedFrom(plan.status()) && !rows.isEmpty()
                && AccessPolicy.permits(caller.get(), Action.PAY_DISTRIBUTION, RegionCode.of(plan.ownerRegion()));
    }

    /** 记录兑付: the rows given an outcome, as one batch; the page opens again with what was recorded. */
    public String pay() {
        PlanView plan = detail.getPlan();
        if (plan == null) {
            return null;
        }
        noticeRefusal = null;
        List<PaymentBatch.Payment> payments = new ArrayList<>();
        Map<Integer, Integer> rowOf = new HashMap<>();
        boolean ok = true;
        for (int i = 0; i < rows.size(); i++) {
            PayRow r = rows.get(i);
            if (r.outcome == null) {
                continue;
            }
            Money amount = MoneyText.parse(r.amount);
            if (amount == null) {
                FieldErrors.at(rowField(i, "amount"), line(r) + UiText.get("distribution.amount"),
                        UiText.get("fund.amountFormat"));
                ok = false;
                continue;
            }
            rowOf.put(payments.size(), i);
            payments.add(new PaymentBatch.Payment(r.lineId, PAID.equals(r.outcome), amount, blankToNull(r.voucherNo),
                    blankToNull(r.reason)));
        }
        if (paidOn == null) {
            FieldErrors.at(FORM + "paidOn", UiText.get("distribution.paidDate"), UiText.get("distribution.required"));
            ok = false;
        }
        if (ok && payments.isEmpty()) {
            FieldErrors.at("payProblems", UiText.get("distribution.payLines"), UiText.get("distribution.chooseOutcome"));
            ok = false;
        }
        if (!ok) {
            return null;
        }
        try {
            Posting posted = distributions.pay(caller.get(), plan.id(), new PaymentBatch(paidOn, payments), null);
            long paid = payments.stream().filter(PaymentBatch.Payment::paid).count();
            FacesMessages.info(posted.entryNo() == null
                    ? UiText.get("distribution.failuresRecorded", payments.size())
                    : UiText.get("distribution.paymentsRecorded", paid, payments.size() - paid, posted.entryNo()));
            UiText.keepMessages();
            return "distribution?faces-redirect=true&id=" + plan.id();
        } catch (LedgerException e) {
            if (e.kind() == LedgerException.Kind.CONFLICT && e.messageKey().startsWith("distribution.notice")) {
                noticeRefusal = Messages.format(FacesContext.getCurrentInstance().getViewRoot().getLocale(),
                        e.messageKey(), e.args());
                FacesContext.getCurrentInstance().validationFailed();
                return null;
            }
            Map<String, String[]> fields = new HashMap<>();
            fields.put("paidOn", new String[] {FORM + "paidOn", UiText.get("distribution.paidDate")});
            fields.put("payments", new String[] {"payProblems", UiText.get("distribution.payLines")});
            rowOf.forEach((at, i) -> {
                PayRow r = rows.get(i);
                for (String f : List.of("amount", "voucherNo", "reason")) {
                    fields.put("payments[" + at + "]." + f, new String[] {rowField(i, f),
                            line(r) + UiText.get("distribution." + f)});
                }
            });
            FieldErrors.refused(e, "payProblems", fields);
            return null;
        }
    }

    private static String rowField(int i, String field) {
        return FORM + "payRows:" + i + ":" + field;
    }

    private static String line(PayRow r) {
        return UiText.get("distribution.lineNo", r.seq) + " ";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The plan's line a row pays. */
    public PlanView.Line lineOf(PayRow r) {
        return detail.getPlan().lines().stream().filter(l -> l.id() == r.lineId).findFirst().orElseThrow();
    }

    public LocalDate getToday() {
        return clock.today();
    }

    public List<PayRow> getRows() {
        return rows;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public void setPaidOn(LocalDate paidOn) {
        this.paidOn = paidOn;
    }

    public String getNoticeRefusal() {
        return noticeRefusal;
    }
}
