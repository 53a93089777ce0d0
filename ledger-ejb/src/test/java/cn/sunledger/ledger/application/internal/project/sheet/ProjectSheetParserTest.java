package cn.sunledger.ledger.application.internal.project.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.sunledger.ledger.application.internal.project.sheet.ProjectSheetParser.ParsedProject;
import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.project.IndicatorKind;
import cn.sunledger.ledger.domain.model.project.LinkageType;
import cn.sunledger.ledger.domain.model.project.Nature;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ProjectSheetParserTest {

    private static final List<String> HEADERS = ProjectColumns.projectHeaders();

    private static List<String> row(Map<String, String> cells) {
        List<String> row = new ArrayList<>();
        for (String h : HEADERS) {
            row.add(cells.getOrDefault(h, ""));
        }
        return row;
    }

    private static Map<String, String> good(int seq) {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("序号", String.valueOf(seq));
        c.put("年度", "2026");
        c.put("项目名称", "项目 " + seq);
        c.put("项目类别代码", "CY-SC");
        c.put("建设性质", "扩建");
        c.put("自然村代码", "532922101201001、532922101201002");
        c.put("建设内容", "大棚");
        c.put(ProjectColumns.fundHeader(FundSource.CENTRAL_LINKAGE), "800000");
        c.put(ProjectColumns.fundHeader(FundSource.EAST_WEST), "1,000.5");
        c.put("开始月份", "2026-03-01");
        c.put("结束月份", "2026年10月");
        c.put("实施单位", "某乡人民政府");
        c.put("责任人", "张三");
        c.put("联农带农类型", "LAND_TRANSFER");
        c.put("突发急需", "是");
        return c;
    }

    private static Map<String, List<List<String>>> sheets(List<List<String>> projects, List<List<String>> indicators) {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        List<List<String>> p = new ArrayList<>();
        p.add(HEADERS);
        p.addAll(projects);
        sheets.put("项目", p);
        List<List<String>> i = new ArrayList<>();
        i.add(ProjectColumns.INDICATOR_HEADERS);
        i.addAll(indicators);
        sheets.put("绩效目标", i);
        return sheets;
    }

    @Test
    void aGoodRowBecomesDetailsWithItsIndicators() {
        ProjectSheetParser parser = new ProjectSheetParser();
        List<ParsedProject> parsed = parser.parse(sheets(List.of(row(good(7))),
                List.of(List.of("7", "满意度指标", "满意度", "≥95", "%"))));
        assertEquals(List.of(), parser.violations());
        var d = parsed.get(0).details();
        assertNotNull(d);
        assertEquals(2, parsed.get(0).row());
        assertEquals(Nature.EXPAND, d.nature());
        assertEquals(2, d.naturalVillages().size());
        assertEquals(new BigDecimal("1000.50"), d.plannedInvestment().get(1).amount());
        assertEquals(YearMonth.of(2026, 3), d.startMonth());
        assertEquals(YearMonth.of(2026, 10), d.endMonth());
        assertEquals(LinkageType.LAND_TRANSFER, d.linkageType());
        assertEquals(IndicatorKind.SATISFACTION, d.indicators().get(0).kind());
        assertEquals(true, d.emergency());
    }

    @Test
    void everyBadCellOfEveryRowIsReportedWithItsRowAndColumn() {
        Map<String, String> bad = good(2);
        bad.put("年度", "二〇二六");
        bad.put("建设性质", "翻新");
        bad.put("自然村代码", "5329221012010");
        bad.put("开始月份", "2026-13");
        bad.remove("责任人");
        Map<String, String> twice = good(1);
        ProjectSheetParser parser = new ProjectSheetParser();
        List<ParsedProject> parsed = parser.parse(sheets(List.of(row(good(1)), List.of(), row(bad), row(twice)),
                List.of(List.of("5", "产出指标", "面积", "40", "亩"))));
        Set<String> found = parser.violations().stream().map(v -> v.sheet() + "!" + v.row() + ":" + v.field())
                .collect(Collectors.toSet());
        assertEquals(Set.of("项目!4:年度", "项目!4:建设性质", "项目!4:自然村代码", "项目!4:开始月份", "项目!4:责任人",
                "项目!5:序号", "绩效目标!2:项目序号"), found);
        assertNotNull(parsed.get(0).details(), "the first row is fine");
        assertNull(parsed.get(1).details());
        assertNull(parsed.get(2).details(), "a repeated 序号 is refused on the later row");
    }

    @Test
    void aWorkbookWithoutTheProjectColumnsIsABadRequest() {
        Map<String, List<List<String>>> sheets = Map.of("项目", List.of(List.of("code", "name"), List.of("1", "x")));
        LedgerException e = assertThrows(LedgerException.class, () -> new ProjectSheetParser().parse(sheets));
        assertEquals(LedgerException.Kind.INVALID, e.kind());
        assertEquals("import.project.badHeader", e.messageKey());
    }
}
