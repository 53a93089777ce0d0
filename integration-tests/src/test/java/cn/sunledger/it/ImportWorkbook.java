package cn.sunledger.it;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The project import template as downloaded, filled in by column header the way a clerk would, and XLSX
 * files read back as rows of text.
 */
final class ImportWorkbook {

    static final String PROJECTS = "项目";
    static final String INDICATORS = "绩效目标";

    private final XSSFWorkbook workbook;

    ImportWorkbook(byte[] template) {
        try {
            workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A 光明村 project as the create example of api.md, in the template's columns. */
    static Map<String, String> project(int seq, int year, String name) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("序号", String.valueOf(seq));
        p.put("年度", String.valueOf(year));
        p.put("项目名称", name);
        p.put("项目类别代码", "CY-SC");
        p.put("建设性质", "新建");
        p.put("自然村代码", "532922101201001,532922101201002");
        p.put("建设内容", "新建蔬菜大棚 40 亩及配套滴灌设施");
        p.put("规模数量", "40");
        p.put("规模单位", "亩");
        p.put("中央财政衔接推进乡村振兴补助资金（元）", "800000.00");
        p.put("县级财政衔接推进乡村振兴补助资金（元）", "200000.5");
        p.put("开始月份", year + "-03");
        p.put("结束月份", year + "-10");
        p.put("实施单位", "苍山西镇人民政府");
        p.put("责任人", "张三");
        p.put("受益户数", "120");
        p.put("受益人数", "450");
        p.put("其中脱贫户户数", "60");
        p.put("其中脱贫人口数", "210");
        p.put("联农带农类型", "就业务工");
        p.put("联农带农机制说明", "优先吸纳脱贫户务工");
        p.put("突发急需", "否");
        return p;
    }

    static Map<String, String> indicator(int seq, String kind, String name, String target, String unit) {
        Map<String, String> i = new LinkedHashMap<>();
        i.put("项目序号", String.valueOf(seq));
        i.put("指标类别", kind);
        i.put("指标名称", name);
        i.put("目标值", target);
        i.put("单位", unit);
        return i;
    }

    ImportWorkbook add(String sheetName, Map<String, String> cells) {
        Sheet sheet = workbook.getSheet(sheetName);
        Row header = sheet.getRow(0);
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        cells.forEach((column, value) -> {
            int c = columnOf(header, column);
            row.createCell(c).setCellValue(value);
        });
        return this;
    }

    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> headers(byte[] xlsx, String sheetName) {
        return rows(xlsx, sheetName).get(0);
    }

    /** Every row of a sheet as text (all cells up to the row's last one). */
    static List<List<String>> rows(byte[] xlsx, String sheetName) {
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = sheetName == null ? wb.getSheetAt(0) : wb.getSheet(sheetName);
            if (sheet == null) {
                throw new AssertionError("no sheet " + sheetName);
            }
            DataFormatter formatter = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
                    }
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int columnOf(Row header, String column) {
        for (int c = 0; c < header.getLastCellNum(); c++) {
            if (column.equals(header.getCell(c).getStringCellValue())) {
                return c;
            }
        }
        throw new AssertionError("the template has no column " + column);
    }
}
