package cn.sunledger.ledger.infrastructure.excel;

import cn.sunledger.ledger.domain.model.shared.PersonalDataMasker;
import cn.sunledger.ledger.infrastructure.render.TabularReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A fund report as one XLSX sheet: title and heading lines on top, then each table with its caption and header.
 * Amounts are number cells (#,##0.00) so Excel can sum them, percentages number cells with a 0.00"%" format;
 * text passes the one PersonalDataMasker. Reports are a few thousand rows at most, so the workbook is built in
 * memory (the project list, which can be a whole library, streams instead).
 */
public final class TabularReportWorkbook {

    private TabularReportWorkbook() {
    }

    public static byte[] write(TabularReport report, String sheetName) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(sheetName);
            int next = 0;
            text(sheet.createRow(next++), 0, report.title(), styles.title);
            for (String line : report.heading()) {
                text(sheet.createRow(next++), 0, line, null);
            }
            if (report.warning() != null) {
                text(sheet.createRow(next++), 0, report.warning(), styles.warning);
            }
            int columns = 1;
            for (TabularReport.Section section : report.sections()) {
                next++;
                if (section.caption() != null) {
                    text(sheet.createRow(next++), 0, section.caption(), styles.bold);
                }
                Row header = sheet.createRow(next++);
                for (int i = 0; i < section.header().size(); i++) {
                    text(header, i, section.header().get(i), styles.bold);
                }
                columns = Math.max(columns, section.header().size());
                for (var cells : section.rows()) {
                    Row row = sheet.createRow(next++);
                    for (int i = 0; i < cells.size(); i++) {
                        cell(row, i, cells.get(i), styles);
                    }
                }
            }
            for (int i = 0; i < columns; i++) {
                sheet.setColumnWidth(i, (i == 0 ? 36 : 18) * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cell(Row row, int column, TabularReport.Cell cell, Styles styles) {
        if (cell instanceof TabularReport.Amount a) {
            number(row, column, a.amount().toBigDecimal(), styles.money);
        } else if (cell instanceof TabularReport.Percent p && p.percent() != null) {
            number(row, column, p.percent(), styles.percent);
        } else {
            text(row, column, cell.shown(), null);
        }
    }

    private static void text(Row row, int column, String text, CellStyle style) {
        var c = row.createCell(column);
        c.setCellValue(PersonalDataMasker.maskText(text));
        if (style != null) {
            c.setCellStyle(style);
        }
    }

    /** An amount below 10^13 with two decimals is exact as a double; anything larger stays text, unrounded. */
    private static void number(Row row, int column, BigDecimal value, CellStyle style) {
        var c = row.createCell(column);
        if (value.precision() <= 15) {
            c.setCellValue(value.doubleValue());
            c.setCellStyle(style);
        } else {
            c.setCellValue(value.toPlainString());
        }
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle bold;
        final CellStyle warning;
        final CellStyle money;
        final CellStyle percent;

        Styles(XSSFWorkbook workbook) {
            title = workbook.createCellStyle();
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title.setFont(big);
            bold = workbook.createCellStyle();
            Font b = workbook.createFont();
            b.setBold(true);
            bold.setFont(b);
            warning = workbook.createCellStyle();
            Font red = workbook.createFont();
            red.setBold(true);
            red.setColor(IndexedColors.DARK_RED.getIndex());
            warning.setFont(red);
            money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.00\"%\""));
        }
    }
}
