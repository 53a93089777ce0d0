package cn.sunledger.portal.read;

import java.util.Map;

/**
 * The project statuses of api.md with the Chinese names of domain.md §3, as villagers read them. The portal
 * keeps its own copy because it may depend on nothing of the ledger.
 */
public final class ProjectStatuses {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("DRAFT", "草拟"),
            Map.entry("VILLAGE_NOTICE", "村级公示"),
            Map.entry("DECLARED", "村申报"),
            Map.entry("TOWNSHIP_APPROVED", "乡镇审核通过"),
            Map.entry("DEPARTMENT_APPROVED", "县部门审查通过"),
            Map.entry("COUNTY_APPROVED", "县审核通过"),
            Map.entry("IN_LIBRARY", "入库"),
            Map.entry("PLANNED", "纳入年度计划"),
            Map.entry("IN_PROGRESS", "实施"),
            Map.entry("COMPLETED", "竣工"),
            Map.entry("ACCEPTED", "验收"),
            Map.entry("REMOVED", "出库"));

    private ProjectStatuses() {
    }

    /** The Chinese name, or the code itself for a status this portal does not know yet (never blank). */
    public static String label(String code) {
        return LABELS.getOrDefault(code, code);
    }
}
