package cn.sunledger.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.LedgerTestArchive;
import cn.sunledger.it.support.Rfc6962;
import cn.sunledger.ledger.infrastructure.persistence.migration.V17_1__StoreLogNodes;
import cn.sunledger.ledger.infrastructure.transparency.TransparencyLogWriter;
import cn.sunledger.tlog.JdbcMerkleNodes;
import cn.sunledger.tlog.LogLeaf;
import cn.sunledger.tlog.StoredMerkleTree;
import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The transparency log's stored tree nodes (log_node) in the deployed server's database: hundreds of appends
 * through the publisher's own writer, each in its own transaction, then roots and proofs built from the nodes
 * through the portal's datasource and grants, checked with the test's own RFC 6962 code and against the signed
 * checkpoints; and the V17_1 migration giving a log written before nodes existed its nodes. Each test uses a
 * log region of its own that no region has (5397…5399), so the real logs stay as the demo made them.
 */
@ExtendWith(ArquillianExtension.class)
class TransparencyLogNodesInContainerIT {

    static final int APPENDS = 300;

    @Deployment
    static WebArchive deployment() {
        return LedgerTestArchive.create("log-nodes-it", TransparencyLogNodesInContainerIT.class, Rfc6962.class);
    }

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource portal;

    @Resource(lookup = "java:jboss/datasources/LedgerDS")
    DataSource ledger;

    private final Random random = new Random();

    /** A log region no real region uses, different on each run so a kept test database does not collide. */
    private String scratchLog(String prefix) {
        return prefix + String.format("%02d", random.nextInt(100)) + "000000";
    }

    @Test
    void appendsStoreTheNodesFromWhichThePortalBuildsRootsAndProofsThatVerify() throws SQLException {
        String log = scratchLog("5399");
        try (Connection c = ledger.getConnection()) {
            c.setAutoCommit(false);
            for (int i = 0; i < APPENDS; i++) {
                assertEquals(i, TransparencyLogWriter.append(c, log, leaf(log, i), LocalDateTime.now()));
                c.commit();
            }
        }
        List<byte[]> leafHashes = leafHashes(log);
        assertEquals(APPENDS, leafHashes.size());
        assertEquals(APPENDS - Integer.bitCount(APPENDS), count("SELECT COUNT(*) FROM log_node WHERE log_region = '"
                + log + "'"), "one node per complete subtree above the leaves");

        StoredMerkleTree tree = new StoredMerkleTree(JdbcMerkleNodes.over(portal, log), APPENDS);
        List<byte[]> signed = signedRoots(log);
        for (int n = 1; n <= APPENDS; n++) {
            byte[] root = Rfc6962.root(leafHashes.subList(0, n));
            assertArrayEquals(root, signed.get(n - 1), "the checkpoint signed at size " + n);
            assertArrayEquals(root, tree.root(n), "the portal's root at size " + n);
        }
        for (int i = 0; i < 300; i++) {
            int n = 1 + random.nextInt(APPENDS);
            int m = random.nextInt(n);
            int from = 1 + random.nextInt(n);
            byte[] root = Rfc6962.root(leafHashes.subList(0, n));
            assertArrayEquals(root, Rfc6962.rootFromInclusion(m, n, leafHashes.get(m), tree.inclusionProof(m, n)),
                    "inclusion of " + m + " in " + n);
            assertTrue(Rfc6962.consistent(from, n, Rfc6962.root(leafHashes.subList(0, from)), root,
                    tree.consistencyProof(from, n)), "consistency " + from + " to " + n);
        }
    }

    /** That nobody may change or delete a node is checked with the other insert-only tables (InsertOnlyStatements). */
    @Test
    void thePortalMayReadNodesButNotWriteThem() throws SQLException {
        String log = scratchLog("5398");
        try (Connection c = ledger.getConnection()) {
            c.setAutoCommit(false);
            for (int i = 0; i < 2; i++) {
                TransparencyLogWriter.append(c, log, leaf(log, i), LocalDateTime.now());
                c.commit();
            }
        }
        try (Connection c = portal.getConnection(); Statement s = c.createStatement()) {
            assertEquals(1, count("SELECT COUNT(*) FROM log_node WHERE log_region = '" + log + "'"));
            SQLException e = assertThrows(SQLException.class, () -> s.execute("INSERT INTO log_node"
                    + " (log_region, level, idx, hash) VALUES ('" + log + "', 1, 1, REPEAT('x', 32))"));
            // 1142: command denied to user for table
            assertEquals(1142, e.getErrorCode(), e.getMessage());
        }
    }

