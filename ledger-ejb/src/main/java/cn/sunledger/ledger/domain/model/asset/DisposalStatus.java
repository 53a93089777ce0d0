package cn.sunledger.ledger.domain.model.asset;

/** Where a disposal stands on its approval chain; COMPLETED and RETURNED end it. */
public enum DisposalStatus {
    PROPOSED("已提出"),
    VILLAGE_APPROVED("村民代表大会通过"),
    TOWNSHIP_APPROVED("乡镇审核通过"),
    COUNTY_APPROVED("县级批准"),
    COMPLETED("已处置"),
    RETURNED("已退回");

    private final String chineseName;

    DisposalStatus(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    public boolean isOpen() {
        return this != COMPLETED && this != RETURNED;
    }
}
