package cn.sunledger.ledger.application.fund;

import cn.sunledger.ledger.application.Page;
import cn.sunledger.ledger.domain.model.shared.Money;

/**
 * One page of fund documents with their derived figures, and the totals of every document the filter matches
 * (not only of the page): what a list's totals row shows.
 */
public record FundDocumentList(Page<FundDocumentView> page, Totals totals) {

    public record Totals(Money amount, Money allocated, Money disbursed, Money remaining) {
        public static final Totals NONE = new Totals(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);
    }
}
