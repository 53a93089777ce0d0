package cn.sunledger.ledger.domain.model.fund;

/** What a journal entry records. */
public enum EntryKind {
    /** 资金下达: a fund document is received (debit DOCUMENT_AVAILABLE, credit FUNDS_RECEIVED). */
    DOCUMENT("资金下达"),
    /** 资金分配: part of a document goes to a library project (debit PROJECT_ALLOCATED, credit DOCUMENT_AVAILABLE). */
    ALLOCATION("资金分配"),
    /** 资金拨付: part of an allocation is paid (debit PAID_TO_PAYEE, credit PROJECT_ALLOCATED). */
    DISBURSEMENT("资金拨付"),
    /** 红字冲销: the lines of an earlier entry with debit and credit exchanged. */
    REVERSAL("红字冲销"),
    /** 资产收益入账: an asset's income received (debit OWNER_FUNDS, credit ASSET_INCOME, per owner by share). */
    ASSET_INCOME("资产收益入账"),
    /** 收益分配兑付: a batch of a distribution plan's lines paid (debit DISTRIBUTED per line, credit OWNER_FUNDS). */
    DISTRIBUTION("收益分配兑付");

    private final String label;

    EntryKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
