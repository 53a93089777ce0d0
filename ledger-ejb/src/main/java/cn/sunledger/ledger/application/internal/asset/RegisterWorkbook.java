package cn.sunledger.ledger.application.internal.asset;

import cn.sunledger.ledger.application.asset.RegisterRow;
import cn.sunledger.ledger.application.asset.RegisterTotals;
import cn.sunledger.ledger.domain.model.shared.PersonalDataMasker;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The register as a streamed XLSX (SXSSF: a window of rows in memory, the rest in a temporary file): the sheet
 * 明细台账 with a title, the heading lines, one row per asset as the query streams it and a 合计 row; then the sheet
 * 总账 with the totals by class, status, owner level and township, known once the rows have passed. 原值 cells are
 * numbers, so Excel can add them up. Text passes the one PersonalDataMasker.
 */
final class RegisterWorkbook implements AutoCloseable {

    static final String DETAIL_SHEET = "明细台账";
    static final String SUMMARY_SHEET = "总账";
    private static final int WINDOW = 200;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final Sheet sheet = workbook.createSheet(DETAIL_SHEET);
    private final CellStyle money;
    private final CellStyle bold;
    private int next;

    RegisterWorkbook(String title, List<String> heading) {
        money = workbook.createCellStyle();
        money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
        bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        text(sheet.createRow(next++), 0, title, bold);
        for (String line : heading) {
            text(sheet.createRow(next++), 0, line, null);
        }
        Row header = sheet.createRow(next++);
        for (int i = 0; i < RegisterColumns.HEADERS.size(); i++) {
            text(header, i, RegisterColumns.HEADERS.get(i), bold);
        }
        sheet.createFreezePane(0, next);
        for (int i = 0; i < RegisterColumns.HEADERS.size(); i++) {
            sheet.setColumnWidth(i, (i == 1 || i == 6 || i >= 14 ? 30 : 14) * 256);
        }
    }

    void add(RegisterRow r) {
        Row row = sheet.createRow(next++);
        List<String> cells = RegisterColumns.texts(r);
        for (int i = 0; i < cells.size(); i++) {
            if (i == RegisterColumns.VALUE) {
                number(row, i, r.originalValue().toBigDecimal(), money);
            } else {
                text(row, i, cells.get(i), null);
            }
        }
    }

    /** The 合计 row under the assets, and the 总账 sheet. */
    void totals(RegisterTotals totals, String title, List<String> heading) {
        Row row = sheet.createRow(next++);
        text(row, 0, "合计", bold);
        text(row, 1, totals.count() + " 项", bold);
        number(row, RegisterColumns.VALUE, totals.originalValue().toBigDecimal(), money);

        Sheet summary = workbook.createSheet(SUMMARY_SHEET);
        int n = 0;
        text(summary.createRow(n++), 0, title, bold);
        for (String line : heading) {
            text(summary.createRow(n++), 0, line, null);
        }
        n = group(summary, n, "按资产类别", totals.byClass());
        n = group(summary, n, "按资产状态", totals.byStatus());
        n = group(summary, n, "按产权归属", totals.byOwnerLevel());
        n = group(summary, n, "按乡镇", totals.byTownship());
        Row all = summary.createRow(n + 1);
        text(all, 0, "合计", bold);
        all.createCell(1).setCellValue(totals.count());
        number(all, 2, totals.originalValue().toBigDecimal(), money);
        summary.setColumnWidth(0, 30 * 256);
        summary.setColumnWidth(1, 12 * 256);
        summary.setColumnWidth(2, 20 * 256);
    }

    private int group(Sheet summary, int n, String caption, List<RegisterTotals.Line> lines) {
        n++;
        text(summary.createRow(n++), 0, caption, bold);
        Row header = summary.createRow(n++);
        text(header, 0, "项目", bold);
        text(header, 1, "数量（项）", bold);
        text(header, 2, "原值（元）", bold);
        for (RegisterTotals.Line line : lines) {
            Row row = summary.createRow(n++);
            text(row, 0, line.name(), null);
            row.createCell(1).setCellValue(line.count());
            number(row, 2, line.originalValue().toBigDecimal(), money);
        }
        return n;
    }

    void write(OutputStream out) {
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(Row row, int column, String text, CellStyle style) {
        var c = row.createCell(column);
        c.setCellValue(PersonalDataMasker.maskText(text == null ? "" : text));
        if (style != null) {
            c.setCellStyle(style);
        }
    }

    /** A 2-decimal amount below 10^13 is exact as a double; anything larger stays text rather than be rounded. */
    private static void number(Row row, int column, BigDecimal value, CellStyle style) {
        var c = row.createCell(column);
        if (value.precision() <= 15) {
            c.setCellValue(value.doubleValue());
            c.setCellStyle(style);
        } else {
            c.setCellValue(value.toPlainString());
        }
    }
}
