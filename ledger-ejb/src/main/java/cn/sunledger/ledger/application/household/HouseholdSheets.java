package cn.sunledger.ledger.application.household;

import cn.sunledger.ledger.domain.service.access.Caller;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * Spreadsheets of the household register: the import of one administrative village's households (XLSX or CSV, all
 * rows or none, every bad cell named by row and column), its template, and the masked XLSX export.
 */
public interface HouseholdSheets {

    /** The column headers of the import, in the template's order. */
    List<String> COLUMNS = List.of("自然村", "户主姓名", "身份证号", "联系电话", "家庭人口", "户类型");

    /** The accepted import: how many households, and their numbers in row order. */
    record Imported(int imported, List<String> householdNumbers) {
    }

    Imported importVillage(Caller caller, String villageCode, InputStream file);

    /**
     * The import, telling {@code progress} how it advances: {@code size} is the file's length in bytes (-1 when
     * unknown). A refusal is a RULE-kind LedgerException {@code import.household.rejected} whose violations are the
     * first {@link #MAX_ERRORS} bad cells by row and column, with the total count as its first argument.
     */
    Imported importVillage(Caller caller, String villageCode, InputStream file, long size, ImportProgress progress);

    /** At most this many bad cells are listed in a refusal (the count of all of them is given beside). */
    int MAX_ERRORS = 1000;

    /** Told how an import advances, from the thread that runs it. */
    interface ImportProgress {
        ImportProgress NONE = new ImportProgress() {
        };

        /** Rows read and checked so far, and the share of the file read (0 to 1). */
        default void read(int rows, double fraction) {
        }

        /** Every row is read; the ID numbers of {@code rows} rows are being compared with the county's register. */
        default void comparing(int rows) {
        }

        /** {@code rows} of {@code total} households written so far (in the import's one transaction). */
        default void saved(int rows, int total) {
        }
    }

    /** The template, with the natural villages of {@code villageCode} (if given) and the categories listed. */
    void template(Caller caller, String villageCode, OutputStream out);

    /** Every household the filter matches in the caller's scope, masked. */
    void export(Caller caller, HouseholdFilter filter, OutputStream out);
}
