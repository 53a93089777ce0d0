package cn.sunledger.ledger.application.asset;

import cn.sunledger.ledger.application.distribution.HouseholdChoice;
import cn.sunledger.ledger.domain.model.asset.Asset;
import cn.sunledger.ledger.domain.model.asset.DisposalStep;
import cn.sunledger.ledger.domain.model.asset.SourceShare;
import cn.sunledger.ledger.domain.model.shared.Money;
import cn.sunledger.ledger.domain.service.access.Caller;
import java.time.LocalDate;
import java.util.List;

/**
 * The asset register (资产台账, domain.md §5): assets formed from accepted projects and every step of their life.
 * Each step is checked by AccessPolicy (403, first), then by the asset's state machine (409) and its rules (422),
 * and is recorded as an event of the asset's append-only history; a refused step changes nothing.
 */
public interface AssetRegister {

    /** 登记 from ACCEPTED projects, 原值 from what they paid (or an entered 原值 not above it); returns the asset. */
    AssetView register(Caller caller, AssetForm form);

    /** The asset with its sources, 原值 by fund source, owners, 移交书, disposals and history. */
    AssetView asset(Caller caller, long id);

    /**
     * The register in the caller's scope, filtered, one page (api.md list convention), with the count and Σ原值 of
     * every asset the filter matches.
     */
    AssetList list(Caller caller, AssetFilter filter, int page, int size);

    /**
     * The 原值 that {@link #register} would give an asset of these source projects and shares when none is entered:
     * the most their uncarried payments allow (zero when they paid nothing not yet carried). Projects the caller
     * may not register assets of are refused as register refuses them.
     */
    Money proposedValue(Caller caller, List<SourceShare> sources);

    /** The class and sub-type code table. */
    List<AssetCategoryView> categories();

    /** 确权; owners omitted take the default: the village's 股份经济合作社, or each village's by investment share. */
    AssetView confirmOwnership(Caller caller, long id, OwnershipForm form);

    /**
     * For 确权 at the level 农户: at most {@code max} (≤ 50) households of the asset's village whose head's name
     * contains {@code text} or whose number starts with it, ID numbers masked; for whoever may confirm ownership.
     */
    List<HouseholdChoice> householdOwners(Caller caller, long id, String text, int max);

    /** 移交: the 移交书, signed by the implementing side (recorded by the county rural bureau). */
    AssetView signHandover(Caller caller, long id, Asset.HandoverTerms terms);

    /** 接收确认 by the receiving owner's side. */
    AssetView confirmHandover(Caller caller, long id, long handoverId, String opinion, LocalDate on);

    /** 提出变更经营主体: the village's decision naming a new operator, which the 资产经营主体变更公示 then announces. */
    AssetView proposeOperatorChange(Caller caller, long id, Asset.OperatorChangeProposal proposal);

    AssetView setOperation(Caller caller, long id, Asset.OperationTerms terms);

    AssetView recordMaintenance(Caller caller, long id, Asset.Upkeep upkeep);

    AssetView setStatus(Caller caller, long id, Asset.StatusChange change);

    AssetView proposeDisposal(Caller caller, long id, Asset.DisposalProposal proposal);

    AssetView takeDisposalStep(Caller caller, long id, long disposalId, DisposalStep step, Asset.StepTerms terms);
}
