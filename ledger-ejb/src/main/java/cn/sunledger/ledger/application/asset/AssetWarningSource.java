package cn.sunledger.ledger.application.asset;

import cn.sunledger.ledger.domain.model.region.RegionCode;
import java.time.LocalDate;
import java.util.List;

/**
 * The extension point of the supervision warnings: every CDI bean implementing it adds its warnings to the dashboard.
 * The built-in kinds are queried by the warning service itself; {@link AssetWarning.Kind#EXPECTED_INCOME_MISSING}
 * (operating assets with an expected annual income and none received this year) needs the asset income of
 * issue 11 item 3 and comes from a source the income part provides.
 */
public interface AssetWarningSource {

    /** The warnings in {@code region}'s subtree as of {@code today}. */
    List<AssetWarning> warnings(RegionCode region, LocalDate today);
}
