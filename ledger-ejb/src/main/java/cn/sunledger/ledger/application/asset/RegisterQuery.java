package cn.sunledger.ledger.application.asset;

import cn.sunledger.ledger.domain.model.asset.AssetClass;
import cn.sunledger.ledger.domain.model.asset.AssetStatus;
import cn.sunledger.ledger.domain.model.asset.OwnerLevel;
import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import java.time.LocalDate;

/**
 * What a register (总账 or 明细台账) is asked for: the region whose subtree it covers, the day it stands on, and its
 * filters; null means any (the caller's home region, today). Status, owner level and owner are those the asset had on
 * {@code asOf}, so they are matched on the row as of that day ({@link #matches}), not on the asset's current columns.
 * A status filter of 已处置 asks for the assets disposed of by that day, which every other register leaves out.
 */
public record RegisterQuery(RegionCode region, LocalDate asOf, AssetClass assetClass, AssetStatus status,
        OwnerLevel ownerLevel, String owner, Long projectId, FundSource fundSource) {

    public static RegisterQuery of(RegionCode region, LocalDate asOf) {
        return new RegisterQuery(region, asOf, null, null, null, null, null, null);
    }

    public RegisterQuery on(LocalDate day) {
        return new RegisterQuery(region, day, assetClass, status, ownerLevel, owner, projectId, fundSource);
    }

    public RegisterQuery in(RegionCode subtree) {
        return new RegisterQuery(subtree, asOf, assetClass, status, ownerLevel, owner, projectId, fundSource);
    }

    /** Whether only disposed assets are asked for. */
    public boolean disposedOnly() {
        return status == AssetStatus.DISPOSED;
    }

    /** The filters that depend on the day: status, owner level and owner (one of the owners, by exact name). */
    public boolean matches(RegisterRow row) {
        if (status != null && status != AssetStatus.DISPOSED && status != row.status()) {
            return false;
        }
        if (ownerLevel != null && ownerLevel != row.ownerLevel()) {
            return false;
        }
        return owner == null || owner.isBlank() || row.owners().contains(owner.strip());
    }
}
