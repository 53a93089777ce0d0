package cn.sunledger.web.interfaces.web;

import cn.sunledger.ledger.application.project.ProjectSheets;
import cn.sunledger.ledger.application.project.ProjectSheets.ImportedProjects;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Messages;
import cn.sunledger.ledger.domain.service.access.Caller;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One project import running on a container-managed thread while the page polls it: how many rows were
 * checked and saved so far, and at the end the codes created or every refused cell with its message.
 */
public class ProjectImportJob implements ProjectSheets.ImportProgress, Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ProjectImportJob.class.getName());

    /** One refused cell as the page shows it. */
    public record RowError(String sheet, Integer row, String field, String message) implements Serializable {
    }

    private volatile int total;
    private volatile int checked;
    private volatile int saved;
    private volatile boolean done;
    private volatile String failure;
    private volatile List<RowError> errors = List.of();
    private volatile List<String> codes = List.of();

    void run(ProjectSheets sheets, Caller caller, byte[] workbook, Locale locale) {
        try {
            ImportedProjects result = sheets.importDrafts(caller, new ByteArrayInputStream(workbook), this);
            codes = result.codes();
        } catch (LedgerException e) {
            failure = Messages.format(locale, e.messageKey(), e.args());
            errors = e.violations().stream().map(v -> new RowError(v.sheet(), v.row(), v.field(),
                    Messages.format(locale, v.messageKey(), v.args()))).toList();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "project import failed", e);
            failure = Messages.format(locale, "error.internal");
        } finally {
            done = true;
        }
    }

    @Override
    public void rows(int count) {
        total = count;
    }

    @Override
    public void checked(int rows) {
        checked = rows;
    }

    @Override
    public void saved(int rows) {
        saved = rows;
    }

    /** Checking is the first half of the bar, saving the second. */
    public int getPercent() {
        if (done && failure == null) {
            return 100;
        }
        return total == 0 ? 0 : (int) ((checked + saved) * 100L / (2L * total));
    }

    public int getTotal() {
        return total;
    }

    public int getChecked() {
        return checked;
    }

    public int getSaved() {
        return saved;
    }

    public boolean isDone() {
        return done;
    }

    public boolean isSucceeded() {
        return done && failure == null;
    }

    public String getFailure() {
        return failure;
    }

    public List<RowError> getErrors() {
        return errors;
    }

    public String getCodesText() {
        return String.join("、", codes);
    }

    public List<String> getCodes() {
        return codes;
    }
}
