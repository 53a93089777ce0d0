package cn.sunledger.ledger.domain.model.asset;

import cn.sunledger.ledger.domain.model.shared.Money;
import java.time.LocalDate;

/**
 * A proposed 处置 of an asset on its approval chain. The county's approval takes two signatures — the county rural
 * bureau's (县农业农村) and the county finance bureau's (财政), in either order — and the disposal is county-approved
 * only when both have given it.
 */
public final class Disposal {

    private Long id;
    private final DisposalMethod method;
    private final String reason;
    private final Money appraisedValue;
    private final String proceedsUse;
    private DisposalStatus status;
    private String ruralApprovedBy;
    private String financeApprovedBy;
    private Money proceeds;
    private final LocalDate proposedOn;
    private final String proposedBy;
    private boolean changed;

    public Disposal(Long id, DisposalMethod method, String reason, Money appraisedValue, String proceedsUse,
            DisposalStatus status, String ruralApprovedBy, String financeApprovedBy, Money proceeds,
            LocalDate proposedOn, String proposedBy) {
        this.id = id;
        this.method = method;
        this.reason = reason;
        this.appraisedValue = appraisedValue;
        this.proceedsUse = proceedsUse;
        this.status = status;
        this.ruralApprovedBy = ruralApprovedBy;
        this.financeApprovedBy = financeApprovedBy;
        this.proceeds = proceeds;
        this.proposedOn = proposedOn;
        this.proposedBy = proposedBy;
    }

    void moveTo(DisposalStatus next) {
        status = next;
        changed = true;
    }

    void approvedByRural(String by) {
        ruralApprovedBy = by;
        changed = true;
    }

    void approvedByFinance(String by) {
        financeApprovedBy = by;
        changed = true;
    }

    void completedWith(Money proceeds) {
        this.proceeds = proceeds;
        moveTo(DisposalStatus.COMPLETED);
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean changed() {
        return changed;
    }

    public void stored(long id) {
        this.id = id;
    }

    public Long id() {
        return id;
    }

    public DisposalMethod method() {
        return method;
    }

    public String reason() {
        return reason;
    }

    public Money appraisedValue() {
        return appraisedValue;
    }

    public String proceedsUse() {
        return proceedsUse;
    }

    public DisposalStatus status() {
        return status;
    }

    public String ruralApprovedBy() {
        return ruralApprovedBy;
    }

    public String financeApprovedBy() {
        return financeApprovedBy;
    }

    public Money proceeds() {
        return proceeds;
    }

    public LocalDate proposedOn() {
        return proposedOn;
    }

    public String proposedBy() {
        return proposedBy;
    }
}
