package cn.sunledger.ledger.domain.model.shared;

/**
 * One reason a request or an imported row was refused: the field (or column) it concerns, the
 * spreadsheet row number where it comes from an import (null otherwise), and a message key with arguments.
 */
public record Violation(String field, Integer row, String messageKey, Object... args) {

    public static Violation ofField(String field, String messageKey, Object... args) {
        return new Violation(field, null, messageKey, args);
    }

    public static Violation ofRow(int row, String field, String messageKey, Object... args) {
        return new Violation(field, row, messageKey, args);
    }
}
