package cn.sunledger.ledger.domain.model.asset;

/** The three classes of project assets (domain.md §5); their sub-types are the {@code asset_category} code table. */
public enum AssetClass {
    OPERATING("经营性", "Operating"),
    PUBLIC_WELFARE("公益性", "Public welfare"),
    HOUSEHOLD("到户类", "Household");

    private final String chineseName;
    private final String englishName;

    AssetClass(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    public String chineseName() {
        return chineseName;
    }

    public String englishName() {
        return englishName;
    }
}
