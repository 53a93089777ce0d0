package cn.sunledger.ledger.application.internal.asset;

import cn.sunledger.ledger.application.Page;
import cn.sunledger.ledger.application.asset.AssetCategoryView;
import cn.sunledger.ledger.application.asset.AssetFilter;
import cn.sunledger.ledger.application.asset.AssetForm;
import cn.sunledger.ledger.application.asset.AssetList;
import cn.sunledger.ledger.application.asset.AssetNoticeTypes;
import cn.sunledger.ledger.application.asset.AssetRegister;
import cn.sunledger.ledger.application.asset.AssetView;
import cn.sunledger.ledger.application.asset.OwnershipForm;
import cn.sunledger.ledger.application.distribution.HouseholdChoice;
import cn.sunledger.ledger.application.internal.distribution.DistributionStore;
import cn.sunledger.ledger.application.internal.household.HouseholdStore;
import cn.sunledger.ledger.application.internal.NaturalVillageCodes;
import cn.sunledger.ledger.application.internal.asset.AssetStore.ProjectRow;
import cn.sunledger.ledger.application.internal.notice.ClearanceRefusal;
import cn.sunledger.ledger.application.notice.NoticeGate;
import cn.sunledger.ledger.application.internal.fund.JournalStore;
import cn.sunledger.ledger.application.internal.fund.RetriedOnLockConflict;
import cn.sunledger.ledger.application.internal.project.ProjectStore;
import cn.sunledger.ledger.domain.model.asset.Actor;
import cn.sunledger.ledger.domain.model.asset.Asset;
import cn.sunledger.ledger.domain.model.asset.AssetEvent;
import cn.sunledger.ledger.domain.model.asset.AssetValuation;
import cn.sunledger.ledger.domain.model.asset.Disposal;
import cn.sunledger.ledger.domain.model.asset.DisposalStatus;
import cn.sunledger.ledger.domain.model.asset.DisposalStep;
import cn.sunledger.ledger.domain.model.asset.Owner;
import cn.sunledger.ledger.domain.model.asset.OwnerLevel;
import cn.sunledger.ledger.domain.model.asset.Refusals;
import cn.sunledger.ledger.domain.model.asset.SourceShare;
import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.project.ProjectAction;
import cn.sunledger.ledger.domain.model.project.ProjectStatus;
import cn.sunledger.ledger.domain.model.project.ProjectTransition;
import cn.sunledger.ledger.domain.model.region.Region;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.region.RegionLevel;
import cn.sunledger.ledger.domain.model.region.RegionRepository;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Money;
import cn.sunledger.ledger.domain.service.access.AccessPolicy;
import cn.sunledger.ledger.domain.service.access.Action;
import cn.sunledger.ledger.domain.service.access.Caller;
import cn.sunledger.ledger.infrastructure.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The asset register's rules around the {@link Asset} aggregate: who may take a step (AccessPolicy, on the asset's
 * natural village), formation from accepted projects with 原值 from the journal's payments, and the default owner.
 * A step reads the asset FOR UPDATE, lets the aggregate take it and writes what changed, in one transaction.
 */
@ApplicationScoped
@Transactional
public class DefaultAssetRegister implements AssetRegister {

    /** The collective economic organisation a village's assets belong to by default (谁主管谁负责). */
    static final String COOPERATIVE = "股份经济合作社";

    @Inject
    AssetStore assets;

    @Inject
    JournalStore journal;

    @Inject
    ProjectStore projects;

    @Inject
    RegionRepository regions;

    @Inject
    BusinessClock clock;

    @Inject
    DefaultAssetIncomes proceeds;

    @Inject
    NoticeGate gate;

    @Inject
    ClearanceRefusal clearanceRefusal;

    @Inject
    HouseholdStore householdStore;

    /** Its household search is the one the plan form's picker uses: the village's households by head or number. */
    @Inject
    DistributionStore distributionStore;

