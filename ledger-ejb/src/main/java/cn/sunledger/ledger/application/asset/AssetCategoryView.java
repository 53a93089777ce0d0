package cn.sunledger.ledger.application.asset;

import cn.sunledger.ledger.domain.model.asset.AssetClass;

/** A sub-type of the asset class code table. */
public record AssetCategoryView(String code, AssetClass assetClass, String name, String nameEn, boolean active) {
}
