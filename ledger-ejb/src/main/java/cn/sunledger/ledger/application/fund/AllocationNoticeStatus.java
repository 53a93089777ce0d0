package cn.sunledger.ledger.application.fund;

/** Where a fund document's 资金分配结果公告 stands against its deadline of 15 working days. */
public enum AllocationNoticeStatus {
    LATE("已逾期", "Late"), DUE("待公告", "Due"), PUBLISHED("已公告", "Published");

    private final String chineseName;
    private final String englishName;

    AllocationNoticeStatus(String chineseName, String englishName) {
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
