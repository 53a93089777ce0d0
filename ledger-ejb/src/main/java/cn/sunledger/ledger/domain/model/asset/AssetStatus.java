package cn.sunledger.ledger.domain.model.asset;

/** 资产状态 (domain.md §5). {@link #DISPOSED} is set only by a completed disposal. */
public enum AssetStatus {
    NORMAL("正常运营"),
    IDLE("闲置"),
    LOW_EFFICIENCY("低效"),
    SUSPENDED("停产"),
    DISPOSED("已处置");

    private final String chineseName;

    AssetStatus(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
