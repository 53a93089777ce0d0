package cn.sunledger.portal.log;

import cn.sunledger.tlog.JdbcMerkleNodes;
import cn.sunledger.tlog.StoredMerkleTree;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Reads the county transparency logs that the ledger's publisher writes: keys, signed checkpoints,
 * leaves, and Merkle trees for proofs (from the stored nodes, log_node). Nothing here signs or appends.
 */
@ApplicationScoped
public class LogReader {

    /** Most leaves returned by one entries call, so one request cannot make the portal read a whole log. */
    public static final int MAX_ENTRIES = 1000;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource portal;

    /** One leaf: its index, the notice or journal entry it records (one is null) and the exact canonical JSON bytes. */
    public record Entry(long index, String noticeNo, String entryNo, byte[] leaf) {
    }

    /** What a leaf records: a published notice (by its number) or a posted journal entry (by its entry number). */
    public enum Subject {
        NOTICE("notice_no"), JOURNAL_ENTRY("entry_no");

        private final String column;

        Subject(String column) {
            this.column = column;
        }
    }

    /** A checkpoint as stored: size, root and the complete signed note text. */
    public record StoredCheckpoint(long treeSize, byte[] rootHash, String signedNote) {
    }

    public Optional<String> verifierKey(String logRegion) {
        return single("SELECT vkey FROM log_key WHERE log_region = ?", logRegion);
    }

    public Optional<StoredCheckpoint> latestCheckpoint(String logRegion) {
        String sql = "SELECT tree_size, root_hash, signed_note FROM log_checkpoint WHERE log_region = ?"
                + " ORDER BY tree_size DESC LIMIT 1";
        try (Connection c = portal.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, logRegion);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new StoredCheckpoint(rs.getLong(1), rs.getBytes(2), rs.getString(3)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("portal database read failed", e);
        }
    }

    /** Number of leaves in the log now (0 for a log with none, or no such log). */
    public long size(String logRegion) {
        return single("SELECT COALESCE(MAX(idx) + 1, 0) FROM log_entry WHERE log_region = ?", logRegion)
                .map(Long::parseLong).orElse(0L);
    }

    /** Whether the log exists at all: it has a key or at least one leaf. */
    public boolean exists(String logRegion) {
        return verifierKey(logRegion).isPresent() || size(logRegion) > 0;
    }

    /** Leaves {@code [start, end)}, in order. */
    public List<Entry> entries(String logRegion, long start, long end) {
        String sql = "SELECT idx, notice_no, entry_no, leaf FROM log_entry WHERE log_region = ? AND idx >= ? AND idx < ?"
                + " ORDER BY idx";
        try (Connection c = portal.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, logRegion);
            s.setLong(2, start);
            s.setLong(3, end);
            try (ResultSet rs = s.executeQuery()) {
                List<Entry> entries = new ArrayList<>();
                while (rs.next()) {
                    entries.add(new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBytes(4)));
                }
                return entries;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("portal database read failed", e);
        }
    }

    /** The leaf index of a notice or journal entry in this log, if it is there. */
    public Optional<Long> indexOf(String logRegion, Subject subject, String number) {
        String sql = "SELECT idx FROM log_entry WHERE log_region = ? AND " + subject.column + " = ?";
        try (Connection c = portal.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, logRegion);
            s.setString(2, number);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("portal database read failed", e);
        }
    }

    /**
     * The log's Merkle tree as of {@code size} leaves, answering from the nodes the publisher stored: a proof
     * reads O(log n) rows in one query, however long the log.
     */
    public StoredMerkleTree tree(String logRegion, long size) {
        return new StoredMerkleTree(JdbcMerkleNodes.over(portal, logRegion), size);
    }

    private Optional<String> single(String sql, String parameter) {
        try (Connection c = portal.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("portal database read failed", e);
        }
    }
}
