package cn.sunledger.ledger.infrastructure.persistence.migration;

import cn.sunledger.tlog.JdbcMerkleNodes;
import cn.sunledger.tlog.MerkleFrontier;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills {@code log_node} (V17) for the leaves logged before it existed, so that the portal's proofs for old
 * checkpoints keep verifying. Java, not SQL, so that the nodes are hashed by the very code that appends them.
 * Each log's recomputed head must equal its latest signed checkpoint; otherwise the migration fails rather
 * than store nodes for leaves that no longer match what was signed.
 */
public class V17_1__StoreLogNodes extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V17_1__StoreLogNodes.class.getName());

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        for (Map.Entry<String, Long> log : logSizes(c).entrySet()) {
            MerkleFrontier head = JdbcMerkleNodes.storeNodesOfLeaves(c, log.getKey(), 0, log.getValue());
            byte[] signed = signedRoot(c, log.getKey(), head.size());
            if (signed != null && !MessageDigest.isEqual(signed, head.root())) {
                throw new IllegalStateException("the leaves of log " + log.getKey() + " do not give the root of its"
                        + " checkpoint at size " + head.size());
            }
            LOG.info(() -> "stored the nodes of " + log.getValue() + " leaves of log " + log.getKey());
        }
    }

    /** The number of leaves of each log that has no stored nodes yet. */
    private static Map<String, Long> logSizes(Connection c) throws SQLException {
        Map<String, Long> sizes = new LinkedHashMap<>();
        // Only logs without nodes: all of them when V17 has just made the table, and a repeated run (a test)
        // leaves the logs that the writer already keeps alone.
        try (PreparedStatement s = c.prepareStatement("SELECT e.log_region, MAX(e.idx) + 1 FROM log_entry e"
                + " WHERE NOT EXISTS (SELECT 1 FROM log_node n WHERE n.log_region = e.log_region)"
                + " GROUP BY e.log_region ORDER BY e.log_region");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                sizes.put(rs.getString(1), rs.getLong(2));
            }
        }
        return sizes;
    }

    private static byte[] signedRoot(Connection c, String logRegion, long size) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT root_hash FROM log_checkpoint WHERE log_region = ? AND tree_size = ?")) {
            s.setString(1, logRegion);
            s.setLong(2, size);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        }
    }
}
