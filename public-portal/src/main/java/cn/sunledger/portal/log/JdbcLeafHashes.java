package cn.sunledger.portal.log;

import cn.sunledger.tlog.LeafHashes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The leaf hashes of one county's log, read from {@code log_entry}. The size is fixed when this object is
 * made, so every root and proof computed through it describes one tree even while the publisher appends.
 */
public final class JdbcLeafHashes implements LeafHashes {

    private final DataSource dataSource;
    private final String logRegion;
    private final long size;

    public JdbcLeafHashes(DataSource dataSource, String logRegion, long size) {
        this.dataSource = dataSource;
        this.logRegion = logRegion;
        this.size = size;
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
        List<byte[]> hashes = new ArrayList<>((int) (toIndex - fromIndex));
        String sql = "SELECT idx, leaf_hash FROM log_entry WHERE log_region = ? AND idx >= ? AND idx < ? ORDER BY idx";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
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
            }
        } catch (SQLException e) {
            throw new IllegalStateException("portal database read failed", e);
        }
        return hashes;
    }
}
