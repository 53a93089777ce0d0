package cn.sunledger.ledger.domain.model.distribution;

/** Where a distribution plan stands: drafted by the village, submitted, approved by the township, or returned; paid. */
public enum PlanStatus {
    DRAFT("草拟"),
    SUBMITTED("待乡镇审核"),
    APPROVED("乡镇审核通过"),
    RETURNED("已退回"),
    PAID("已兑付");

    private final String chineseName;

    PlanStatus(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
