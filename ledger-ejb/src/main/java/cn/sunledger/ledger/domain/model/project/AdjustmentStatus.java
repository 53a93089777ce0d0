package cn.sunledger.ledger.domain.model.project;

/** Where a proposed adjustment (调整) of a library project stands. */
public enum AdjustmentStatus {
    PENDING("待审批"), APPLIED("已调整"), REJECTED("未同意");

    private final String chineseName;

    AdjustmentStatus(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
