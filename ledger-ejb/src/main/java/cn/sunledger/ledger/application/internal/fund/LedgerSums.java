package cn.sunledger.ledger.application.internal.fund;

import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.shared.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one ledger region's journal holds for the fund documents of a year as of a day, per (project, source): the
 * debit balance of PROJECT_ALLOCATED and PAID_TO_PAYEE (allocated: what reached the project and stayed there) and
 * of PAID_TO_PAYEE alone (paid). A function of the journal only — no project's name or place — so it stays true
 * for as long as the ledger has no further entry ({@link LedgerSumsMemo}).
 */
record LedgerSums(List<Sum> sums) {

    LedgerSums {
        sums = List.copyOf(sums);
    }

    record Sum(long projectId, FundSource source, Money allocated, Money paid) {
    }

    /**
     * What some further entries of the ledger moved, per (project, source): signed, since a reversal takes back
     * what its entry had moved.
     */
    record Change(long projectId, FundSource source, BigDecimal allocated, BigDecimal paid) {
    }

    /** These sums with the changes of later entries added: the sums the ledger has after those entries. */
    LedgerSums plus(List<Change> changes) {
        if (changes.isEmpty()) {
            return this;
        }
        Map<Object, Sum> merged = new LinkedHashMap<>(sums.size() * 4 / 3 + changes.size() + 1);
        for (Sum s : sums) {
            merged.put(keyOf(s.projectId(), s.source()), s);
        }
        for (Change c : changes) {
            // a (project, source) without sums yet starts at zero; the result is a balance again, never negative
            merged.compute(keyOf(c.projectId(), c.source()), (k, old) -> new Sum(c.projectId(), c.source(),
                    Money.of((old == null ? BigDecimal.ZERO : old.allocated().toBigDecimal()).add(c.allocated())),
                    Money.of((old == null ? BigDecimal.ZERO : old.paid().toBigDecimal()).add(c.paid()))));
        }
        return new LedgerSums(new ArrayList<>(merged.values()));
    }

    private static Object keyOf(long projectId, FundSource source) {
        return List.of(projectId, source);
    }
}
