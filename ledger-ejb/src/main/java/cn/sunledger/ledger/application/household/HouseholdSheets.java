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

    /** The template, with the natural villages of {@code villageCode} (if given) and the categories listed. */
    void template(Caller caller, String villageCode, OutputStream out);

    /** Every household the filter matches in the caller's scope, masked. */
    void export(Caller caller, HouseholdFilter filter, OutputStream out);
}
