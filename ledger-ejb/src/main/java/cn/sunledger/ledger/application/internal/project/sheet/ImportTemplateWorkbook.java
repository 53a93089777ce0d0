package cn.sunledger.ledger.application.internal.project.sheet;

import cn.sunledger.ledger.application.project.ProjectSheets;
import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.project.IndicatorKind;
import cn.sunledger.ledger.domain.model.project.LinkageType;
import cn.sunledger.ledger.domain.model.project.Nature;
import cn.sunledger.ledger.domain.model.project.ProjectCategory;
import cn.sunledger.ledger.domain.model.region.Region;
import cn.sunledger.ledger.infrastructure.excel.HelpLines;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The import workbook to fill in: sheet 项目 and sheet 绩效目标 with their Chinese headers and no data rows,
 * and sheet 填写说明 with the codes and values the columns take. Every column is formatted as
 * text so that Excel keeps 15-digit codes and months as typed.
 */
public final class ImportTemplateWorkbook {

    private ImportTemplateWorkbook() {
    }

    public static void write(List<ProjectCategory> categories, List<Region> naturalVillages, OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            headerSheet(workbook.createSheet(ProjectSheets.PROJECT_SHEET), ProjectColumns.projectHeaders(), text, bold);
            headerSheet(workbook.createSheet(ProjectSheets.INDICATOR_SHEET), ProjectColumns.INDICATOR_HEADERS, text,
                    bold);
            Sheet help = workbook.createSheet("填写说明");
            int r = 0;
            r = HelpLines.line(help, r, bold, "每个项目在“项目”表占一行，以“序号”标识；绩效目标在“绩效目标”表中按“项目序号”对应。");
            r = HelpLines.line(help, r, null, "资金来源每种一列，金额单位为元，最多两位小数，不用的来源留空。月份写作 2026-03。");
            r = HelpLines.line(help, r, null, "自然村代码为 15 位，多个自然村用逗号分隔，须属于同一个行政村。全部行无误才会导入，否则一行也不导入。");
            r++;
            r = HelpLines.line(help, r, bold, "项目类别代码（请填写子类别；无子类别的大类可直接填写）", "名称", "上级");
            for (ProjectCategory c : categories) {
                r = HelpLines.line(help, r, null, c.code(), c.name(), c.parentCode() == null ? "" : c.parentCode());
            }
            r++;
            r = HelpLines.line(help, r, bold, "建设性质");
            for (Nature n : Nature.values()) {
                r = HelpLines.line(help, r, null, n.chineseName(), n.name());
            }
            r = HelpLines.line(help, r, bold, "联农带农类型");
            for (LinkageType t : LinkageType.values()) {
                r = HelpLines.line(help, r, null, t.chineseName(), t.name());
            }
            r = HelpLines.line(help, r, bold, "指标类别");
            for (IndicatorKind k : IndicatorKind.values()) {
                r = HelpLines.line(help, r, null, k.chineseName(), k.name());
            }
            r = HelpLines.line(help, r, bold, "资金来源列");
            for (FundSource s : FundSource.values()) {
                r = HelpLines.line(help, r, null, ProjectColumns.fundHeader(s), s.name());
            }
            if (!naturalVillages.isEmpty()) {
                r = HelpLines.line(help, r, bold, "您可填报的自然村代码", "名称");
                for (Region nv : naturalVillages) {
                    r = HelpLines.line(help, r, null, nv.code().value(), nv.name());
                }
            }
            help.setColumnWidth(0, 40 * 256);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void headerSheet(Sheet sheet, List<String> headers, CellStyle text, CellStyle bold) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            row.createCell(i).setCellValue(headers.get(i));
            row.getCell(i).setCellStyle(bold);
            sheet.setDefaultColumnStyle(i, text);
            sheet.setColumnWidth(i, Math.max(10, headers.get(i).length() * 2 + 2) * 256);
        }
        sheet.createFreezePane(0, 1);
    }
}
