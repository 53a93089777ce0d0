package cn.sunledger.ledger.application.asset;

import cn.sunledger.ledger.application.fund.IdempotencyKey;
import cn.sunledger.ledger.application.fund.Posting;
import cn.sunledger.ledger.domain.model.asset.Asset;
import cn.sunledger.ledger.domain.service.access.Caller;

/**
 * An asset's income (租金, 分红, 经营收益): each receipt is a step of the asset's history and one journal entry that
 * credits the owners' asset income and debits their income funds, by their shares, in the asset's county ledger —
 * so what a distribution plan may later spend is a ledger balance. A receipt is corrected by reversing its entry.
 */
public interface AssetIncomes {

    /** Records and posts a receipt (403, 404, 409 on a disposed or not yet handed-over asset, 422 on its rules). */
    Posting record(Caller caller, long assetId, Asset.IncomeReceipt receipt, IdempotencyKey key);

    /** The asset's receipts, newest first, and per year what its operation terms expected against what came in. */
    AssetIncomeLedger incomes(Caller caller, long assetId);
}
