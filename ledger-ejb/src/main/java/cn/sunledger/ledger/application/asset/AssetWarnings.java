package cn.sunledger.ledger.application.asset;

import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.service.access.Caller;
import java.util.List;

/** The supervision warnings of the asset register (四个一批 dashboard, issue 11 item 5). */
public interface AssetWarnings {

    /**
     * Every warning inside {@code region} (the caller's home region when null), ordered by kind, then most serious
     * first; 403 outside the caller's scope.
     */
    List<AssetWarning> warnings(Caller caller, RegionCode region);
}
