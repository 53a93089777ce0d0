package cn.sunledger.ledger.application.asset;

import cn.sunledger.ledger.domain.model.asset.AssetClass;
import cn.sunledger.ledger.domain.model.asset.AssetStage;
import cn.sunledger.ledger.domain.model.asset.AssetStatus;
import cn.sunledger.ledger.domain.model.asset.OwnerLevel;
import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One asset of the 明细台账 as it stood on the register's day: stage, status, owners and operator are those of its
 * events up to that day; the place is given by name (township, village, natural village).
 */
public record RegisterRow(long id, String code, String name, AssetClass assetClass, String subType, BigDecimal quantity,
        String unit, String naturalVillageCode, String townshipName, String villageName, String naturalVillageName,
        LocalDate formedOn, Money originalValue, AssetStage stage, AssetStatus status, OwnerLevel ownerLevel,
        List<String> owners, String operator, List<String> sourceProjects, List<FundSource> fundSources) {

    /** 乡镇 村 自然村, as the register prints the place. */
    public String placeName() {
        return String.join(" ", List.of(nonNull(townshipName), nonNull(villageName), nonNull(naturalVillageName)))
                .strip();
    }

    /** The township's code (the register's 总账 groups by it). */
    public String townshipCode() {
        return naturalVillageCode.substring(0, 9) + "000";
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
