package cn.sunledger.ledger.application.project;

import cn.sunledger.ledger.domain.service.access.Caller;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * The project library as spreadsheets: the filtered list as XLSX (every matching row, streamed), the import
 * template, and the import of many DRAFT projects at once — all rows or none, every bad cell reported with its
 * sheet, spreadsheet row and column.
 */
public interface ProjectSheets {

    String PROJECT_SHEET = "项目";
    String INDICATOR_SHEET = "绩效目标";

    /** Writes every project in the caller's scope that matches the filter, in the list's order. */
    void export(Caller caller, ProjectFilter filter, OutputStream out);

    /** Writes the empty import workbook: the two sheets' headers and a sheet of the codes the columns take. */
    void template(Caller caller, OutputStream out);

    /**
     * Imports the workbook's projects as DRAFTs in one transaction. A refusal is a RULE-kind LedgerException
     * with key {@code import.project.rejected} and one violation per bad cell; nothing is saved then.
     */
    ImportedProjects importDrafts(Caller caller, InputStream workbook, ImportProgress progress);

    /** The outcome of an accepted import: how many projects and their new codes, in row order. */
    record ImportedProjects(int imported, List<String> codes) {
    }

    /** Told how an import advances; called from the thread that runs the import. */
    interface ImportProgress {
        ImportProgress NONE = new ImportProgress() {
        };

        default void rows(int total) {
        }

        default void checked(int rows) {
        }

        default void saved(int rows) {
        }
    }
}
