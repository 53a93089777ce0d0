package cn.sunledger.ledger.application.asset;

import cn.sunledger.ledger.domain.model.asset.AssetClass;
import cn.sunledger.ledger.domain.model.asset.AssetStatus;
import cn.sunledger.ledger.domain.model.region.RegionCode;

/** The register's filters; null means any. */
public record AssetFilter(RegionCode region, AssetClass assetClass, AssetStatus status) {
}
