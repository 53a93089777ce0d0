package cn.sunledger.ledger.application.fund;

import java.util.Arrays;
import java.util.Optional;

/** The fund reports that can be exported, by the path segment that names them (GET /reports/{report}/export). */
public enum ReportKind {
    FUND_EXECUTION("fund-execution", "资金执行进度表", "Fund execution"),
    INDUSTRY_SHARE("industry-share", "中央衔接资金用于产业发展比例", "Central linkage funds on industry"),
    MANAGEMENT_FEE("management-fee", "项目管理费控制情况", "Project management fee against its cap"),
    PROJECT_FUNDS("project-funds", "项目资金计划与执行对照表", "Planned, allocated and disbursed per project");

    private final String path;
    private final String chineseTitle;
    private final String englishTitle;

    ReportKind(String path, String chineseTitle, String englishTitle) {
        this.path = path;
        this.chineseTitle = chineseTitle;
        this.englishTitle = englishTitle;
    }

    public static Optional<ReportKind> ofPath(String path) {
        return Arrays.stream(values()).filter(k -> k.path.equals(path)).findFirst();
    }

    public String path() {
        return path;
    }

    public String chineseTitle() {
        return chineseTitle;
    }

    public String englishTitle() {
        return englishTitle;
    }
}
