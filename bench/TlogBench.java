import cn.sunledger.ledger.infrastructure.persistence.migration.DatabaseMigrator;
import cn.sunledger.ledger.infrastructure.transparency.TransparencyLogWriter;
import cn.sunledger.tlog.JdbcLeafHashes;
import cn.sunledger.tlog.JdbcMerkleNodes;
import cn.sunledger.tlog.LogLeaf;
import cn.sunledger.tlog.MerkleHash;
import cn.sunledger.tlog.MerkleTree;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.LongStream;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The transparency log's append cost at 1,000, 100,000 and 500,000 leaves (bench/run tlog). The schema comes
 * from the ledger's own DatabaseMigrator (Flyway, V1…V17_1); the log is seeded in bulk, leaves by batched
 * INSERTs and their nodes by JdbcMerkleNodes.storeNodesOfLeaves (the code of the V17_1 migration); every
 * measured append is TransparencyLogWriter.append, as the publisher calls it, followed by a commit.
 * Rows read are the server's own count (session status Rows_read) around each append. The schema is made as
 * its owner, the log written as the runtime user, as on the server.
 * Usage: java -cp ledger-ejb classes:driver:… bench/TlogBench.java JDBC_URL OWNER OWNER_PASSWORD USER PASSWORD
 */
public class TlogBench {

    static final String LOG = "532922000000";
    static final long[] AT = {1_000, 100_000, 500_000};
    static final int WARM = 1_000;
    static final int RUNS = Integer.getInteger("bench.runs", 2_000);
    static final int SEED_BATCH = 5_000;

    public static void main(String[] args) throws Exception {
        migrate(args[0], args[1], args[2]);
        try (Connection c = DriverManager.getConnection(args[0], args[3], args[4])) {
            c.setAutoCommit(false);
            long rowsOverhead = rowsReadOverhead(c);
            List<String> lines = new ArrayList<>();
            double[][] figures = new double[AT.length][];
            long size = 0;
            for (int i = 0; i < AT.length; i++) {
                long start = AT[i] - (i == 0 ? WARM : 0);
                long seeded = System.nanoTime();
                seed(c, size, start);
                System.out.printf("==> seeded leaves %,d to %,d in %.1f s%n", size, start, (System.nanoTime() - seeded) / 1e9);
                size = start;
                if (i == 0) {
                    size += measure(c, size, WARM, rowsOverhead).length;
                }
                Sample[] samples = measure(c, size, RUNS, rowsOverhead);
                size += samples.length;
                double[] append = Arrays.stream(samples).mapToDouble(Sample::appendMicros).sorted().toArray();
                double[] commit = Arrays.stream(samples).mapToDouble(Sample::commitMicros).sorted().toArray();
                double[] rows = Arrays.stream(samples).mapToDouble(Sample::rowsRead).sorted().toArray();
                long first = size - samples.length;
                // the frontier an append reads has one node per set bit of the old size: O(log n), the rest is fixed
                double frontier = LongStream.range(first, size).map(Long::bitCount).average().orElse(0);
                long fullRecompute = System.nanoTime();
                new MerkleTree(JdbcLeafHashes.within(c, LOG, AT[i])).root(AT[i]);
                double fullMillis = (System.nanoTime() - fullRecompute) / 1e6;
                c.commit();
                figures[i] = new double[] {percentile(append, 50), percentile(append, 99), mean(rows)};
                lines.add(String.format("%,10d %13.0f %10.0f %15.0f %9.1f %9.0f %9.1f %12.1f ms / %,d rows", AT[i],
                        percentile(append, 50), percentile(append, 99), percentile(commit, 50), mean(rows),
                        rows[rows.length - 1], frontier, fullMillis, AT[i]));
            }
            System.out.println();
            System.out.printf("%-10s %13s %10s %15s %9s %9s %9s   %s%n", "leaves", "append µs p50", "p99",
                    "commit µs p50", "rows avg", "rows max", "frontier", "the full recomputation appends used to do");
            lines.forEach(System.out::println);
            double[] first = figures[0];
            double[] last = figures[AT.length - 1];
            double ratio = last[0] / first[0];
            System.out.printf("%nratio %,d/%,d leaves: median %.2f (limit <= 1.5): %s; p99 %.2f; rows read %.2f%n",
                    AT[AT.length - 1], AT[0], ratio, ratio <= 1.5 ? "OK" : "GROWS", last[1] / first[1], last[2] / first[2]);
            System.out.printf("%,d appends measured from each size, each followed by its commit (timed apart), after"
                    + " %,d to warm up; rows read (server's Rows_read, less the %d of the status query) = the frontier"
                    + " (avg popcount of the size, <= log2 n) + the head, the key and the entry's checks%n", RUNS, WARM,
                    rowsOverhead);
        }
    }

