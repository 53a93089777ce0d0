package cn.sunledger.ledger.infrastructure.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A row that serialises writers — a journal's chain head, a gap-free sequence, a transparency log's head — locked
 * for the rest of the transaction and created on first use. It is read with SELECT … FOR UPDATE, and only when it
 * does not exist yet is it seeded with INSERT … ON DUPLICATE KEY UPDATE (whose lock on a row a concurrent first
 * user just created is exclusive at once) and read again. Seeding on every call would cost a statement per
 * posting; seeding with INSERT IGNORE would take a shared lock that two writers then both try to upgrade for the
 * FOR UPDATE — a deadlock on every busy county.
 */
public final class LockedRow {

    /** Binds the key columns; the same parameters, in the same order, serve the lock and the seed. */
    @FunctionalInterface
    public interface Key {
        void bind(PreparedStatement s) throws SQLException;
    }

    @FunctionalInterface
    public interface Reader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private LockedRow() {
    }

    /**
     * Locks the row {@code selectForUpdate} finds, first seeding it with {@code seed} (an INSERT … ON DUPLICATE KEY
     * UPDATE over the same key parameters) when there is none, and reads it.
     */
    public static <T> T lock(Connection c, String selectForUpdate, String seed, Key key, Reader<T> reader)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(selectForUpdate)) {
            key.bind(s);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    return reader.read(rs);
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement(seed)) {
            key.bind(s);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement(selectForUpdate)) {
            key.bind(s);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("seeded row not found by: " + selectForUpdate);
                }
                return reader.read(rs);
            }
        }
    }
}
