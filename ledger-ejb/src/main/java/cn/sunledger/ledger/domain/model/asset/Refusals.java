package cn.sunledger.ledger.domain.model.asset;

import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Violation;
import java.util.List;

/** Refusals of the asset register that name the request field they concern (problem+json {@code errors[]}). */
public final class Refusals {

    private Refusals() {
    }

    /** 422: a business rule refused the value of {@code field}. */
    public static LedgerException rule(String field, String key, Object... args) {
        return new LedgerException(LedgerException.Kind.RULE, key, List.of(Violation.ofField(field, key, args)), args);
    }

    /** 400: the value of {@code field} is missing or malformed. */
    public static LedgerException invalid(String field, String key, Object... args) {
        return new LedgerException(LedgerException.Kind.INVALID, key, List.of(Violation.ofField(field, key, args)),
                args);
    }
}
