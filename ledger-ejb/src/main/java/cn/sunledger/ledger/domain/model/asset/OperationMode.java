package cn.sunledger.ledger.domain.model.asset;

/** 运营方式 (domain.md §5). Under 自主经营 the owner operates the asset itself and names no other operator. */
public enum OperationMode {
    SELF("自主经营"),
    ENTRUSTED("委托经营"),
    COOPERATIVE("合作经营"),
    LEASE("租赁"),
    EQUITY("入股分红");

    private final String chineseName;

    OperationMode(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
