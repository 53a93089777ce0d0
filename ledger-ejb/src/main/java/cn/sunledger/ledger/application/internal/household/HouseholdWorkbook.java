package cn.sunledger.ledger.application.internal.household;

import cn.sunledger.ledger.application.household.HouseholdSheets;
import cn.sunledger.ledger.application.household.HouseholdView;
import cn.sunledger.ledger.domain.model.household.HouseholdCategory;
import cn.sunledger.ledger.domain.model.region.Region;
import cn.sunledger.ledger.domain.model.shared.PersonalDataMasker;
import cn.sunledger.ledger.infrastructure.excel.HelpLines;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The household register's workbooks: the import template (sheet 农户 with the import's headers, every column text so
 * that Excel keeps 18-digit ID numbers as typed, and sheet 填写说明 with the natural villages and categories), and the
 * export, streamed, where every cell passes the one PersonalDataMasker (the ID number and phone are masked already).
 */
final class HouseholdWorkbook {

    static final String SHEET = "农户";
    static final List<String> EXPORT_HEADERS = List.of("户编号", "自然村", "户主姓名", "身份证号", "联系电话",
            "家庭人口", "户类型", "类型起始日期");

    private HouseholdWorkbook() {
    }

    static void template(List<Region> naturalVillages, OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle bold = bold(workbook);
            Sheet sheet = workbook.createSheet(SHEET);
            header(sheet, HouseholdSheets.COLUMNS, bold);
            for (int i = 0; i < HouseholdSheets.COLUMNS.size(); i++) {
                sheet.setDefaultColumnStyle(i, text);
                sheet.setColumnWidth(i, (i == 2 ? 24 : 16) * 256);
            }
            Sheet help = workbook.createSheet("填写说明");
            int r = 0;
            r = HelpLines.line(help, r, bold, "每户一行。全部行无误才会导入，否则一行也不导入，并逐一列出有误的行和列。");
            r = HelpLines.line(help, r, null, "自然村填写名称或 15 位代码，须属于所导入的行政村；身份证号 18 位（末位可为 X），"
                    + "同一县内一人只能属于一户；联系电话为 11 位手机号，可空；家庭人口为 1 到 99 的整数。");
            r++;
            r = HelpLines.line(help, r, bold, "自然村", "代码");
            for (Region v : naturalVillages) {
                r = HelpLines.line(help, r, null, v.name(), v.code().value());
            }
            r++;
            r = HelpLines.line(help, r, bold, "户类型");
            for (HouseholdCategory c : HouseholdCategory.values()) {
                r = HelpLines.line(help, r, null, c.chineseName());
            }
            help.setColumnWidth(0, 40 * 256);
            help.setColumnWidth(1, 20 * 256);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The export: {@code rows} feeds every household to the consumer it is given, in order. */
    static void export(Consumer<Consumer<HouseholdView>> rows, OutputStream out) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            Sheet sheet = workbook.createSheet(SHEET);
            header(sheet, EXPORT_HEADERS, bold(workbook));
            int[] next = {1};
            rows.accept(h -> {
                Row row = sheet.createRow(next[0]++);
                List<String> cells = List.of(h.householdNo(), h.naturalVillageName(), h.headName(), h.idNumber(),
                        h.phone() == null ? "" : h.phone(), String.valueOf(h.members()), h.category().chineseName(),
                        h.categorySince().toString());
                for (int i = 0; i < cells.size(); i++) {
                    row.createCell(i).setCellValue(PersonalDataMasker.maskText(cells.get(i)));
                }
            });
            for (int i = 0; i < EXPORT_HEADERS.size(); i++) {
                sheet.setColumnWidth(i, (i == 3 ? 24 : 16) * 256);
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    private static CellStyle bold(Workbook workbook) {
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        return bold;
    }

    private static void header(Sheet sheet, List<String> headers, CellStyle bold) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            row.createCell(i).setCellValue(headers.get(i));
            row.getCell(i).setCellStyle(bold);
        }
    }
}