    record Sample(double appendMicros, double commitMicros, long rowsRead) {
    }

    /** {@code runs} appends through the publisher's writer, each committed, from leaf {@code from} on. */
    static Sample[] measure(Connection c, long from, int runs, long rowsOverhead) throws SQLException {
        Sample[] samples = new Sample[runs];
        for (int i = 0; i < runs; i++) {
            long rowsBefore = rowsRead(c);
            long t0 = System.nanoTime();
            long index = TransparencyLogWriter.append(c, LOG, leaf(from + i), LocalDateTime.now());
            long t1 = System.nanoTime();
            long rowsAfter = rowsRead(c);
            c.commit();
            long t2 = System.nanoTime();
            if (index != from + i) {
                throw new IllegalStateException("appended at " + index + ", expected " + (from + i));
            }
            samples[i] = new Sample((t1 - t0) / 1e3, (t2 - t1) / 1e3, rowsAfter - rowsBefore - rowsOverhead);
        }
        return samples;
    }

    /** Leaves [from, to) by batched INSERTs, then their nodes, then the head: what the appends would leave. */
    static void seed(Connection c, long from, long to) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO log_entry (log_region, idx, notice_no, leaf, leaf_hash) VALUES (?, ?, ?, ?, ?)")) {
            for (long i = from; i < to; i++) {
                byte[] bytes = leaf(i).toBytes();
                s.setString(1, LOG);
                s.setLong(2, i);
                s.setString(3, leaf(i).noticeNo());
                s.setBytes(4, bytes);
                s.setBytes(5, MerkleHash.leafHash(bytes));
                s.addBatch();
                if ((i - from + 1) % SEED_BATCH == 0) {
                    s.executeBatch();
                    c.commit();
                }
            }
            s.executeBatch();
        }
        JdbcMerkleNodes.storeNodesOfLeaves(c, LOG, from, to);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO log_head (log_region, tree_size) VALUES (?, ?)"
                + " ON DUPLICATE KEY UPDATE tree_size = VALUES(tree_size)")) {
            s.setString(1, LOG);
            s.setLong(2, to);
            s.executeUpdate();
        }
        c.commit();
    }

    /** A leaf like a published notice's: number, type, time, regions and three hashes (about 360 bytes). */
    static LogLeaf leaf(long i) {
        String hex = HexFormat.of().formatHex(MerkleHash.sha256(Long.toString(i).getBytes()));
        return new LogLeaf(String.format("532922-2026-%07d", i), "PROJECT_APPROVAL", "2026-03-01T10:00:00+08:00",
                List.of("532922101201", "532922101202"), hex, hex, hex, null);
    }

    static long rowsRead(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW SESSION STATUS LIKE 'Rows_read'")) {
            rs.next();
            return rs.getLong(2);
        }
    }

    /** What one status query adds to the count, so that only the append's own reads are reported. */
    static long rowsReadOverhead(Connection c) throws SQLException {
        long a = rowsRead(c);
        long b = rowsRead(c);
        return b - a;
    }

    /** The schema as the server makes it: the ledger's DatabaseMigrator, given the owner's DataSource. */
    static void migrate(String url, String user, String password) throws Exception {
        MariaDbDataSource dataSource = new MariaDbDataSource(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        DatabaseMigrator migrator = new DatabaseMigrator();
        Field field = DatabaseMigrator.class.getDeclaredField("dataSource");
        field.setAccessible(true);
        field.set(migrator, dataSource);
        Method migrate = DatabaseMigrator.class.getDeclaredMethod("migrate");
        migrate.setAccessible(true);
        migrate.invoke(migrator);
    }

    static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(0);
    }
}
