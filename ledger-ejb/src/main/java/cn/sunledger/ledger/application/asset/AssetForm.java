package cn.sunledger.ledger.application.asset;

import cn.sunledger.ledger.domain.model.asset.AssetClass;
import cn.sunledger.ledger.domain.model.asset.SourceShare;
import cn.sunledger.ledger.domain.model.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A new asset (api.md {@code POST /assets}): {@code subType} is a sub-type of the class, by its name (产业基地) or its
 * code; {@code originalValue} is optional — without it the asset carries what its projects paid.
 */
public record AssetForm(String name, AssetClass assetClass, String subType, List<SourceShare> sourceProjects,
        Money originalValue, BigDecimal quantity, String unit, String naturalVillageCode, LocalDate formedOn) {
}
