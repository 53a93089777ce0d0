package cn.sunledger.web.interfaces.web;

import cn.sunledger.ledger.application.household.HouseholdSheets;
import cn.sunledger.ledger.application.household.HouseholdSheets.Imported;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Messages;
import cn.sunledger.ledger.domain.service.access.Caller;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One household import running on a container-managed thread while its page polls it: the phase (reading and
 * checking the rows, comparing their ID numbers with the register, writing), how far it has come, and at the end the
 * households imported or the bad cells by row and column with their messages. It keeps counts, the first and last
 * household number and at most {@link HouseholdSheets#MAX_ERRORS} refusals — never the file, whose bytes (plain ID
 * numbers) live only in memory while the job runs and are never written to disk.
 */
public class HouseholdImportJob implements HouseholdSheets.ImportProgress {

    private static final Logger LOG = Logger.getLogger(HouseholdImportJob.class.getName());
    /** The bar's share for reading and checking the rows; comparing with the register ends at COMPARED; writing fills the rest. */
    static final int READ_SHARE = 45;
    static final int COMPARED = 50;

    public enum Phase { READING, COMPARING, SAVING, DONE }

    /** One refused cell as the page shows it: the spreadsheet's row, the column's header, the problem. */
    public record RowError(Integer row, String column, String message) {
    }

    private final String villageName;
    private volatile Phase phase = Phase.READING;
    private volatile int rowsRead;
    private volatile double fraction;
    private volatile int saved;
    private volatile int total;
    private volatile String failure;
    private volatile int errorCount;
    private volatile List<RowError> errors = List.of();
    private volatile int imported;
    private volatile String firstNumber;
    private volatile String lastNumber;

    HouseholdImportJob(String villageName) {
        this.villageName = villageName;
    }

    void run(HouseholdSheets sheets, Caller caller, String village, byte[] file, Locale locale) {
        try (InputStream in = new ByteArrayInputStream(file)) {
            Imported result = sheets.importVillage(caller, village, in, file.length, this);
            imported = result.imported();
            if (!result.householdNumbers().isEmpty()) {
                firstNumber = result.householdNumbers().get(0);
                lastNumber = result.householdNumbers().get(result.householdNumbers().size() - 1);
            }
        } catch (LedgerException e) {
            failure = Messages.format(locale, e.messageKey(), e.args());
            errorCount = e.violations().isEmpty() ? 0 : e.args().length > 0 && e.args()[0] instanceof Integer n ? n
                    : e.violations().size();
            errors = e.violations().stream().map(v -> new RowError(v.row(), v.field(),
                    Messages.format(locale, v.messageKey(), v.args()))).toList();
        } catch (IOException | RuntimeException e) {
            // the exception's text is not logged: a driver's message may quote a row it was given
            LOG.log(Level.WARNING, "household import failed: {0}", e.getClass().getName());
            failure = Messages.format(locale, "error.internal");
        } finally {
            phase = Phase.DONE;
        }
    }

    @Override
    public void read(int rows, double share) {
        rowsRead = rows;
        fraction = share;
    }

    @Override
    public void comparing(int rows) {
        phase = Phase.COMPARING;
    }

    @Override
    public void saved(int rows, int of) {
        total = of;
        saved = rows;
        phase = Phase.SAVING;
    }

    /** Reading and checking fill the bar to 45 %, the comparison with the register to 50 %, writing the rest. */
    public int getPercent() {
        return switch (phase) {
            case READING -> (int) (fraction * READ_SHARE);
            case COMPARING -> READ_SHARE;
            case SAVING -> total == 0 ? COMPARED : COMPARED + (int) (saved * (100L - COMPARED) / total);
            case DONE -> failure == null ? 100 : (int) (fraction * READ_SHARE);
        };
    }

    public Phase getPhase() {
        return phase;
    }

    /** The ui bundle's text for the phase (a failed job says it stopped, not that it is done). */
    public String getPhaseKey() {
        return "householdImport.phase." + (phase == Phase.DONE && failure != null ? "FAILED" : phase.name());
    }

    public boolean isDone() {
        return phase == Phase.DONE;
    }

    public boolean isSucceeded() {
        return phase == Phase.DONE && failure == null;
    }

    public String getVillageName() {
        return villageName;
    }

    public int getRowsRead() {
        return rowsRead;
    }

    public int getSaved() {
        return saved;
    }

    public int getTotal() {
        return total;
    }

    public String getFailure() {
        return failure;
    }

    public int getErrorCount() {
        return errorCount;
    }

    /** More bad cells than are listed. */
    public boolean isErrorsCapped() {
        return errorCount > errors.size();
    }

    public List<RowError> getErrors() {
        return errors;
    }

    public int getImported() {
        return imported;
    }

    public String getFirstNumber() {
        return firstNumber;
    }

    public String getLastNumber() {
        return lastNumber;
    }
}
