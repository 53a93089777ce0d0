package cn.sunledger.ledger.domain.model.asset;

import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.shared.Money;

/** The part of an asset's 原值 that one source project paid from one fund source. */
public record ValuePart(long projectId, FundSource source, Money amount) {
}
