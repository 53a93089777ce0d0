package cn.sunledger.web.interfaces.rest.problem;

import java.util.List;

/**
 * An RFC 9457 problem document. Null members are left out of the JSON. {@code imported} is set on refused
 * imports (always 0: an import takes all rows or none).
 */
public record ProblemDocument(String type, String title, int status, String detail, String instance,
        List<ProblemError> errors, Integer imported) {

    /**
     * One field's or one row's problem; {@code sheet} only for imports of workbooks with several sheets; an import's
     * cell is named by {@code row} and {@code column} (the column's header, also given as {@code field}).
     */
    public record ProblemError(String sheet, String field, Integer row, String column, String message) {
    }
}
