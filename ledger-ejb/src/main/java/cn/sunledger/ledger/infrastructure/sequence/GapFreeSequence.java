package cn.sunledger.ledger.infrastructure.sequence;

import cn.sunledger.ledger.infrastructure.persistence.jdbc.LockedRow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Every gap-free number of the ledger — notice numbers per issuing region and year, project codes and journal
 * entry numbers per county and year — comes from one row per (kind, scope, year) of {@code gap_free_sequence}.
 * The row is locked for the rest of the caller's transaction, so a number is used only if that transaction
 * commits and numbers of one scope are handed out strictly in commit order; a rollback gives its numbers back.
 */
public enum GapFreeSequence {
    /** 532922-2026-00017: the 17th notice the county 532922 published in 2026 (scope: the issuing region). */
    NOTICE,
    /** 2026-532922-0042: the county's 42nd project of 2026 (scope: the county). */
    PROJECT,
    /** 532922-2026-000001: the county's first journal entry of 2026 (scope: the county). */
    JOURNAL_ENTRY,
    /** 2026-532922-ZC0001: the county's first asset formed in 2026 (scope: the county; year: the formation date's). */
    ASSET,
    /**
     * 532922101201-0007: the administrative village's 7th household (scope: the village; year: always
     * {@link #NO_YEAR}, since a household number does not restart with the year).
     */
    HOUSEHOLD;

    /** The year of a sequence that never restarts. */
    public static final int NO_YEAR = 0;

    /** The next number of the scope and year. */
    public long next(Connection c, String scope, int year) throws SQLException {
        return take(c, scope, year, 1);
    }

    /**
     * Takes {@code count} consecutive numbers at once (a spreadsheet import numbers its rows together) and returns
     * the first.
     */
    public long take(Connection c, String scope, int year, int count) throws SQLException {
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive: " + count);
        }
        // one statement on the common path: the UPDATE locks the row for the rest of the transaction (as the
        // SELECT … FOR UPDATE did) and LAST_INSERT_ID(expr) hands the new value back in the same answer (the OK
        // packet's insert id, read as the generated key), so drawing a number is one round trip, not two
        long after = bump(c, scope, year, count);
        if (after < 0) {
            // first use of the scope and year: seed the row (LockedRow's way, see there), then draw from it
            LockedRow.lock(c, "SELECT next_value FROM gap_free_sequence"
                    + " WHERE kind = ? AND scope_code = ? AND year = ? FOR UPDATE",
                    "INSERT INTO gap_free_sequence (kind, scope_code, year, next_value) VALUES (?, ?, ?, 1)"
                            + " ON DUPLICATE KEY UPDATE next_value = next_value",
                    s -> {
                        s.setString(1, name());
                        s.setString(2, scope);
                        s.setInt(3, year);
                    }, row -> row.getLong(1));
            after = bump(c, scope, year, count);
            if (after < 0) {
                throw new IllegalStateException("seeded sequence row not found: " + name() + " " + scope + " " + year);
            }
        }
        return after - count;
    }

    /** Adds {@code count} to the row's next value and answers the new value; -1 when the row does not exist. */
    private long bump(Connection c, String scope, int year, int count) throws SQLException {
        try (PreparedStatement bump = c.prepareStatement("UPDATE gap_free_sequence"
                + " SET next_value = LAST_INSERT_ID(next_value + ?) WHERE kind = ? AND scope_code = ? AND year = ?",
                Statement.RETURN_GENERATED_KEYS)) {
            bump.setInt(1, count);
            bump.setString(2, name());
            bump.setString(3, scope);
            bump.setInt(4, year);
            if (bump.executeUpdate() == 0) {
                return -1;
            }
            try (ResultSet keys = bump.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new IllegalStateException("the database did not answer the sequence's new value");
                }
                return keys.getLong(1);
            }
        }
    }
}
