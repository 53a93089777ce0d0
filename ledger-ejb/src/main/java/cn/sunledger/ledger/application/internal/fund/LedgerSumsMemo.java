package cn.sunledger.ledger.application.internal.fund;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers the {@link LedgerSums} of a ledger region for the number of entries its chain had when they were read.
 * Entries are never changed or removed, so a ledger with the same number of entries has the same lines and the
 * same sums; the next posting to the ledger changes the key, and the old sums are simply never asked for again.
 * Bounded by the rows held (least recently used first out), so a province's worth of reports cannot fill the heap.
 */
@ApplicationScoped
public class LedgerSumsMemo {

    static final int MAX_ROWS = 400_000;

    record Key(String ledgerRegion, long entries, int year, LocalDate asOf) {
    }

    /** Reads a ledger's sums from the database. */
    interface Reader {
        LedgerSums read() throws SQLException;
    }

    private final Map<Key, LedgerSums> held = new LinkedHashMap<>(16, 0.75f, true);
    private final int maxRows;
    private int rows;

    public LedgerSumsMemo() {
        this(MAX_ROWS);
    }

    LedgerSumsMemo(int maxRows) {
        this.maxRows = maxRows;
    }

    public LedgerSums sums(Key key, Reader read) throws SQLException {
        synchronized (this) {
            LedgerSums known = held.get(key);
            if (known != null) {
                return known;
            }
        }
        // read outside the lock: two readers of the same key may both read, and the sums they find are the same
        LedgerSums fresh = read.read();
        synchronized (this) {
            if (held.putIfAbsent(key, fresh) == null) {
                rows += fresh.sums().size();
                evictOverBound();
            }
        }
        return fresh;
    }

    private void evictOverBound() {
        Iterator<LedgerSums> oldestFirst = held.values().iterator();
        while (rows > maxRows && oldestFirst.hasNext()) {
            rows -= oldestFirst.next().sums().size();
            oldestFirst.remove();
        }
    }
}
