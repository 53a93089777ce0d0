package cn.sunledger.ledger.application.asset;

import cn.sunledger.ledger.domain.model.asset.AssetClass;
import cn.sunledger.ledger.domain.model.asset.AssetStatus;
import cn.sunledger.ledger.domain.model.asset.OwnerLevel;
import cn.sunledger.ledger.domain.model.region.RegionCode;

/**
 * The register's filters; null means any. {@code text} is found anywhere in the asset's name or code (at most
 * {@link #MAX_TEXT} characters are used; its % and _ are taken literally).
 */
public record AssetFilter(RegionCode region, AssetClass assetClass, AssetStatus status, OwnerLevel ownerLevel,
        String text) {

    public static final int MAX_TEXT = 100;

    public AssetFilter {
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
    }

    /** Region, class and status only (the API's first filters). */
    public AssetFilter(RegionCode region, AssetClass assetClass, AssetStatus status) {
        this(region, assetClass, status, null, null);
    }
}
