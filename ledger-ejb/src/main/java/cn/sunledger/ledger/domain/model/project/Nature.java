package cn.sunledger.ledger.domain.model.project;

/** 建设性质 of a project. */
public enum Nature {
    NEW("新建"), RENOVATE("改建"), EXPAND("扩建"), CONTINUE("续建");

    private final String chineseName;

    Nature(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
