package cn.sunledger.ledger.application.internal.fund;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers the {@link LedgerSums} of a ledger region for the number of entries its chain had when they were read.
 * Entries are never changed or removed, and a region's entries are numbered 0, 1, … in its chain in commit order, so
 * a ledger with the same number of entries has the same lines and the same sums; and when it has more, the sums it
 * has now are the sums held plus what the entries since moved ({@link NewEntries}: their few lines, read by their
 * place in the chain), not a new pass over every line. Only sums known to be of exactly their number of entries
 * are held. Bounded by the rows held (least recently used first out), so a province's worth of reports cannot
 * fill the heap.
 */
@ApplicationScoped
public class LedgerSumsMemo {

    static final int MAX_ROWS = 400_000;

    /** Past this many new entries the sums are read anew rather than advanced entry by entry. */
    static final long MAX_NEW_ENTRIES = 20_000;

    record Key(String ledgerRegion, long entries, int year, LocalDate asOf) {

        Scope scope() {
            return new Scope(ledgerRegion, year, asOf);
        }
    }

    /** Sums of a ledger, year and day, whatever the number of entries. */
    private record Scope(String ledgerRegion, int year, LocalDate asOf) {
    }

    private record Held(long entries, LedgerSums sums) {
    }

    /** The sums read from the database with the number of entries they are the sums of. */
    record Read(LedgerSums sums, long entries) {
    }

    /**
     * Reads a ledger's sums from the database, with the number of entries they cover, which must be that of the key
     * for the memo to hold them (a posting that commits while they are read makes them a reading of some moment
     * between: shown, not held).
     */
    interface Reader {
        Read read() throws SQLException;
    }

    /** What the ledger's entries {@code from} ≤ place in chain &lt; {@code to} moved, read from their lines. */
    interface NewEntries {
        List<LedgerSums.Change> between(long from, long to) throws SQLException;
    }

    private final Map<Scope, Held> held = new LinkedHashMap<>(16, 0.75f, true);
    private final int maxRows;
    private int rows;

    public LedgerSumsMemo() {
        this(MAX_ROWS);
    }

    LedgerSumsMemo(int maxRows) {
        this.maxRows = maxRows;
    }

    public LedgerSums sums(Key key, Reader read, NewEntries newEntries) throws SQLException {
        Held known;
        synchronized (this) {
            known = held.get(key.scope());
        }
        if (known != null && known.entries() == key.entries()) {
            return known.sums();
        }
        // read outside the lock: two readers of the same key may both read, and the sums they find are the same
        Held fresh;
        if (known != null && known.entries() < key.entries() && key.entries() - known.entries() <= MAX_NEW_ENTRIES) {
            // the entries below key.entries() have all committed (the count said so), so these are exact
            fresh = new Held(key.entries(), known.sums().plus(newEntries.between(known.entries(), key.entries())));
        } else {
            Read r = read.read();
            if (r.entries() != key.entries()) {
                return r.sums();
            }
            fresh = new Held(r.entries(), r.sums());
        }
        synchronized (this) {
            Held now = held.get(key.scope());
            // keep the newest sums: a reader that was slower with an older count does not replace newer ones
            if (now == null || now.entries() < fresh.entries()) {
                rows += fresh.sums().sums().size() - (now == null ? 0 : now.sums().sums().size());
                held.put(key.scope(), fresh);
                evictOverBound();
            }
        }
        return fresh.sums();
    }

    private void evictOverBound() {
        Iterator<Held> oldestFirst = held.values().iterator();
        while (rows > maxRows && oldestFirst.hasNext()) {
            rows -= oldestFirst.next().sums().sums().size();
            oldestFirst.remove();
        }
    }
}
