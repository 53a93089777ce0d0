package cn.sunledger.ledger.domain.model.asset;

/** 四个一批: how the supervision work classifies an asset to fix idle and low-efficiency ones (domain.md §5). */
public enum FourBatch {
    CONSOLIDATE("巩固一批"),
    UPGRADE("升级一批"),
    REVITALIZE("盘活一批"),
    ADJUST("调整一批");

    private final String chineseName;

    FourBatch(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
