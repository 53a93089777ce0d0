package cn.sunledger.ledger.domain.model.project;

/** The statuses of a library project (domain.md §3, api.md codes). */
public enum ProjectStatus {
    DRAFT("草拟"),
    VILLAGE_NOTICE("村级公示"),
    DECLARED("村申报"),
    TOWNSHIP_APPROVED("乡镇审核通过"),
    DEPARTMENT_APPROVED("县部门审查通过"),
    COUNTY_APPROVED("县审核通过"),
    IN_LIBRARY("入库"),
    PLANNED("纳入年度计划"),
    IN_PROGRESS("实施"),
    COMPLETED("竣工"),
    ACCEPTED("验收"),
    REMOVED("出库");

    private final String chineseName;

    ProjectStatus(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    /** In the library or further along: the projects funds may be allocated to (domain.md §3). */
    public boolean isInLibrary() {
        return ordinal() >= IN_LIBRARY.ordinal() && this != REMOVED;
    }
}
