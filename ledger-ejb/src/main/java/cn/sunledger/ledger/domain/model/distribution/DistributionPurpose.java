package cn.sunledger.ledger.domain.model.distribution;

/**
 * What a distribution line pays for (api.md codes; domain.md §6). The allowed uses are in domain.md's priority
 * order — support for people without labour capacity first, growing the collective economy last — and a plan's
 * lines are listed in it. RESERVE is the plan's own 公积公益金, set by its rate, never a line of its own. The banned
 * uses are refused with the reason the rules give.
 */
public enum DistributionPurpose {
    RESERVE("公积公益金", "Reserve", 0, false),
    NO_LABOUR_SUPPORT("无劳动能力人口帮扶", "Support for people without labour capacity", 1, false),
    PUBLIC_WELFARE_JOBS("村级公益性岗位工资", "Village public-welfare job wages", 2, false),
    MAINTENANCE("项目运营管护", "Operation and maintenance of project assets", 3, false),
    INDUSTRY_REWARD("低收入户产业奖补", "Industry rewards for low-income households", 4, false),
    COLLECTIVE_ECONOMY("发展壮大村集体经济", "Growing the village collective economy", 5, false),
    HOUSEHOLD_SUPPORT("到户收益分配", "Distribution to households", 6, false),
    OTHER("其他", "Other", 7, false),
    VILLAGE_COMMITTEE_EXPENSES("村委会运转经费", "Village committee running costs", 99, true),
    ALLOWANCES("补贴津贴", "Allowances", 99, true),
    DEBT_REPAYMENT("偿还债务", "Debt repayment", 99, true),
    VEHICLES("购置车辆", "Vehicles", 99, true),
    BUILDINGS("楼堂馆所建设", "Office buildings", 99, true);

    private final String chineseName;
    private final String englishName;
    private final int priority;
    private final boolean banned;

    DistributionPurpose(String chineseName, String englishName, int priority, boolean banned) {
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.priority = priority;
        this.banned = banned;
    }

    public String chineseName() {
        return chineseName;
    }

    public String englishName() {
        return englishName;
    }

    /** domain.md §6's order of the uses: lower first. */
    public int priority() {
        return priority;
    }

    /** 严禁: income from poverty-alleviation assets may not pay for it. */
    public boolean banned() {
        return banned;
    }

    /** Whether a line of this purpose must say what it is for. */
    public boolean needsNote() {
        return this == OTHER;
    }
}
