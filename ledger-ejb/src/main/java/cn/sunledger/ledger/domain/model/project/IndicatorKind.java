package cn.sunledger.ledger.domain.model.project;

/** The three kinds of 绩效目标 indicators. */
public enum IndicatorKind {
    OUTPUT("产出指标"), BENEFIT("效益指标"), SATISFACTION("满意度指标");

    private final String chineseName;

    IndicatorKind(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
