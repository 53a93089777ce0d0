package cn.sunledger.ledger.domain.model.asset;

/** The kinds of step an asset's history records. */
public enum AssetEventKind {
    REGISTERED("登记"),
    OWNERSHIP_CONFIRMED("确权"),
    HANDOVER_SIGNED("移交（移交方签署）"),
    HANDOVER_CONFIRMED("接收确认"),
    OPERATION_SET("运营"),
    OPERATOR_CHANGE_PROPOSED("提出变更经营主体"),
    MAINTENANCE("管护"),
    STATUS_SET("状态与四个一批"),
    INCOME_RECORDED("收益入账"),
    DISPOSAL_PROPOSED("提出处置"),
    DISPOSAL_VILLAGE_APPROVED("村民代表大会通过处置"),
    DISPOSAL_TOWNSHIP_APPROVED("乡镇审核通过处置"),
    DISPOSAL_COUNTY_APPROVED("县级批准处置"),
    DISPOSAL_COMPLETED("处置完成"),
    DISPOSAL_RETURNED("处置退回");

    private final String chineseName;

    AssetEventKind(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    /** The event a disposal step records. */
    public static AssetEventKind of(DisposalStep step) {
        return switch (step) {
            case VILLAGE_APPROVE -> DISPOSAL_VILLAGE_APPROVED;
            case TOWNSHIP_APPROVE -> DISPOSAL_TOWNSHIP_APPROVED;
            case COUNTY_APPROVE -> DISPOSAL_COUNTY_APPROVED;
            case COMPLETE -> DISPOSAL_COMPLETED;
            case RETURN -> DISPOSAL_RETURNED;
        };
    }
}