    @Override
    public AssetView register(Caller caller, AssetForm f) {
        RegionCode place = naturalVillage(f.naturalVillageCode());
        AccessPolicy.require(caller, Action.REGISTER_ASSET, place);
        var category = assets.category(f.assetClass(), f.subType())
                .orElseThrow(() -> Refusals.rule("subType", "asset.unknownSubType", f.subType(),
                        f.assetClass().chineseName()));
        Set<Long> seen = new HashSet<>();
        for (SourceShare s : f.sourceProjects()) {
            if (!seen.add(s.projectId())) {
                throw Refusals.rule("sourceProjects", "asset.projectRepeated", s.projectId());
            }
        }
        Asset.requireShares("sourceProjects", f.sourceProjects().stream().map(SourceShare::share).toList());
        Map<Long, ProjectRow> rows = new LinkedHashMap<>();
        for (ProjectRow row : assets.lockProjects(seen)) {
            rows.put(row.id(), row);
        }
        List<AssetValuation.Source> sources = new ArrayList<>();
        boolean placeOfAProject = false;
        for (SourceShare s : f.sourceProjects()) {
            ProjectRow p = rows.get(s.projectId());
            if (p == null) {
                throw LedgerException.notFound("project.notFound", s.projectId());
            }
            if (!place.county().value().equals(p.countyCode())) {
                throw Refusals.rule("sourceProjects", "asset.projectOutsideCounty", p.code(), place.value());
            }
            if (p.status() != ProjectStatus.ACCEPTED) {
                throw LedgerException.conflict("asset.projectNotAccepted", p.code(), p.status().chineseName());
            }
            // the acceptance report's date, not the day it was entered: assets form when the project is accepted
            LocalDate accepted = projects.lastTransition(p.id(), ProjectAction.ACCEPT)
                    .map(ProjectTransition::decidedDay).orElse(null);
            if (accepted != null && f.formedOn() != null && f.formedOn().isBefore(accepted)) {
                throw Refusals.rule("formedOn", "asset.formedBeforeAcceptance", f.formedOn(), p.code(), accepted);
            }
            placeOfAProject |= p.naturalVillages().contains(place.value());
            Map<FundSource, Money> paid = new EnumMap<>(FundSource.class);
            journal.projectBySource(p.id()).forEach(b -> paid.put(FundSource.valueOf(b.source()), b.paid()));
            Money disbursed = paid.values().stream().reduce(Money.ZERO, Money::plus);
            sources.add(new AssetValuation.Source(p.id(), p.code(), s.share(),
                    AssetValuation.uncarried(paid, assets.carried(p.id())), disbursed));
        }
        if (!placeOfAProject) {
            throw Refusals.rule("naturalVillageCode", "asset.placeNotOfProjects", place.value());
        }
        AssetValuation.Result value = AssetValuation.of(sources, f.originalValue());
        Actor actor = actor(caller);
        int year = f.formedOn() == null ? actor.today().getYear() : f.formedOn().getYear();
        Asset asset = Asset.form(assets.nextCode(place.county(), year), f.name(), f.assetClass(), category.code(),
                f.quantity(), f.unit(), place, f.formedOn(), value.originalValue(), f.originalValue() != null,
                f.sourceProjects(), value.parts(), actor);
        assets.insert(asset, caller.username(), actor.at());
        return view(asset.id());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public AssetView asset(Caller caller, long id) {
        Asset asset = find(id, false);
        AccessPolicy.require(caller, Action.VIEW_ASSETS, asset.naturalVillage());
        return view(id);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public AssetList list(Caller caller, AssetFilter filter, int page, int size) {
        Page.check(page, size);
        AccessPolicy.require(caller, Action.VIEW_ASSETS);
        if (filter.region() != null) {
            AccessPolicy.require(caller, Action.VIEW_ASSETS, filter.region());
        }
        return assets.page(caller.homeRegion(), filter, page, size);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Money proposedValue(Caller caller, List<SourceShare> shares) {
        Map<Long, BigDecimal> byProject = new LinkedHashMap<>();
        for (SourceShare s : shares) {
            if (s.share() != null && s.share().signum() > 0) {
                byProject.merge(s.projectId(), s.share(), BigDecimal::add);
            }
        }
        List<AssetValuation.Source> sources = new ArrayList<>();
        for (ProjectRow p : assets.projects(byProject.keySet())) {
            AccessPolicy.require(caller, Action.REGISTER_ASSET, RegionCode.of(p.villageCode()));
            Map<FundSource, Money> paid = new EnumMap<>(FundSource.class);
            journal.projectBySource(p.id()).forEach(b -> paid.put(FundSource.valueOf(b.source()), b.paid()));
            Money disbursed = paid.values().stream().reduce(Money.ZERO, Money::plus);
            sources.add(new AssetValuation.Source(p.id(), p.code(), byProject.get(p.id()),
                    AssetValuation.uncarried(paid, assets.carried(p.id())), disbursed));
        }
        if (sources.isEmpty()) {
            return Money.ZERO;
        }
        try {
            return AssetValuation.of(sources, null).originalValue();
        } catch (LedgerException nothingSpent) {
            // "asset.nothingSpent": a proposal of nothing, the form then says so when it is sent
            return Money.ZERO;
        }
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AssetCategoryView> categories() {
        return assets.categories();
    }

    @Override
    public AssetView confirmOwnership(Caller caller, long id, OwnershipForm f) {
        return step(caller, id, Action.CONFIRM_ASSET_OWNERSHIP, asset -> {
            OwnerLevel level = f.ownerLevel() != null ? f.ownerLevel() : OwnerLevel.VILLAGE;
            List<Owner> owners = f.owners() == null || f.owners().isEmpty() ? defaultOwners(asset)
                    : householdsNamed(asset, level, f.owners());
            asset.confirmOwnership(new Asset.OwnershipTerms(level, owners, f.supervisingDepartment(), f.decisionRef(),
                    f.confirmedOn()), actor(caller));
        });
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HouseholdChoice> householdOwners(Caller caller, long id, String text, int max) {
        Asset asset = find(id, false);
        AccessPolicy.require(caller, Action.CONFIRM_ASSET_OWNERSHIP, asset.naturalVillage());
        return distributionStore.households(asset.naturalVillage().ancestorAt(RegionLevel.VILLAGE),
                text == null ? "" : text.strip(), Math.min(Math.max(max, 1), 50));
    }

    /**
     * The owners as the register names them: a household named by id must be one of the asset's village (so of its
     * county) — a household elsewhere cannot own what this village's project left behind — and takes its number and,
     * if no name was typed, its head's name. A household only at the level 农户 (the aggregate's rule, asked first).
     */
    private List<Owner> householdsNamed(Asset asset, OwnerLevel level, List<Owner> owners) {
        Asset.requireHouseholdsAtTheirLevel(level, owners);
        RegionCode village = asset.naturalVillage().ancestorAt(RegionLevel.VILLAGE);
        List<Owner> named = new ArrayList<>();
        for (int i = 0; i < owners.size(); i++) {
            Owner o = owners.get(i);
            if (o.householdId() == null) {
                named.add(new Owner(o.entityName(), o.regionCode(), o.share()));
                continue;
            }
            String field = "owners[" + i + "].householdId";
            HouseholdStore.Row h = householdStore.find(o.householdId(), false)
                    .orElseThrow(() -> Refusals.rule(field, "asset.householdUnknown",
                            String.valueOf(o.householdId())));
            RegionCode place = RegionCode.of(h.view().naturalVillageCode());
            if (!asset.naturalVillage().county().value().equals(h.countyCode()) || !village.contains(place)) {
                throw Refusals.rule(field, "asset.householdOfAnotherVillage", h.view().householdNo(),
                        h.view().naturalVillageName(), regionName(village.value()));
            }
            named.add(o.ofHousehold(h.view().householdNo(), h.view().headName()));
        }
        return named;
    }

    @Override
    public AssetView signHandover(Caller caller, long id, Asset.HandoverTerms terms) {
        return step(caller, id, Action.SIGN_ASSET_HANDOVER, asset -> asset.signHandover(terms, actor(caller)));
    }

    @Override
    public AssetView confirmHandover(Caller caller, long id, long handoverId, String opinion, LocalDate on) {
        return step(caller, id, Action.CONFIRM_ASSET_HANDOVER,
                asset -> asset.confirmHandover(handoverId, opinion, on, actor(caller)));
    }

    @Override
    public AssetView proposeOperatorChange(Caller caller, long id, Asset.OperatorChangeProposal proposal) {
        return step(caller, id, Action.PROPOSE_ASSET_OPERATOR_CHANGE,
                asset -> asset.proposeOperatorChange(proposal, actor(caller)));
    }

    /**
     * A new operator only as the village proposed it and after the proposal's notice has run its period with no open
     * objection (domain.md §5); the aggregate then asks for the village decision's and the township approval's
     * references.
     */
    @Override
    public AssetView setOperation(Caller caller, long id, Asset.OperationTerms terms) {
        return step(caller, id, Action.SET_ASSET_OPERATION, asset -> {
            if (asset.changesOperator(terms) && terms.operator() != null && !terms.operator().isBlank()) {
                AssetEvent proposal = Asset.openOperatorProposal(assets.events(id));
                if (proposal == null || !proposal.details().get("operator").equals(terms.operator().strip())) {
                    throw Refusals.rule("operator", "asset.operatorChangeNotProposed", terms.operator().strip());
                }
                clearanceRefusal.require(gate.clearance(AssetNoticeTypes.OPERATOR_CHANGE,
                        AssetNoticeTypes.operatorChangeSubject(id, proposal.seq())), "asset");
            }
            asset.setOperation(terms, actor(caller));
        });
    }

    @Override
    public AssetView recordMaintenance(Caller caller, long id, Asset.Upkeep upkeep) {
        return step(caller, id, Action.RECORD_ASSET_MAINTENANCE, asset -> asset.recordUpkeep(upkeep, actor(caller)));
    }

    @Override
    public AssetView setStatus(Caller caller, long id, Asset.StatusChange change) {
        return step(caller, id, Action.SET_ASSET_STATUS, asset -> asset.setStatus(change, actor(caller)));
    }

    @Override
    public AssetView proposeDisposal(Caller caller, long id, Asset.DisposalProposal proposal) {
        return step(caller, id, Action.PROPOSE_ASSET_DISPOSAL, asset -> asset.proposeDisposal(proposal, actor(caller)));
    }

    @Override
    @RetriedOnLockConflict
    public AssetView takeDisposalStep(Caller caller, long id, long disposalId, DisposalStep step,
            Asset.StepTerms terms) {
        AssetView view = step(caller, id, Action.forDisposal(step), asset -> {
            if (step == DisposalStep.COMPLETE) {
                requireDisposalNoticeCleared(asset, disposalId);
            }
            asset.takeDisposalStep(disposalId, step, terms, actor(caller));
        });
        if (step == DisposalStep.COMPLETE && terms.proceeds() != null && terms.proceeds().isPositive()) {
            // the proceeds are the owners' income, in the ledger, for reuse on 巩固衔接
            String method = view.disposals().stream().filter(d -> d.id() == disposalId).findFirst()
                    .map(d -> "资产处置（" + d.method().chineseName() + "）").orElse("资产处置");
            proceeds.postDisposalProceeds(caller, id, disposalId, method, terms.proceeds(), terms.on());
        }
        return view;
    }

    /**
     * A county-approved disposal is completed only after its 资产处置公示 has run its period with no open objection
     * (domain.md §7: before disposal). A disposal at another status is left to the aggregate, which refuses the step
     * as out of order.
     */
    private void requireDisposalNoticeCleared(Asset asset, long disposalId) {
        Disposal d = asset.disposal();
        if (d != null && Objects.equals(d.id(), disposalId) && d.status() == DisposalStatus.COUNTY_APPROVED) {
            clearanceRefusal.require(gate.clearance(AssetNoticeTypes.DISPOSAL, String.valueOf(disposalId)), "asset");
        }
    }

    /** 403 before anything about the asset's state is said; then the aggregate decides (409, 422) or records. */
    private AssetView step(Caller caller, long id, Action action, Consumer<Asset> step) {
        Asset asset = find(id, true);
        AccessPolicy.require(caller, action, asset.naturalVillage());
        step.accept(asset);
        assets.save(asset);
        return view(id);
    }

    /**
     * 谁主管谁负责: an asset whose projects all lie in one village belongs to that village's 股份经济合作社; one formed
     * from projects of several villages belongs to each village's, by the share its projects invested.
     */
    private List<Owner> defaultOwners(Asset asset) {
        Map<Long, BigDecimal> shares = new LinkedHashMap<>();
        asset.sources().forEach(s -> shares.put(s.projectId(), s.share()));
        Map<String, BigDecimal> byVillage = new LinkedHashMap<>();
        for (ProjectRow p : assets.projects(shares.keySet())) {
            byVillage.merge(p.villageCode(), shares.get(p.id()), BigDecimal::add);
        }
        List<Owner> owners = new ArrayList<>();
        byVillage.forEach((village, share) -> owners.add(new Owner(regionName(village) + COOPERATIVE, village,
                share.stripTrailingZeros())));
        return owners;
    }

    private AssetView view(long id) {
        Asset asset = find(id, false);
        Asset.State s = asset.state();
        String subType = assets.categories().stream().filter(c -> c.code().equals(s.categoryCode()))
                .map(AssetCategoryView::name).findFirst().orElse(s.categoryCode());
        return new AssetView(s, subType, regionName(s.naturalVillage().value()), assets.sourceProjects(id),
                asset.values(), asset.owners(), assets.handovers(id), assets.disposals(id), assets.events(id));
    }

    private Asset find(long id, boolean lock) {
        return assets.find(id, lock).orElseThrow(() -> LedgerException.notFound("asset.notFound", id));
    }

    private String regionName(String code) {
        return regions.find(RegionCode.of(code)).map(Region::name).orElse(code);
    }

    private RegionCode naturalVillage(String code) {
        return NaturalVillageCodes.require(regions, code, "asset.notNaturalVillage");
    }

    private Actor actor(Caller caller) {
        return new Actor(caller.username(), caller.displayName(), caller.role(), clock.today(), clock.preciseNow());
    }
}
