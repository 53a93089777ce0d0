package cn.sunledger.ledger.application.internal.fund;

import cn.sunledger.ledger.application.fund.FundExecution;
import cn.sunledger.ledger.application.fund.IndustryShare;
import cn.sunledger.ledger.application.fund.ManagementFeeCheck;
import cn.sunledger.ledger.application.fund.ProjectFunds;
import cn.sunledger.ledger.application.fund.ReportKind;
import cn.sunledger.ledger.application.fund.ReportTargets;
import cn.sunledger.ledger.infrastructure.render.TabularReport;
import cn.sunledger.ledger.infrastructure.render.TabularReport.Cell;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The fund reports as their exports lay them out (Chinese headings, names not codes): one {@link TabularReport}
 * per report, written by the PDF renderer and the workbook alike.
 */
final class ReportTables {

    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final List<String> EXECUTION_HEADER = List.of("已分配（元）", "已拨付（元）", "未拨付（元）", "支出进度");

    private ReportTables() {
    }

    static TabularReport of(FundExecution r, LocalDateTime generated) {
        List<TabularReport.Section> sections = new ArrayList<>();
        sections.add(execution("按资金来源", "资金来源", r.bySource(), l -> l.source().chineseName(), r.total()));
        sections.add(execution("按县（市、区）", "县（市、区）", r.byCounty(), l -> named(l.regionName()), null));
        sections.add(execution("按乡（镇）", "乡（镇）", r.byTownship(), l -> named(l.regionName()), null));
        sections.add(execution("按项目", "项目", r.byProject(), l -> l.projectCode() + " " + l.projectName(), null));
        return new TabularReport(ReportKind.FUND_EXECUTION.chineseTitle(),
                heading(r.regionName(), r.year(), r.asOf(), generated), null, sections);
    }

    static TabularReport of(IndustryShare r, LocalDateTime generated) {
        List<List<Cell>> summary = List.of(
                List.of(Cell.text("中央衔接资金已分配"), Cell.amount(r.total())),
                List.of(Cell.text("其中用于产业发展"), Cell.amount(r.industry())),
                List.of(Cell.text("产业发展占比"), Cell.percent(r.share())),
                List.of(Cell.text("目标比例"), Cell.percent(r.target())),
                List.of(Cell.text("目标来源"), Cell.text(targetSource(r.targets()))));
        List<List<Cell>> parts = r.byCategory().stream()
                .map(p -> List.of(Cell.text(p.categoryName()), Cell.amount(p.allocated()), Cell.percent(p.share())))
                .toList();
        String warning = r.belowTarget() ? "预警：中央衔接资金用于产业发展的比例 " + r.share() + "% 低于目标 " + r.target() + "%"
                : null;
        return new TabularReport(ReportKind.INDUSTRY_SHARE.chineseTitle(),
                heading(r.regionName(), r.year(), r.asOf(), generated), warning, List.of(
                        new TabularReport.Section("产业发展占比", List.of("项目", "数值"), summary),
                        new TabularReport.Section("按项目类别", List.of("项目类别", "已分配（元）", "占比"), parts)));
    }

    static TabularReport of(ManagementFeeCheck r, LocalDateTime generated) {
        List<List<Cell>> rows = r.lines().stream().map(l -> List.of(Cell.text(l.source().chineseName()),
                Cell.amount(l.base()), Cell.amount(l.fee()), Cell.percent(l.rate()), Cell.percent(l.cap()),
                Cell.amount(l.capAmount()), Cell.text(l.aboveCap() ? "超过上限" : "未超过"))).toList();
        String warning = r.anyAboveCap() ? "预警：项目管理费超过规定上限" : null;
        return new TabularReport(ReportKind.MANAGEMENT_FEE.chineseTitle(),
                heading(r.regionName(), r.year(), r.asOf(), generated), warning, List.of(new TabularReport.Section(
                        "目标来源：" + targetSource(r.targets()), List.of("资金来源", "已分配（元）", "其中项目管理费（元）",
                                "管理费比例", "上限比例", "上限金额（元）", "结论"), rows)));
    }

    static TabularReport of(ProjectFunds r, LocalDateTime generated) {
        List<List<Cell>> rows = r.lines().stream().map(l -> List.of(Cell.text(l.projectCode() + " " + l.projectName()),
                Cell.text(l.source().chineseName()), Cell.amount(l.planned()), Cell.amount(l.allocated()),
                Cell.amount(l.disbursed()))).toList();
        return new TabularReport(ReportKind.PROJECT_FUNDS.chineseTitle(),
                heading(r.regionName(), r.year(), r.asOf(), generated), null, List.of(new TabularReport.Section(null,
                        List.of("项目", "资金来源", "计划投资（元）", "已分配（元）", "已拨付（元）"), rows)));
    }

    private static TabularReport.Section execution(String caption, String first, List<FundExecution.Line> lines,
            Function<FundExecution.Line, String> label, FundExecution.Line total) {
        List<String> header = new ArrayList<>();
        header.add(first);
        header.addAll(EXECUTION_HEADER);
        List<List<Cell>> rows = new ArrayList<>();
        for (FundExecution.Line l : lines) {
            rows.add(row(label.apply(l), l));
        }
        if (total != null) {
            rows.add(row("合计", total));
        }
        return new TabularReport.Section(caption, header, rows);
    }

    private static List<Cell> row(String label, FundExecution.Line l) {
        return List.of(Cell.text(label), Cell.amount(l.allocated()), Cell.amount(l.disbursed()),
                Cell.amount(l.remaining()), Cell.percent(l.rate()));
    }

    private static List<String> heading(String regionName, int year, LocalDate asOf, LocalDateTime generated) {
        return List.of("地区：" + named(regionName) + "　　年度：" + year + "年　　截至：" + asOf,
                "生成时间：" + GENERATED.format(generated) + "（北京时间）");
    }

    private static String targetSource(ReportTargets t) {
        return t.isDefault() ? "默认值" : named(t.setForName()) + "设定";
    }

    private static String named(String name) {
        return name == null ? "（未命名地区）" : name;
    }
}
