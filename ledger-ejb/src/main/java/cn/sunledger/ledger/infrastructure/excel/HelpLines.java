package cn.sunledger.ledger.infrastructure.excel;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** The lines of an import template's 填写说明 sheet: one row of text cells, optionally styled. */
public final class HelpLines {

    private HelpLines() {
    }

    /** Writes {@code cells} into row {@code r} and returns the next row's index. */
    public static int line(Sheet sheet, int r, CellStyle style, String... cells) {
        Row row = sheet.createRow(r);
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i]);
            if (style != null) {
                row.getCell(i).setCellStyle(style);
            }
        }
        return r + 1;
    }
}
