package cn.sunledger.ledger.application.internal.asset;

import cn.sunledger.ledger.application.asset.AssetIncomeLedger;
import cn.sunledger.ledger.application.asset.AssetIncomes;
import cn.sunledger.ledger.application.fund.IdempotencyKey;
import cn.sunledger.ledger.application.fund.Posting;
import cn.sunledger.ledger.application.internal.fund.IdempotentPostings;
import cn.sunledger.ledger.application.internal.fund.JournalPoster;
import cn.sunledger.ledger.application.internal.fund.JournalPoster.OpenEntry;
import cn.sunledger.ledger.application.internal.fund.RetriedOnLockConflict;
import cn.sunledger.ledger.domain.model.asset.Actor;
import cn.sunledger.ledger.domain.model.asset.Asset;
import cn.sunledger.ledger.domain.model.asset.ExpectedIncome;
import cn.sunledger.ledger.domain.model.asset.IncomeKind;
import cn.sunledger.ledger.domain.model.asset.Owner;
import cn.sunledger.ledger.domain.model.asset.Refusals;
import cn.sunledger.ledger.domain.model.fund.Account;
import cn.sunledger.ledger.domain.model.fund.EntryKind;
import cn.sunledger.ledger.domain.model.fund.JournalEntry;
import cn.sunledger.ledger.domain.model.fund.JournalLine;
import cn.sunledger.ledger.domain.model.fund.Movement;
import cn.sunledger.ledger.domain.model.region.RegionLevel;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Money;
import cn.sunledger.ledger.domain.service.access.AccessPolicy;
import cn.sunledger.ledger.domain.service.access.Action;
import cn.sunledger.ledger.domain.service.access.Caller;
import cn.sunledger.ledger.infrastructure.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Asset income around the {@link Asset} aggregate and the journal: the asset row is locked before the county
 * ledger's chain head (as the fund ledger locks its guard rows first), the aggregate checks and records the step,
 * and the receipt is posted as one balanced entry of two lines per owner, owner side (V28).
 */
@ApplicationScoped
@Transactional
@RetriedOnLockConflict
public class DefaultAssetIncomes implements AssetIncomes {

    @Inject
    AssetStore assets;

    @Inject
    AssetIncomeStore incomes;

    @Inject
    JournalPoster poster;

    @Inject
    IdempotentPostings idempotent;

    @Inject
    BusinessClock clock;

    @Override
    public Posting record(Caller caller, long assetId, Asset.IncomeReceipt receipt, IdempotencyKey key) {
        return idempotent.once(caller, key, () -> post(caller, assetId, receipt));
    }

    private Posting post(Caller caller, long assetId, Asset.IncomeReceipt r) {
        Asset asset = assets.find(assetId, true).orElseThrow(() -> LedgerException.notFound("asset.notFound", assetId));
        AccessPolicy.require(caller, Action.RECORD_ASSET_INCOME, asset.naturalVillage());
        asset.recordIncome(r, new Actor(caller.username(), caller.displayName(), caller.role(), clock.today(),
                clock.preciseNow()));
        if (r.kind() == IncomeKind.DISPOSAL_PROCEEDS) {
            throw Refusals.rule("kind", "asset.proceedsOnlyByDisposal");
        }
        return postReceipt(caller, asset, r);
    }

    /**
     * 处置收入: the proceeds of a completed disposal, posted as its owners' income in the disposal's transaction (the
     * asset is disposed, so no step is added to its history: the completion step already names the proceeds).
     */
    Posting postDisposalProceeds(Caller caller, long assetId, long disposalId, String method, Money proceeds,
            LocalDate on) {
        Asset asset = assets.find(assetId, true).orElseThrow(() -> LedgerException.notFound("asset.notFound", assetId));
        return postReceipt(caller, asset, new Asset.IncomeReceipt(IncomeKind.DISPOSAL_PROCEEDS, on, method, proceeds,
                "处置-" + disposalId, null, null));
    }

    private Posting postReceipt(Caller caller, Asset asset, Asset.IncomeReceipt r) {
        long assetId = asset.id();
        String receiptNo = r.receiptNo().trim();
        if (incomes.receiptExists(assetId, receiptNo)) {
            throw LedgerException.conflict("asset.receiptExists", asset.code(), receiptNo);
        }
        List<JournalLine> lines = new ArrayList<>();
        for (Map.Entry<Owner, Money> part : asset.incomeShares(r.amount())) {
            Owner o = part.getKey();
            // an owner without a region of its own (a household, an enterprise) is kept under the asset's village
            String ownerRegion = o.regionCode() != null ? o.regionCode()
                    : asset.naturalVillage().ancestorAt(RegionLevel.VILLAGE).value();
            if (part.getValue().isPositive()) {
                lines.add(JournalLine.ofOwner(Account.OWNER_FUNDS, ownerRegion, o.entityName(), assetId,
                        part.getValue(), Money.ZERO));
                lines.add(JournalLine.ofOwner(Account.ASSET_INCOME, ownerRegion, o.entityName(), assetId,
                        Money.ZERO, part.getValue()));
            }
        }
        TreeMap<String, String> particulars = new TreeMap<>(Map.of("assetCode", asset.code(), "incomeKind",
                r.kind().name(), "payer", r.payer().trim(), "receiptNo", receiptNo));
        OpenEntry open = poster.open(asset.naturalVillage().county().value(), r.receivedOn());
        JournalEntry entry = poster.post(open, new Movement(EntryKind.ASSET_INCOME, r.receivedOn(), lines, particulars,
                null, null).checked(), caller.username());
        long id = incomes.insert(assetId, r, entry.entryNo(), caller.username(), clock.preciseNow());
        if (r.kind() != IncomeKind.DISPOSAL_PROCEEDS) {
            assets.save(asset);
        }
        return new Posting(entry.entryNo(), entry.hash(), entry.prevHash(), id, false);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public AssetIncomeLedger incomes(Caller caller, long assetId) {
        Asset asset = assets.find(assetId, false).orElseThrow(() -> LedgerException.notFound("asset.notFound", assetId));
        AccessPolicy.require(caller, Action.VIEW_ASSETS, asset.naturalVillage());
        Asset.State s = asset.state();
        List<AssetIncomeLedger.Receipt> receipts = incomes.receipts(assetId);
        Map<Integer, Money> expected = ExpectedIncome.byYear(s.expectedAnnualIncome(), incomes.firstOperatedOn(assetId),
                s.contractFrom(), s.contractTo(), clock.today());
        Map<Integer, Money> received = new TreeMap<>();
        for (AssetIncomeLedger.Receipt receipt : receipts) {
            if (receipt.counts()) {
                received.merge(receipt.receivedOn().getYear(), receipt.amount(), Money::plus);
            }
        }
        TreeMap<Integer, AssetIncomeLedger.Year> years = new TreeMap<>();
        expected.forEach((year, e) -> years.put(year, new AssetIncomeLedger.Year(year, e,
                received.getOrDefault(year, Money.ZERO))));
        received.forEach((year, got) -> years.putIfAbsent(year, new AssetIncomeLedger.Year(year, null, got)));
        return new AssetIncomeLedger(assetId, s.code(), s.name(), s.expectedAnnualIncome(), receipts,
                List.copyOf(years.values()));
    }
}
