package cn.sunledger.ledger.infrastructure.transparency;

import cn.sunledger.ledger.infrastructure.persistence.jdbc.LockedRow;
import cn.sunledger.tlog.Checkpoint;
import cn.sunledger.tlog.Ed25519Keys;
import cn.sunledger.tlog.JdbcMerkleNodes;
import cn.sunledger.tlog.JournalLeaf;
import cn.sunledger.tlog.LogLeaf;
import cn.sunledger.tlog.LogOrigin;
import cn.sunledger.tlog.MerkleFrontier;
import cn.sunledger.tlog.MerkleHash;
import cn.sunledger.tlog.NoteSigner;
import cn.sunledger.tlog.VerifierKey;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;

/**
 * Appends a leaf to a county's transparency log and signs the new checkpoint, inside the publishing
 * transaction. The log head row is locked first, so appends to one log are strictly ordered; a log and its
 * Ed25519 key are created on first use. Entries, the tree nodes they complete and checkpoints are insert-only
 * in the database. An append reads and writes O(log n) rows of a log of n leaves, never all of its leaves.
 */
public final class TransparencyLogWriter {

    /** The origin prefix names this deployment's logs in checkpoints (C2SP origin line). */
    static final String ORIGIN_PREFIX_PROPERTY = "sunledger.log.origin-prefix";

    /** The signers read from the database, by log region and origin (see {@link #signer}). */
    private static final java.util.concurrent.ConcurrentMap<String, NoteSigner> SIGNERS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private TransparencyLogWriter() {
    }

    /** Appends a published notice's leaf; the appended leaf's index. */
    public static long append(Connection c, String logRegion, LogLeaf leaf, LocalDateTime at) throws SQLException {
        return append(c, logRegion, leaf.noticeNo(), null, leaf.toBytes(), at);
    }

    /** Appends a posted journal entry's leaf (its own leaf kind); the appended leaf's index. */
    public static long append(Connection c, String logRegion, JournalLeaf leaf, LocalDateTime at) throws SQLException {
        return append(c, logRegion, null, leaf.entryNo(), leaf.toBytes(), at);
    }

    private static long append(Connection c, String logRegion, String noticeNo, String entryNo, byte[] leafBytes,
            LocalDateTime at) throws SQLException {
        long size = lockHead(c, logRegion);
        String origin = origin(logRegion);
        NoteSigner signer = signer(c, logRegion, origin, at);
        byte[] leafHash = MerkleHash.leafHash(leafBytes);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO log_entry (log_region, idx, notice_no, entry_no, leaf,"
                + " leaf_hash) VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setString(1, logRegion);
            s.setLong(2, size);
            s.setString(3, noticeNo);
            s.setString(4, entryNo);
            s.setBytes(5, leafBytes);
            s.setBytes(6, leafHash);
            s.executeUpdate();
        }
        // O(log n): read the right frontier of the old tree, store the nodes the new leaf completes, and fold the
        // new frontier into the root; the locked head guarantees that no other append moved the frontier.
        MerkleFrontier.Growth growth = MerkleFrontier.read(JdbcMerkleNodes.within(c, logRegion), size).append(leafHash);
        JdbcMerkleNodes.store(c, logRegion, growth.completed());
        long newSize = growth.after().size();
        byte[] root = growth.after().root();
        Checkpoint checkpoint = new Checkpoint(origin, newSize, root);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO log_checkpoint (log_region, tree_size, root_hash,"
                + " signed_note, created_at) VALUES (?, ?, ?, ?, ?)")) {
            s.setString(1, logRegion);
            s.setLong(2, newSize);
            s.setBytes(3, root);
            s.setString(4, checkpoint.sign(signer));
            s.setTimestamp(5, Timestamp.valueOf(at));
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE log_head SET tree_size = ? WHERE log_region = ?")) {
            s.setLong(1, newSize);
            s.setString(2, logRegion);
            s.executeUpdate();
        }
        return size;
    }

    public static String origin(String logRegion) {
        return LogOrigin.forRegion(System.getProperty(ORIGIN_PREFIX_PROPERTY, LogOrigin.DEFAULT_PREFIX), logRegion);
    }

    private static long lockHead(Connection c, String logRegion) throws SQLException {
        return LockedRow.lock(c, "SELECT tree_size FROM log_head WHERE log_region = ? FOR UPDATE",
                "INSERT INTO log_head (log_region, tree_size) VALUES (?, 0) ON DUPLICATE KEY UPDATE tree_size = tree_size",
                s -> s.setString(1, logRegion), row -> row.getLong(1));
    }

    /**
     * The log's signer: its key as stored, decoded and its verifier key derived once per log and origin and then
     * kept — a log's key row is insert-only and never replaced, so what was read once stays true. A key this
     * transaction creates is not kept: should the transaction roll back, the next append must not sign with a key
     * that was never stored.
     */
    private static NoteSigner signer(Connection c, String logRegion, String origin, LocalDateTime at)
            throws SQLException {
        String cacheKey = logRegion + " " + origin;
        NoteSigner kept = SIGNERS.get(cacheKey);
        if (kept != null) {
            return kept;
        }
        try (PreparedStatement s = c.prepareStatement("SELECT private_key FROM log_signing_key WHERE log_region = ?")) {
            s.setString(1, logRegion);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    NoteSigner stored = new NoteSigner(origin, Ed25519Keys.decodePrivateKey(rs.getBytes(1)));
                    SIGNERS.put(cacheKey, stored);
                    return stored;
                }
            }
        }
        return new NoteSigner(origin, createKey(c, logRegion, origin, at));
    }

    /** Creates the log's signing key with its public verifier key, on the log's first append. */
    private static PrivateKey createKey(Connection c, String logRegion, String origin, LocalDateTime at)
            throws SQLException {
        KeyPair pair = Ed25519Keys.generate();
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO log_signing_key (log_region, private_key) VALUES (?, ?)")) {
            s.setString(1, logRegion);
            s.setBytes(2, Ed25519Keys.encodePrivateKey(pair.getPrivate()));
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO log_key (log_region, key_name, vkey, created_at) VALUES (?, ?, ?, ?)")) {
            s.setString(1, logRegion);
            s.setString(2, origin);
            s.setString(3, VerifierKey.of(origin, pair.getPublic()).format());
            s.setTimestamp(4, Timestamp.valueOf(at));
            s.executeUpdate();
        }
        return pair.getPrivate();
    }
}
