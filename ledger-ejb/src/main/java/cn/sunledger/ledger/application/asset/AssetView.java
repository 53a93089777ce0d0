package cn.sunledger.ledger.application.asset;

import cn.sunledger.ledger.domain.model.asset.Asset;
import cn.sunledger.ledger.domain.model.asset.AssetEvent;
import cn.sunledger.ledger.domain.model.asset.Disposal;
import cn.sunledger.ledger.domain.model.asset.Handover;
import cn.sunledger.ledger.domain.model.asset.Owner;
import cn.sunledger.ledger.domain.model.asset.ValuePart;
import java.math.BigDecimal;
import java.util.List;

/**
 * An asset as its page and the API show it: the current state, its source projects (code, name, share), its 原值 by
 * project and fund source, owners, every 移交书 and disposal, and its history oldest first.
 */
public record AssetView(Asset.State state, String subType, String naturalVillageName, List<Source> sources,
        List<ValuePart> values, List<Owner> owners, List<Handover> handovers, List<Disposal> disposals,
        List<AssetEvent> history) {

    public record Source(long projectId, String projectCode, String projectName, BigDecimal share) {
    }
}
