package cn.sunledger.ledger.application.internal.fund;

import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.shared.Money;
import java.util.List;

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
}
