package cn.sunledger.ledger.application.fund;

/** The level of government that issued a fund document. */
public enum FundLevel {
    CENTRAL("中央"), PROVINCE("省级"), PREFECTURE("州（市）级"), COUNTY("县级");

    private final String label;

    FundLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
