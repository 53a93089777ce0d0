package cn.sunledger.ledger.application.asset;

import cn.sunledger.ledger.domain.model.asset.AssetClass;
import cn.sunledger.ledger.domain.model.asset.AssetStage;
import cn.sunledger.ledger.domain.model.asset.AssetStatus;
import cn.sunledger.ledger.domain.model.asset.OwnerLevel;
import cn.sunledger.ledger.domain.model.shared.Money;
import java.time.LocalDate;

/**
 * A row of the register; {@code owners} are the owning entities' names joined with 、 (null before 确权).
 */
public record AssetSummary(long id, String code, String name, AssetClass assetClass, String subType,
        String naturalVillageCode, String naturalVillageName, LocalDate formedOn, Money originalValue, AssetStage stage,
        AssetStatus status, String operator, String caretaker, OwnerLevel ownerLevel, String owners) {
}
