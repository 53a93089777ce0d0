package cn.sunledger.tlog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The leaf hashes of one county's log, read from the {@code log_entry} table (log_region, idx, leaf_hash). The
 * size is fixed when this object is made, so every root and proof computed through it describes one tree even
 * while the publisher appends. The publisher reads on its own transaction's connection (it must see the leaf
 * it has just written); the portal opens a connection per range from its DataSource.
 */
public final class JdbcLeafHashes implements LeafHashes {

    private final LogConnections connections;
    private final String logRegion;
    private final long size;

    private JdbcLeafHashes(LogConnections connections, String logRegion, long size) {
        this.connections = connections;
        this.logRegion = logRegion;
        this.size = size;
    }

    /** Reads through connections from {@code dataSource}, each closed after its query. */
    public static JdbcLeafHashes over(DataSource dataSource, String logRegion, long size) {
        return new JdbcLeafHashes(LogConnections.over(dataSource), logRegion, size);
    }

    /** Reads on a connection the caller owns (and keeps open), e.g. the one of the running transaction. */
    public static JdbcLeafHashes within(Connection connection, String logRegion, long size) {
        return new JdbcLeafHashes(LogConnections.within(connection), logRegion, size);
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public byte[] leafHash(long index) {
        return leafHashes(index, index + 1).get(0);
    }

    /** One range query per chunk that MerkleTree asks for, instead of one query per leaf. */
    @Override
    public List<byte[]> leafHashes(long fromIndex, long toIndex) {
        if (fromIndex < 0 || toIndex < fromIndex || toIndex > size) {
            throw new IndexOutOfBoundsException("range [" + fromIndex + ", " + toIndex + ") of " + size);
        }
        String sql = "SELECT idx, leaf_hash FROM log_entry WHERE log_region = ? AND idx >= ? AND idx < ? ORDER BY idx";
        return connections.query(logRegion, c -> {
            List<byte[]> hashes = new ArrayList<>((int) (toIndex - fromIndex));
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, logRegion);
                s.setLong(2, fromIndex);
                s.setLong(3, toIndex);
                try (ResultSet rs = s.executeQuery()) {
                    long expected = fromIndex;
                    while (rs.next()) {
                        if (rs.getLong(1) != expected) {
                            // A gap would shift every later leaf and yield a root no honest log has.
                            throw new IllegalStateException("log " + logRegion + " has no leaf at index " + expected);
                        }
                        hashes.add(rs.getBytes(2));
                        expected++;
                    }
                    if (expected != toIndex) {
                        throw new IllegalStateException("log " + logRegion + " has no leaf at index " + expected);
                    }
                }
            }
            return hashes;
        });
    }
}
