package cn.sunledger.tlog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import javax.sql.DataSource;

/**
 * The stored complete subtrees of one county's log: level 0 are the leaf hashes of {@code log_entry}
 * (log_region, idx, leaf_hash), higher levels the rows of the insert-only {@code log_node}
 * (log_region, level, idx, hash). Reads answer each request with one query by primary key; {@link #store}
 * writes the nodes an append completes, in the appending transaction.
 */
public final class JdbcMerkleNodes implements MerkleNodes {

    /** Nodes inserted per batch while filling in the nodes of leaves that have none yet. */
    static final int FILL_BATCH = MerkleTree.READ_CHUNK;

    private final LogConnections connections;
    private final String logRegion;

    private JdbcMerkleNodes(LogConnections connections, String logRegion) {
        this.connections = connections;
        this.logRegion = logRegion;
    }

    /** Reads through connections from {@code dataSource}, each closed after its query. */
    public static JdbcMerkleNodes over(DataSource dataSource, String logRegion) {
        return new JdbcMerkleNodes(LogConnections.over(dataSource), logRegion);
    }

    /** Reads on a connection the caller owns (and keeps open), e.g. the one of the running transaction. */
    public static JdbcMerkleNodes within(Connection connection, String logRegion) {
        return new JdbcMerkleNodes(LogConnections.within(connection), logRegion);
    }

    @Override
    public List<byte[]> hashes(List<NodeId> nodes) {
        List<Long> leaves = new ArrayList<>();
        List<NodeId> interior = new ArrayList<>();
        for (NodeId node : nodes) {
            if (node.level() == 0) {
                leaves.add(node.index());
            } else {
                interior.add(node);
            }
        }
        Map<NodeId, byte[]> found = connections.query(logRegion, c -> read(c, leaves, interior));
        List<byte[]> hashes = new ArrayList<>(nodes.size());
        for (NodeId node : nodes) {
            byte[] hash = found.get(node);
            if (!MerkleHash.isHash(hash)) {
                // A missing or damaged node must not be papered over with a made-up root.
                throw new IllegalStateException("log " + logRegion + " has no stored node " + node);
            }
            hashes.add(hash);
        }
        return hashes;
    }

    /** One statement: the leaves by (log_region, idx), the interior nodes by (log_region, level, idx). */
    private Map<NodeId, byte[]> read(Connection c, List<Long> leaves, List<NodeId> interior) throws SQLException {
        StringJoiner sql = new StringJoiner(" UNION ALL ");
        if (!leaves.isEmpty()) {
            sql.add("SELECT 0, idx, leaf_hash FROM log_entry WHERE log_region = ? AND idx IN ("
                    + String.join(", ", Collections.nCopies(leaves.size(), "?")) + ")");
        }
        if (!interior.isEmpty()) {
            sql.add("SELECT level, idx, hash FROM log_node WHERE log_region = ? AND ("
                    + String.join(" OR ", Collections.nCopies(interior.size(), "(level = ? AND idx = ?)")) + ")");
        }
        Map<NodeId, byte[]> found = new HashMap<>();
        if (leaves.isEmpty() && interior.isEmpty()) {
            return found;
        }
        try (PreparedStatement s = c.prepareStatement(sql.toString())) {
            int p = 1;
            if (!leaves.isEmpty()) {
                s.setString(p++, logRegion);
                for (long index : leaves) {
                    s.setLong(p++, index);
                }
            }
            if (!interior.isEmpty()) {
                s.setString(p++, logRegion);
                for (NodeId node : interior) {
                    s.setInt(p++, node.level());
                    s.setLong(p++, node.index());
                }
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.put(new NodeId(rs.getInt(1), rs.getLong(2)), rs.getBytes(3));
                }
            }
        }
        return found;
    }

    /** Inserts interior nodes (level 1 and up; leaves are stored with their entry) in one batch. */
    public static void store(Connection c, String logRegion, List<MerkleNode> nodes) throws SQLException {
        if (nodes.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO log_node (log_region, level, idx, hash) VALUES (?, ?, ?, ?)")) {
            for (MerkleNode node : nodes) {
                if (node.id().level() == 0) {
                    throw new IllegalArgumentException("leaf hashes are stored in log_entry, not as nodes: " + node.id());
                }
                s.setString(1, logRegion);
                s.setInt(2, node.id().level());
                s.setLong(3, node.id().index());
                s.setBytes(4, node.hash());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /**
     * Stores the interior nodes that leaves {@code [fromSize, toSize)} of {@code log_entry} complete, given that
     * the nodes of the first {@code fromSize} leaves are stored: for logs written before nodes were kept (the
     * schema migration), and for bulk-loaded logs. Reads the leaves in chunks, never all at once.
     *
     * @return the frontier at {@code toSize}
     */
    public static MerkleFrontier storeNodesOfLeaves(Connection c, String logRegion, long fromSize, long toSize)
            throws SQLException {
        MerkleFrontier frontier = MerkleFrontier.read(within(c, logRegion), fromSize);
        JdbcLeafHashes leaves = JdbcLeafHashes.within(c, logRegion, toSize);
        List<MerkleNode> pending = new ArrayList<>(FILL_BATCH + 64);
        for (long chunk = fromSize; chunk < toSize; chunk += MerkleTree.READ_CHUNK) {
            for (byte[] leafHash : leaves.leafHashes(chunk, Math.min(toSize, chunk + MerkleTree.READ_CHUNK))) {
                MerkleFrontier.Growth growth = frontier.append(leafHash);
                pending.addAll(growth.completed());
                frontier = growth.after();
            }
            if (pending.size() >= FILL_BATCH) {
                store(c, logRegion, pending);
                pending.clear();
            }
        }
        store(c, logRegion, pending);
        return frontier;
    }
}
