package cn.sunledger.ledger.application.fund;

import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.region.RegionCode;

/**
 * Filters of the fund document list; any may be null. {@code region} narrows to documents of that ledger region
 * (within the caller's scope); {@code text} matches part of the 文号 or of the purpose.
 */
public record FundDocumentFilter(RegionCode region, Integer year, FundSource source, String text) {

    /** The longest search text taken (the 文号 column is 100 characters). */
    public static final int MAX_TEXT = 100;
}