    @Test
    void theMigrationGivesALogWrittenWithoutNodesItsNodesAndRefusesOneThatContradictsItsCheckpoint()
            throws Exception {
        String old = scratchLog("5397");
        List<byte[]> hashes = new ArrayList<>();
        try (Connection c = ledger.getConnection()) {
            c.setAutoCommit(false);
            // written as the log was before V17: entries and a checkpoint, no nodes
            for (int i = 0; i < 100; i++) {
                hashes.add(insertEntry(c, old, i));
            }
            insertCheckpoint(c, old, 100, Rfc6962.root(hashes));
            c.commit();
            new V17_1__StoreLogNodes().migrate(context(c));
            c.commit();

            String forged = scratchLog("5396");
            List<byte[]> other = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                other.add(insertEntry(c, forged, i));
            }
            other.set(2, Rfc6962.leafHash(new byte[] {2}));
            insertCheckpoint(c, forged, 5, Rfc6962.root(other));
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> new V17_1__StoreLogNodes().migrate(context(c)));
            assertTrue(refused.getMessage().contains(forged), refused.getMessage());
            c.rollback();
        }
        assertEquals(100 - Integer.bitCount(100), count("SELECT COUNT(*) FROM log_node WHERE log_region = '" + old + "'"));
        StoredMerkleTree tree = new StoredMerkleTree(JdbcMerkleNodes.over(portal, old), 100);
        assertArrayEquals(Rfc6962.root(hashes), tree.root(100), "the old checkpoint's root");
        for (int m : new int[] {0, 37, 99}) {
            assertArrayEquals(Rfc6962.root(hashes), Rfc6962.rootFromInclusion(m, 100, hashes.get(m),
                    tree.inclusionProof(m, 100)), "inclusion of " + m + " in the old checkpoint");
        }
        assertTrue(Rfc6962.consistent(64, 100, Rfc6962.root(hashes.subList(0, 64)), Rfc6962.root(hashes),
                tree.consistencyProof(64, 100)));
        try (Connection c = ledger.getConnection()) {
            c.setAutoCommit(false);
            TransparencyLogWriter.append(c, old, leaf(old, 100), LocalDateTime.now());
            c.commit();
        }
        hashes.add(leafHashes(old).get(100));
        assertArrayEquals(Rfc6962.root(hashes), new StoredMerkleTree(JdbcMerkleNodes.over(portal, old), 101).root(101),
                "appending continues on the filled-in nodes");
    }

    private static LogLeaf leaf(String log, int i) {
        return new LogLeaf("IT-" + log + "-" + i, "POLICY", "2026-03-01T10:00:00+08:00", List.of(log), null,
                null, null, null);
    }

    private static byte[] insertEntry(Connection c, String log, int i) throws SQLException {
        LogLeaf leaf = leaf(log, i);
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO log_entry (log_region, idx, notice_no, leaf, leaf_hash) VALUES (?, ?, ?, ?, ?)")) {
            s.setString(1, log);
            s.setLong(2, i);
            s.setString(3, leaf.noticeNo());
            s.setBytes(4, leaf.toBytes());
            s.setBytes(5, Rfc6962.leafHash(leaf.toBytes()));
            s.executeUpdate();
        }
        return Rfc6962.leafHash(leaf.toBytes());
    }

    private static void insertCheckpoint(Connection c, String log, long size, byte[] root) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO log_checkpoint (log_region, tree_size, root_hash,"
                + " signed_note, created_at) VALUES (?, ?, ?, 'written before V17', NOW())")) {
            s.setString(1, log);
            s.setLong(2, size);
            s.setBytes(3, root);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO log_head (log_region, tree_size) VALUES (?, ?)")) {
            s.setString(1, log);
            s.setLong(2, size);
            s.executeUpdate();
        }
    }

    private static Context context(Connection c) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return c;
            }
        };
    }

    /** The leaf hashes as the portal reads them, recomputed from the leaf bytes by the test's own code. */
    private List<byte[]> leafHashes(String log) throws SQLException {
        List<byte[]> hashes = new ArrayList<>();
        try (Connection c = portal.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT leaf FROM log_entry WHERE log_region = ? ORDER BY idx")) {
            s.setString(1, log);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    hashes.add(Rfc6962.leafHash(rs.getBytes(1)));
                }
            }
        }
        return hashes;
    }

    private List<byte[]> signedRoots(String log) throws SQLException {
        List<byte[]> roots = new ArrayList<>();
        try (Connection c = portal.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT root_hash FROM log_checkpoint WHERE log_region = ? ORDER BY tree_size")) {
            s.setString(1, log);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    roots.add(rs.getBytes(1));
                }
            }
        }
        return roots;
    }

    private long count(String sql) throws SQLException {
        try (Connection c = portal.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
