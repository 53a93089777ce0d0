package cn.sunledger.ledger.domain.model.asset;

/** What an asset's income is (issue 11: 租金, 分红, 经营收益, and the proceeds of its disposal). */
public enum IncomeKind {
    RENT("租金"),
    DIVIDEND("分红"),
    OPERATING("经营收益"),
    /** What a completed disposal brought in: the collective's income, to be reused for 巩固衔接. */
    DISPOSAL_PROCEEDS("处置收入");

    private final String chineseName;

    IncomeKind(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
