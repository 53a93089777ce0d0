package cn.sunledger.ledger.infrastructure.transparency;

import cn.sunledger.tlog.LeafHashes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The leaf hashes of one county's log, read by index range from log_entry. */
final class JdbcLeafHashes implements LeafHashes {

    private final Connection connection;
    private final String logRegion;
    private final long size;

    JdbcLeafHashes(Connection connection, String logRegion, long size) {
        this.connection = connection;
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

    @Override
    public List<byte[]> leafHashes(long fromIndex, long toIndex) {
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT leaf_hash FROM log_entry WHERE log_region = ? AND idx >= ? AND idx < ? ORDER BY idx")) {
            s.setString(1, logRegion);
            s.setLong(2, fromIndex);
            s.setLong(3, toIndex);
            List<byte[]> hashes = new ArrayList<>((int) (toIndex - fromIndex));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    hashes.add(rs.getBytes(1));
                }
            }
            if (hashes.size() != toIndex - fromIndex) {
                throw new IllegalStateException("log " + logRegion + " has a gap in [" + fromIndex + ", " + toIndex + ")");
            }
            return hashes;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read log " + logRegion, e);
        }
    }
}
