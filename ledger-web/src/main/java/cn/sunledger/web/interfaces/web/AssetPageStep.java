package cn.sunledger.web.interfaces.web;

import cn.sunledger.ledger.domain.model.asset.AssetStage;
import cn.sunledger.ledger.domain.model.asset.DisposalStep;
import cn.sunledger.ledger.domain.service.access.Action;
import java.util.EnumSet;
import java.util.Set;

/**
 * The steps the asset page may offer, each with the access-policy action it needs and the stages it is taken
 * from (the aggregate's state machine; disposal steps also follow the open disposal's status). The page offers
 * only those whose stage, role and region allow them now; the register still decides when one is sent.
 */
public enum AssetPageStep {
    OWNERSHIP(Action.CONFIRM_ASSET_OWNERSHIP, EnumSet.of(AssetStage.REGISTERED, AssetStage.OWNERSHIP_CONFIRMED), null),
    HANDOVER(Action.SIGN_ASSET_HANDOVER, EnumSet.of(AssetStage.OWNERSHIP_CONFIRMED), null),
    CONFIRMATION(Action.CONFIRM_ASSET_HANDOVER, EnumSet.of(AssetStage.HANDOVER_SIGNED), null),
    OPERATION(Action.SET_ASSET_OPERATION, EnumSet.of(AssetStage.HANDED_OVER), null),
    OPERATOR_CHANGE(Action.PROPOSE_ASSET_OPERATOR_CHANGE, EnumSet.of(AssetStage.HANDED_OVER), null),
    MAINTENANCE(Action.RECORD_ASSET_MAINTENANCE, EnumSet.of(AssetStage.HANDED_OVER), null),
    INCOME(Action.RECORD_ASSET_INCOME, EnumSet.of(AssetStage.HANDED_OVER), null),
    STATUS(Action.SET_ASSET_STATUS, EnumSet.of(AssetStage.HANDED_OVER), null),
    DISPOSAL(Action.PROPOSE_ASSET_DISPOSAL, EnumSet.of(AssetStage.HANDED_OVER), null),
    VILLAGE_APPROVE(Action.VILLAGE_APPROVE_ASSET_DISPOSAL, EnumSet.of(AssetStage.HANDED_OVER), DisposalStep.VILLAGE_APPROVE),
    TOWNSHIP_APPROVE(Action.TOWNSHIP_APPROVE_ASSET_DISPOSAL, EnumSet.of(AssetStage.HANDED_OVER),
            DisposalStep.TOWNSHIP_APPROVE),
    COUNTY_APPROVE(Action.COUNTY_APPROVE_ASSET_DISPOSAL, EnumSet.of(AssetStage.HANDED_OVER), DisposalStep.COUNTY_APPROVE),
    COMPLETE(Action.COMPLETE_ASSET_DISPOSAL, EnumSet.of(AssetStage.HANDED_OVER), DisposalStep.COMPLETE),
    RETURN(Action.RETURN_ASSET_DISPOSAL, EnumSet.of(AssetStage.HANDED_OVER), DisposalStep.RETURN);

    private final Action action;
    private final Set<AssetStage> from;
    private final DisposalStep disposalStep;

    AssetPageStep(Action action, Set<AssetStage> from, DisposalStep disposalStep) {
        this.action = action;
        this.from = from;
        this.disposalStep = disposalStep;
    }

    public Action action() {
        return action;
    }

    public boolean takenFrom(AssetStage stage) {
        return from.contains(stage);
    }

    /** The disposal chain's step, or null for a step of the asset itself. */
    public DisposalStep disposalStep() {
        return disposalStep;
    }

    /** For the page's CSS class and the ui bundle: "ownership", "village-approve". */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
