package cn.sunledger.ledger.domain.model.project;

/** Fund sources of api.md (domain.md §4). */
public enum FundSource {
    CENTRAL_LINKAGE("中央财政衔接推进乡村振兴补助资金"),
    PROVINCIAL_LINKAGE("省级财政衔接推进乡村振兴补助资金"),
    PREFECTURE_LINKAGE("州级财政衔接推进乡村振兴补助资金"),
    COUNTY_LINKAGE("县级财政衔接推进乡村振兴补助资金"),
    EAST_WEST("东西部协作资金"),
    PAIRED_ASSISTANCE("定点帮扶资金"),
    INTEGRATED_AGRI("涉农整合资金"),
    SOCIAL("社会帮扶资金"),
    OTHER("其他资金");

    private final String chineseName;

    FundSource(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
