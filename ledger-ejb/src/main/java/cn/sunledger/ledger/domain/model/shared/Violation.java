package cn.sunledger.ledger.domain.model.shared;

/**
 * One reason a request or an imported row was refused: the sheet of a workbook import (null otherwise), the
 * field (or column) it concerns, the spreadsheet row number where it comes from an import (null otherwise),
 * and a message key with arguments.
 */
public record Violation(String sheet, String field, Integer row, String messageKey, Object... args) {

    public static Violation ofField(String field, String messageKey, Object... args) {
        return new Violation(null, field, null, messageKey, args);
    }

    public static Violation ofRow(int row, String field, String messageKey, Object... args) {
        return new Violation(null, field, row, messageKey, args);
    }

    /** A problem of one cell of a workbook with several sheets: sheet name, spreadsheet row, column. */
    public static Violation ofCell(String sheet, int row, String field, String messageKey, Object... args) {
        return new Violation(sheet, field, row, messageKey, args);
    }
}
