package cn.sunledger.ledger.application.asset;

import cn.sunledger.ledger.application.Page;
import cn.sunledger.ledger.domain.model.shared.Money;

/**
 * One page of the register and the totals of every asset the filter matches (not only of the page): what the
 * list's totals row shows.
 */
public record AssetList(Page<AssetSummary> page, Totals totals) {

    /** How many assets match, and their Σ原值. */
    public record Totals(long count, Money originalValue) {
        public static final Totals NONE = new Totals(0, Money.ZERO);
    }
}
