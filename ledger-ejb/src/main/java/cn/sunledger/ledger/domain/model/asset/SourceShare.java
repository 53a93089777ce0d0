package cn.sunledger.ledger.domain.model.asset;

import java.math.BigDecimal;

/** A project the asset formed from and that project's share of the asset (the shares of an asset sum to 1). */
public record SourceShare(long projectId, BigDecimal share) {
}
