package cn.sunledger.portal.log;

import static cn.sunledger.portal.FakeJdbc.proxy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.sunledger.tlog.JdbcLeafHashes;
import cn.sunledger.tlog.InMemoryLeafHashes;
import cn.sunledger.tlog.MerkleHash;
import cn.sunledger.tlog.MerkleTree;
import cn.sunledger.tlog.MerkleVerifier;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class JdbcLeafHashesTest {

    /** log_entry rows of one log (idx → leaf_hash), served through a fake JDBC driver that counts queries. */
    private final TreeMap<Long, byte[]> rows = new TreeMap<>();
    private final AtomicInteger queries = new AtomicInteger();

    private DataSource dataSource() {
        return proxy(DataSource.class, (m, args) -> m.getName().equals("getConnection") ? connection() : null);
    }

    private Connection connection() {
        return proxy(Connection.class, (m, args) -> m.getName().equals("prepareStatement") ? statement() : null);
    }

    private PreparedStatement statement() {
        long[] range = new long[2];
        return proxy(PreparedStatement.class, (m, args) -> {
            if (m.getName().equals("setLong")) {
                range[(int) args[0] - 2] = (long) args[1];
            } else if (m.getName().equals("executeQuery")) {
                queries.incrementAndGet();
                return resultSet(new ArrayList<>(rows.subMap(range[0], range[1]).entrySet()));
            }
            return null;
        });
    }

    private static ResultSet resultSet(List<java.util.Map.Entry<Long, byte[]>> found) {
        int[] at = {-1};
        return proxy(ResultSet.class, (m, args) -> switch (m.getName()) {
            case "next" -> ++at[0] < found.size();
            case "getLong" -> found.get(at[0]).getKey();
            case "getBytes" -> found.get(at[0]).getValue();
            default -> null;
        });
    }

    @Test
    void rootsAndProofsEqualThoseOfTheSameLeavesInMemory() throws Exception {
        InMemoryLeafHashes memory = new InMemoryLeafHashes();
        for (long i = 0; i < 4100; i++) {
            byte[] leaf = ("{\"noticeNo\":\"532922-2026-" + i + "\"}").getBytes(StandardCharsets.UTF_8);
            memory.appendLeaf(leaf);
            rows.put(i, MerkleHash.leafHash(leaf));
        }
        MerkleTree fromDatabase = new MerkleTree(JdbcLeafHashes.over(dataSource(), "532922000000", 4100));
        MerkleTree reference = new MerkleTree(memory);
        for (long size : new long[] {1, 2, 3, 7, 4096, 4097, 4100}) {
            assertArrayEquals(reference.root(size), fromDatabase.root(size), "root at " + size);
        }
        List<byte[]> proof = fromDatabase.inclusionProof(4098, 4100);
        MerkleVerifier.verifyInclusion(4098, 4100, rows.get(4098L), proof, reference.root(4100));
        MerkleVerifier.verifyConsistency(3, 4100, fromDatabase.consistencyProof(3, 4100), reference.root(3),
                reference.root(4100));
    }

    @Test
    void readsARangeWithOneQueryNotOnePerLeaf() {
        for (long i = 0; i < 100; i++) {
            rows.put(i, MerkleHash.leafHash(new byte[] {(byte) i}));
        }
        queries.set(0);
        new MerkleTree(JdbcLeafHashes.over(dataSource(), "532922000000", 100)).root(100);
        assertEquals(1, queries.get());
    }

    @Test
    void aGapInTheStoredLogIsAnErrorNotAWrongRoot() {
        rows.put(0L, MerkleHash.leafHash(new byte[] {0}));
        rows.put(2L, MerkleHash.leafHash(new byte[] {2}));
        JdbcLeafHashes leaves = JdbcLeafHashes.over(dataSource(), "532922000000", 3);
        assertThrows(IllegalStateException.class, () -> new MerkleTree(leaves).root(3));
    }

    @Test
    void refusesRangesOutsideItsSize() {
        JdbcLeafHashes leaves = JdbcLeafHashes.over(dataSource(), "532922000000", 3);
        assertThrows(IndexOutOfBoundsException.class, () -> leaves.leafHashes(0, 4));
        assertThrows(IndexOutOfBoundsException.class, () -> leaves.leafHashes(-1, 2));
    }
}
