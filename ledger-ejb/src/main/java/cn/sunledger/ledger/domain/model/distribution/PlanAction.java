package cn.sunledger.ledger.domain.model.distribution;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The plan's flow as a table (api.md actions {@code submit, approve, return, pay}): from which statuses each step may
 * be taken and where it leads. Paying keeps an approved plan APPROVED until every line is paid, then PAID.
 */
public enum PlanAction {
    SUBMIT("submit", EnumSet.of(PlanStatus.DRAFT), PlanStatus.SUBMITTED),
    APPROVE("approve", EnumSet.of(PlanStatus.SUBMITTED), PlanStatus.APPROVED),
    RETURN("return", EnumSet.of(PlanStatus.SUBMITTED), PlanStatus.RETURNED),
    PAY("pay", EnumSet.of(PlanStatus.APPROVED), PlanStatus.APPROVED);

    private final String code;
    private final Set<PlanStatus> from;
    private final PlanStatus to;

    PlanAction(String code, Set<PlanStatus> from, PlanStatus to) {
        this.code = code;
        this.from = from;
        this.to = to;
    }

    public String code() {
        return code;
    }

    public boolean allowedFrom(PlanStatus status) {
        return from.contains(status);
    }

    public PlanStatus target() {
        return to;
    }

    public static Optional<PlanAction> ofCode(String code) {
        for (PlanAction a : values()) {
            if (a.code.equals(code)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
