package cn.sunledger.ledger.domain.model.fund;

/**
 * The fund ledger's chart of accounts, named here once (docs/decisions.md). Money flows left to right: a fund
 * document received from above makes its amount available, an allocation moves part of it to a project, a
 * disbursement pays part of an allocation to a payee. Each account is kept per fund document, and the last two
 * per allocation as well, so every balance the rules and reports need is a sum over lines of one account. An
 * asset's income is the owner side: it is credited to ASSET_INCOME and debited to OWNER_FUNDS per owner, whose
 * debit balance is what a distribution plan may later spend; a plan's payment debits DISTRIBUTED and credits
 * OWNER_FUNDS, so that balance falls by exactly what was paid.
 */
public enum Account {
    /** 上级下达资金: credited when a document is received; its credit balance is what documents brought in. */
    FUNDS_RECEIVED("上级下达资金"),
    /** 待分配资金: a document's amount not yet allocated (debit balance). */
    DOCUMENT_AVAILABLE("待分配资金"),
    /** 已分配待拨付: an allocation not yet paid out (debit balance). */
    PROJECT_ALLOCATED("已分配待拨付资金"),
    /** 已拨付支出: what was paid to payees against an allocation (debit balance). */
    PAID_TO_PAYEE("已拨付资金"),
    /** 资产收益: an owner's income from its assets (credit balance: what the assets brought in). Owner side. */
    ASSET_INCOME("资产收益"),
    /** 收益资金: the owner's money from asset income not yet distributed or used (debit balance). Owner side. */
    OWNER_FUNDS("集体收益资金"),
    /** 已分配收益: what a distribution plan paid out of the owner's income funds (debit balance). Owner side. */
    DISTRIBUTED("已分配收益");

    private final String label;

    Account(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
