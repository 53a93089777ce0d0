package cn.sunledger.portal.read;

import java.util.LinkedHashMap;
import java.util.Map;

/** The notice type codes of api.md and the Chinese labels readers see. */
public final class NoticeTypes {

    private static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("POLICY", "政策文件/通知公告");
        LABELS.put("PROJECT_DECLARATION", "项目申报公示");
        LABELS.put("TOWNSHIP_REVIEW", "乡镇审核公示");
        LABELS.put("LIBRARY_ENTRY", "项目入库公告");
        LABELS.put("ANNUAL_PLAN", "年度项目计划公告");
        LABELS.put("PROJECT_START", "项目实施前公示");
        LABELS.put("PROJECT_COMPLETION", "项目完成公告");
        LABELS.put("FUND_ALLOCATION", "资金分配结果公告");
        LABELS.put("ASSET_HANDOVER", "资产确权移交公示");
        LABELS.put("ASSET_DISPOSAL", "资产处置公示");
        LABELS.put("ASSET_OPERATOR_CHANGE", "资产经营主体变更公示");
        LABELS.put("DISTRIBUTION_PLAN", "收益分配方案公示");
        LABELS.put("DISTRIBUTION_RESULT", "收益分配结果公告");
    }

    private NoticeTypes() {
    }

    /** The label, or the code itself for a type this portal does not know yet (never blank). */
    public static String label(String code) {
        return LABELS.getOrDefault(code, code);
    }

    /** Every known code with its label, in the order of api.md (for the search form). */
    public static Map<String, String> all() {
        return java.util.Collections.unmodifiableMap(LABELS);
    }
}
