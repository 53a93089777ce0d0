import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleSupplier;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fund ledger measured and faulted (bench/ledger). One program, four modes, all against a running server and
 * its database (the runtime user reads; the owner creates the bench's own table and seeds):
 * <ul>
 * <li>{@code posting}: single-client disbursements through POST /ledger/api/disbursements with HTTP Basic on every
 * request, against a raw JDBC loop of single-row INSERT + COMMIT on the same MariaDB; the ratio of their rates
 * (limit ≥ 0.5).</li>
 * <li>{@code report}: 20,000 projects and 500,000 journal lines seeded into one county-year by bulk SQL, then
 * GET /ledger/api/reports/fund-execution for that county-year, warm, median and p99 (limit ≤ 300 ms), beside the
 * report's aggregate over raw JDBC.</li>
 * <li>{@code load}: client threads posting 1.00 元 payments (each with its Idempotency-Key) until a stop file
 * appears, writing every acknowledged entry number to a file and counting the answers by status.</li>
 * <li>{@code check}: after the faults, every acknowledged entry is in the journal, no entry is partial or
 * unbalanced, the county-year's numbers are gap-free, and the chain check holds.</li>
 * </ul>
 * Usage: java -cp mariadb-java-client.jar bench/LedgerBench.java MODE BASE_URL JDBC_URL OWNER OWNER_PASSWORD [ARGS]
 */
public class LedgerBench {

    static final String COUNTY = "532922";
    static final String COUNTY_REGION = COUNTY + "000000";
    static final String PASSWORD = "Demo#2026";
    static final String FINANCE = "yangbi.finance";
    static final String AUDITOR = "yangbi.auditor";
    static final int WARM = Integer.getInteger("bench.warm", 50);
    static final int RUNS = Integer.getInteger("bench.runs", 500);
    static final int REPORT_PROJECTS = Integer.getInteger("bench.projects", 20_000);
    static final int REPORT_LINES = Integer.getInteger("bench.lines", 500_000);
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        String base = args[1];
        try (Connection owner = DriverManager.getConnection(args[2], args[3], args[4])) {
            switch (mode) {
                case "posting" -> posting(base, owner);
                case "report" -> report(base, owner);
                case "setup" -> setup(base, Integer.parseInt(args[5]), Path.of(args[6]));
                case "load" -> load(base, Path.of(args[5]), Path.of(args[6]), Path.of(args[7]));
                case "check" -> check(base, owner, Path.of(args[5]));
                case "trace" -> trace(base, args[2]);
                default -> throw new IllegalArgumentException("mode: posting | report | setup | load | check");
            }
        }
    }

    // ---- posting: REST with Basic on every request against raw JDBC INSERT + COMMIT ----------------------------

    static void posting(String base, Connection owner) throws SQLException {
        long allocation = newAllocation(base, "100000000.00", "90000000.00");
        int[] n = {0};
        long questionsBefore = questions(owner);
        double[] rest = time(i -> {
            String body = disbursement(allocation, "1.00", "bench-" + n[0]++);
            HttpResponse<String> r = send("POST", base + "/ledger/api/disbursements", FINANCE, body, null);
            if (r.statusCode() != 201) {
                throw new IllegalStateException("posting answered " + r.statusCode() + ": " + r.body());
            }
        });
        double statements = (questions(owner) - questionsBefore - 1) / (double) (WARM + RUNS);
        try (Statement s = owner.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS bench_single_row_insert (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,"
                    + " amount DECIMAL(18,2) NOT NULL, payee VARCHAR(200) NOT NULL, at DATETIME(3) NOT NULL) ENGINE=InnoDB");
        }
        owner.setAutoCommit(false);
        double[] jdbc;
        try (PreparedStatement insert = owner.prepareStatement(
                "INSERT INTO bench_single_row_insert (amount, payee, at) VALUES (?, ?, NOW(3))")) {
            jdbc = time(i -> {
                try {
                    insert.setBigDecimal(1, new java.math.BigDecimal("1.00"));
                    insert.setString(2, "bench-" + i);
                    insert.executeUpdate();
                    owner.commit();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        owner.setAutoCommit(true);
        System.out.println();
        System.out.printf("%-62s %9s %9s %10s%n", "one client, " + RUNS + " calls after " + WARM + " warm",
                "median ms", "p99 ms", "per second");
        print("POST /ledger/api/disbursements, HTTP Basic on every request", rest);
        print("raw JDBC single-row INSERT + COMMIT, same MariaDB", jdbc);
        System.out.printf("statements the server sent per posting (the database's Questions counter): %.1f%n",
                statements);
        double ratio = rate(rest) / rate(jdbc);
        System.out.printf("REST posting / raw JDBC rate ratio %.2f (limit >= 0.50): %s%n", ratio,
                ratio >= 0.5 ? "OK" : "BELOW");
    }

    /**
     * The statements one posting sends, read from the server's general log (as the embedded server's root, which has
     * no password on loopback): what the posting's cost is made of.
     */
    static void trace(String base, String jdbcUrl) throws SQLException {
        long allocation = newAllocation(base, "1000.00", "1000.00");
        for (int i = 0; i < 3; i++) {
            expect(send("POST", base + "/ledger/api/disbursements", FINANCE, disbursement(allocation, "1.00", "warm-" + i),
                    null), 201);
        }
        try (Connection root = DriverManager.getConnection(jdbcUrl, "root", ""); Statement s = root.createStatement()) {
            s.execute("SET GLOBAL log_output = 'TABLE'");
            s.execute("TRUNCATE mysql.general_log");
            s.execute("SET GLOBAL general_log = 1");
            expect(send("POST", base + "/ledger/api/disbursements", FINANCE, disbursement(allocation, "1.00", "traced"),
                    null), 201);
            s.execute("SET GLOBAL general_log = 0");
            int n = 0;
            // event_time has microseconds: the gap before a statement is the server's (and the network's) time since
            // the previous one, which shows where a posting's time goes
            java.time.LocalDateTime previous = null;
            try (ResultSet rs = s.executeQuery("SELECT event_time, thread_id, command_type,"
                    + " LEFT(CONVERT(argument USING utf8mb4), 140) FROM mysql.general_log"
                    + " WHERE thread_id <> CONNECTION_ID() ORDER BY event_time")) {
                while (rs.next()) {
                    java.time.LocalDateTime at = rs.getObject(1, java.time.LocalDateTime.class);
                    double gap = previous == null ? 0 : Duration.between(previous, at).toNanos() / 1e6;
                    previous = at;
                    System.out.printf("%3d %8.2f ms %-6d %-8s %s%n", ++n, gap, rs.getLong(2), rs.getString(3),
                            rs.getString(4).replaceAll("\\s+", " "));
                }
            }
        }
    }

    /** The server's count of statements received from all clients (SHOW GLOBAL STATUS 'Questions'). */
    static long questions(Connection db) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SHOW GLOBAL STATUS LIKE 'Questions'")) {
            rs.next();
            return rs.getLong(2);
        }
    }

    // ---- report: the execution report over 20,000 projects and 500,000 lines ------------------------------------

    static void report(String base, Connection owner) throws SQLException {
        int year = TODAY.getYear();
        seedReport(owner, year);
        String url = base + "/ledger/api/reports/fund-execution?region=" + COUNTY_REGION + "&year=" + year;
        long firstStarted = System.nanoTime();
        HttpResponse<String> first = send("GET", url, AUDITOR, null, null);
        double firstMs = (System.nanoTime() - firstStarted) / 1e6;
        if (first.statusCode() != 200 || !first.body().contains("byProject")) {
            throw new IllegalStateException("report answered " + first.statusCode() + ": " + first.body());
        }
        int projects = count(first.body(), "\"projectId\"");
        double[] rest = time(i -> {
            HttpResponse<String> r = send("GET", url, AUDITOR, null, null);
            if (r.statusCode() != 200) {
                throw new IllegalStateException("report answered " + r.statusCode());
            }
        });
        // after a payment each time: the county ledger has a new entry, so the sums held for it are advanced by that
        // entry's lines (LedgerSumsMemo) — the figures must still be right, which FundReportsIT checks
        long allocation = newAllocation(base, "1000000.00", "1000000.00");
        double[] afterPosting = time(i -> {
            expect(send("POST", base + "/ledger/api/disbursements", FINANCE, disbursement(allocation, "1.00",
                    "report-" + i), null), 201);
            long t = System.nanoTime();
            HttpResponse<String> r = send("GET", url, AUDITOR, null, null);
            if (r.statusCode() != 200) {
                throw new IllegalStateException("report answered " + r.statusCode());
            }
            LAST_MS[0] = (System.nanoTime() - t) / 1e6;
        }, () -> LAST_MS[0]);
        // the same sums as raw SQL over the same index, the best a hand-written query does on this database
        String aggregate = "SELECT l.project_id, l.source, SUM(l.debit - l.credit),"
                + " SUM(CASE WHEN l.account = 'PAID_TO_PAYEE' THEN l.debit - l.credit END)"
                + " FROM journal_line l WHERE l.doc_year = ? AND l.ledger_region = ? AND l.entry_date <= CURDATE()"
                + " AND l.account IN ('PROJECT_ALLOCATED', 'PAID_TO_PAYEE') GROUP BY l.project_id, l.source";
        double[] jdbc;
        try (PreparedStatement s = owner.prepareStatement(aggregate)) {
            jdbc = time(i -> {
                try {
                    s.setInt(1, year);
                    s.setString(2, COUNTY_REGION);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            rs.getBigDecimal(3);
                        }
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        System.out.println();
        System.out.printf("%-62s %9s %9s %9s%n", "fund execution, county-year, " + projects + " project rows (" + RUNS
                + " warm)", "median ms", "p99 ms", "limit ms");
        System.out.printf("%-62s %9.1f %9.1f %9s %s%n", "GET /ledger/api/reports/fund-execution", median(rest), p99(rest),
                "300", median(rest) <= 300 && p99(rest) <= 300 ? "OK" : "OVER");
        System.out.printf("%-62s %9.1f%n", "the first report after the server started (every line read)", firstMs);
        System.out.printf("%-62s %9.1f %9.1f %9s %s%n", "the same, each right after a payment (sums advanced)",
                median(afterPosting), p99(afterPosting), "300",
                median(afterPosting) <= 300 && p99(afterPosting) <= 300 ? "OK" : "OVER");
        System.out.printf("%-62s %9.1f %9.1f%n", "raw JDBC, the same sums grouped by project and source", median(jdbc),
                p99(jdbc));
        System.out.printf("report/raw JDBC median ratio %.2f%n", median(rest) / median(jdbc));
    }

    /**
     * One county-year of a busy ledger: REPORT_PROJECTS projects in bench villages, one document per source, one
     * allocation per project, and payments up to REPORT_LINES journal lines (two lines an entry). Bulk SQL as the
     * schema owner; the entries' hashes are placeholders (the chain check is not what this measures).
     */
    static void seedReport(Connection db, int year) throws SQLException {
        long started = System.nanoTime();
        int entries = REPORT_LINES / 2;
        int payments = entries - REPORT_PROJECTS;
        try (Statement s = db.createStatement()) {
            // the seeding SQL holds JSON ('{}'), which the driver's JDBC escape processing must leave alone
            s.setEscapeProcessing(false);
            ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM project WHERE created_by = 'bench'");
            rs.next();
            if (rs.getLong(1) > 0) {
                System.out.println("already seeded");
                return;
            }
            exec(s, "INSERT INTO region (code, name, level, parent_code, valid_from, demo)"
                    + " SELECT CONCAT('" + COUNTY + "', 200 + t.seq, '000'), CONCAT('压测镇', t.seq), 'TOWNSHIP', '"
                    + COUNTY_REGION + "', '2020-01-01', TRUE FROM seq_1_to_10 t");
            exec(s, "INSERT INTO region (code, name, level, parent_code, valid_from, demo)"
                    + " SELECT CONCAT(LEFT(r.code, 9), 200 + v.seq), CONCAT('压测村', r.code, '-', v.seq), 'VILLAGE', r.code,"
                    + " '2020-01-01', TRUE FROM region r CROSS JOIN seq_1_to_10 v WHERE r.name LIKE '压测镇%'");
            exec(s, "INSERT INTO project (code, year, name, public_name, category_code, nature, village_code, township_code,"
                    + " county_code, content, scale_quantity, scale_unit, start_month, end_month, implementing_unit,"
                    + " responsible_person, households, people, linkage_type, linkage_description, status, created_by,"
                    + " created_at)"
                    + " SELECT CONCAT(" + year + ", '-', '" + COUNTY + "', '-', LPAD(seq + 10001, 5, '0')), " + year
                    + ", CONCAT('压测项目 ', seq), CONCAT('压测项目 ', seq), ELT(seq % 4 + 1, 'CY-SC', 'CY-JG', 'JY', 'XC'), 'NEW',"
                    + " CONCAT('" + COUNTY + "', 201 + seq % 10, 201 + (seq DIV 10) % 10), CONCAT('" + COUNTY
                    + "', 201 + seq % 10, '000'), '" + COUNTY_REGION + "', '压测内容', 10, '亩', '" + year + "-03', '" + year
                    + "-10', '压测单位', '压测', 100, 400, 'EMPLOYMENT', '压测', 'IN_PROGRESS', 'bench', NOW(3)"
                    + " FROM seq_0_to_" + (REPORT_PROJECTS - 1));
            String[] sources = {"CENTRAL_LINKAGE", "PROVINCIAL_LINKAGE", "PREFECTURE_LINKAGE", "COUNTY_LINKAGE"};
            for (int i = 0; i < sources.length; i++) {
                exec(s, "INSERT INTO fund_document (doc_number, source, level, region_code, year, issued_on, amount,"
                        + " purpose, unallocated, entry_no, created_by, created_at) VALUES ('压测财〔" + year + "〕" + (i + 1)
                        + "号', '" + sources[i] + "', 'COUNTY', '" + COUNTY_REGION + "', " + year + ", '" + year
                        + "-01-05', 9000000000.00, '压测', 0, 'bench', 'bench', NOW(3))");
            }
            exec(s, "CREATE TEMPORARY TABLE bench_doc (k INT PRIMARY KEY, id BIGINT, source VARCHAR(30))"
                    + " SELECT ROW_NUMBER() OVER (ORDER BY id) - 1 AS k, id, source FROM fund_document"
                    + " WHERE doc_number LIKE '压测财%'");
            exec(s, "INSERT INTO fund_allocation (fund_document_id, project_id, amount, allocated_on, undisbursed,"
                    + " entry_no, created_by, created_at) SELECT d.id, p.id, 1000000.00, '" + year + "-01-10', 500000.00,"
                    + " CONCAT('B-A', p.id), 'bench', NOW(3) FROM project p JOIN bench_doc d ON d.k = p.id % 4"
                    + " WHERE p.created_by = 'bench'");
            insertJournal(db, year, entries);
            exec(s, "ANALYZE TABLE project, fund_document, fund_allocation, journal_entry, journal_line");
        }
        System.out.printf("seeded %,d projects, %,d allocations and %,d payments (%,d journal lines) in county %s, %d,"
                + " in %.1f s%n", REPORT_PROJECTS, REPORT_PROJECTS, payments, REPORT_LINES, COUNTY, year,
                (System.nanoTime() - started) / 1e9);
    }

    /**
     * The bench journal: entry n < REPORT_PROJECTS is the allocation of the n-th bench allocation, the rest are
     * payments round-robin over the allocations, two lines each; written as multi-row INSERTs of 1,000 rows from
     * here (an INSERT … SELECT over a sequence table was refused by the embedded MariaDB 11.4 with a NULL entry_no).
     */
    static void insertJournal(Connection db, int year, int entries) throws SQLException {
        List<long[]> allocations = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT a.id, a.fund_document_id,"
                + " a.project_id, d.source FROM fund_allocation a JOIN fund_document d ON d.id = a.fund_document_id"
                + " WHERE a.created_by = 'bench' ORDER BY a.id")) {
            while (rs.next()) {
                allocations.add(new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
                sources.add(rs.getString(4));
            }
        }
        LocalDate first = LocalDate.of(year, 1, 10);
        try (Statement s = db.createStatement()) {
            StringBuilder entrySql = new StringBuilder();
            StringBuilder lineSql = new StringBuilder();
            for (int n = 0; n < entries; n++) {
                boolean allocation = n < REPORT_PROJECTS;
                int k = n % REPORT_PROJECTS;
                long[] a = allocations.get(k);
                String no = "B" + year + "-" + n;
                String day = first.plusDays(n % 300).toString();
                entrySql.append(entrySql.length() == 0 ? "" : ",").append("('").append(no).append("','")
                        .append(COUNTY_REGION).append("',").append(year).append(',').append(900000 + n).append(',')
                        .append(900000 + n).append(",'").append(allocation ? "ALLOCATION" : "DISBURSEMENT").append("','")
                        .append(day).append("',NOW(3),'bench','[]',REPEAT('0',32),SHA2('").append(no).append("',256))");
                String amount = allocation ? "1000000.00" : "2000.00";
                String debit = allocation ? "PROJECT_ALLOCATED" : "PAID_TO_PAYEE";
                String credit = allocation ? "DOCUMENT_AVAILABLE" : "PROJECT_ALLOCATED";
                String common = "," + a[1] + "," + a[0] + "," + a[2] + ",'" + sources.get(k) + "',";
                lineSql.append(lineSql.length() == 0 ? "" : ",")
                        .append("('").append(no).append("',1,'").append(debit).append("'").append(common)
                        .append(amount).append(",0),('").append(no).append("',2,'").append(credit).append("'")
                        .append(common).append("0,").append(amount).append(")");
                if ((n + 1) % 1000 == 0 || n == entries - 1) {
                    exec(s, "INSERT INTO journal_entry (entry_no, ledger_region, year, seq, chain_index, kind, entry_date,"
                            + " posted_at, posted_by, particulars, salt, hash) VALUES " + entrySql);
                    exec(s, "INSERT INTO journal_line (entry_no, line_no, account, fund_document_id, allocation_id,"
                            + " project_id, source, debit, credit) VALUES " + lineSql);
                    entrySql.setLength(0);
                    lineSql.setLength(0);
                }
            }
        }
    }

    /** Runs one seeding statement; a failure names the statement. */
    static void exec(Statement s, String sql) throws SQLException {
        try {
            s.execute(sql);
        } catch (SQLException e) {
            throw new SQLException(e.getMessage() + " in: " + sql.substring(0, Math.min(sql.length(), 300)),
                    e.getSQLState(), e.getErrorCode(), e);
        }
    }

    // ---- the fault run: setup, load, check --------------------------------------------------------------------

    /** One allocation per load client, written one id a line to {@code out}. */
    static void setup(String base, int clients, Path out) throws IOException {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            ids.add(Long.toString(newAllocation(base, "10000000.00", "1000000.00")));
        }
        Files.write(out, ids);
    }

    /**
     * Each allocation of {@code allocations} gets a client thread posting 1.00 元 payments, one at a time, until
     * {@code stopFile} exists. A payment is acknowledged when the server answers 201; its entry number goes to
     * {@code acknowledged} at once. A call that fails (no answer, 503) is retried with the same Idempotency-Key, so
     * that a posting committed just before a crash is not posted twice. Prints the answers by status.
     */
    static void load(String base, Path allocations, Path acknowledged, Path stopFile) throws Exception {
        List<String> ids = Files.readAllLines(allocations);
        Map<String, AtomicLong> answers = new ConcurrentHashMap<>();
        Map<String, String> badBodies = new ConcurrentHashMap<>();
        AtomicLong replays = new AtomicLong();
        try (PrintWriter ack = new PrintWriter(Files.newBufferedWriter(acknowledged, StandardCharsets.UTF_8))) {
            List<Thread> clients = new ArrayList<>();
            for (String id : ids) {
                Thread t = new Thread(() -> {
                    long n = 0;
                    while (!Files.exists(stopFile)) {
                        String key = "fault-" + id + "-" + n;
                        boolean retried = false;
                        while (!Files.exists(stopFile)) {
                            String status;
                            HttpResponse<String> r = null;
                            try {
                                r = HTTP.send(request("POST", base + "/ledger/api/disbursements", FINANCE,
                                        disbursement(Long.parseLong(id), "1.00", key), key),
                                        HttpResponse.BodyHandlers.ofString());
                                status = Integer.toString(r.statusCode());
                            } catch (IOException e) {
                                status = "no answer";
                            } catch (InterruptedException e) {
                                return;
                            }
                            answers.computeIfAbsent(status, k -> new AtomicLong()).incrementAndGet();
                            if (r != null && r.statusCode() == 201) {
                                if (retried) {
                                    replays.incrementAndGet();
                                }
                                synchronized (ack) {
                                    ack.println(field(r.body(), "entryNo"));
                                    ack.flush();
                                }
                                break;
                            }
                            if (r != null && r.statusCode() != 503) {
                                badBodies.putIfAbsent(status, r.body());
                            }
                            retried = true;
                            pause(200);
                        }
                        n++;
                    }
                });
                t.start();
                clients.add(t);
            }
            for (Thread t : clients) {
                t.join();
            }
        }
        System.out.println("answers by status: " + new TreeMap<>(Map.copyOf(answers)) + "; acknowledged on a retry: "
                + replays.get());
        badBodies.forEach((status, body) -> System.out.println("  a " + status + " said: " + body));
    }

    /** The checks after the faults; exits non-zero when one fails. */
    static void check(String base, Connection db, Path acknowledged) throws Exception {
        List<String> acked = Files.readAllLines(acknowledged).stream().filter(l -> !l.isBlank()).toList();
        List<String> failures = new ArrayList<>();
        int missing = 0;
        try (PreparedStatement s = db.prepareStatement("SELECT 1 FROM journal_entry WHERE entry_no = ?")) {
            for (String no : acked) {
                s.setString(1, no);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        missing++;
                    }
                }
            }
        }
        if (missing > 0) {
            failures.add(missing + " acknowledged entries are missing");
        }
        try (Statement s = db.createStatement()) {
            ResultSet partial = s.executeQuery("SELECT COUNT(*) FROM journal_entry e WHERE NOT EXISTS"
                    + " (SELECT 1 FROM journal_line l WHERE l.entry_no = e.entry_no)"
                    + " OR (SELECT SUM(debit) - SUM(credit) FROM journal_line l WHERE l.entry_no = e.entry_no) <> 0");
            partial.next();
            long unbalanced = partial.getLong(1);
            if (unbalanced > 0) {
                failures.add(unbalanced + " entries have no lines or unbalanced lines");
            }
            ResultSet orphans = s.executeQuery("SELECT COUNT(*) FROM fund_disbursement d WHERE NOT EXISTS"
                    + " (SELECT 1 FROM journal_entry e WHERE e.entry_no = d.entry_no)");
            orphans.next();
            if (orphans.getLong(1) > 0) {
                failures.add(orphans.getLong(1) + " payments without their journal entry");
            }
            ResultSet gaps = s.executeQuery("SELECT year, COUNT(*), MIN(seq), MAX(seq) FROM journal_entry"
                    + " WHERE ledger_region = '" + COUNTY_REGION + "' GROUP BY year");
            while (gaps.next()) {
                long count = gaps.getLong(2);
                long min = gaps.getLong(3);
                long max = gaps.getLong(4);
                System.out.printf("county %s, %d: %,d entries numbered %d..%d%n", COUNTY, gaps.getInt(1), count, min,
                        max);
                if (min != 1 || max != count) {
                    failures.add("the numbers of " + gaps.getInt(1) + " have gaps: " + count + " entries, " + min + ".."
                            + max);
                }
            }
        }
        HttpResponse<String> chain = send("GET", base + "/ledger/api/journal/verify?region=" + COUNTY_REGION, AUDITOR,
                null, null);
        boolean intact = chain.statusCode() == 200 && chain.body().contains("\"intact\":true");
        if (!intact) {
            failures.add("chain check: " + chain.statusCode() + " " + chain.body());
        }
        System.out.printf("acknowledged postings: %,d, all present: %s; chain check: %s%n", acked.size(),
                missing == 0 ? "yes" : "NO (" + missing + " missing)", intact ? "intact (" + field(chain.body(),
                "checked") + " entries)" : chain.body());
        if (!failures.isEmpty()) {
            failures.forEach(f -> System.out.println("FAILED: " + f));
            System.exit(1);
        }
        System.out.println("no acknowledged posting lost, no partial entry, numbers gap-free, chain intact: OK");
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    /** A fresh document of the bench county and an allocation from it to a project in progress there. */
    static long newAllocation(String base, String documentAmount, String allocationAmount) {
        String number = "压测财〔" + TODAY.getYear() + "〕" + System.nanoTime() % 1_000_000_000 + "号";
        HttpResponse<String> doc = send("POST", base + "/ledger/api/fund-documents", FINANCE, "{\"docNumber\": \""
                + number + "\", \"source\": \"CENTRAL_LINKAGE\", \"level\": \"CENTRAL\", \"regionCode\": \""
                + COUNTY_REGION + "\", \"year\": " + TODAY.getYear() + ", \"issuedOn\": \"" + TODAY.minusDays(1)
                + "\", \"amount\": \"" + documentAmount + "\", \"purpose\": \"压测\"}", null);
        expect(doc, 201);
        HttpResponse<String> projects = send("GET", base + "/ledger/api/projects?region=" + COUNTY_REGION
                + "&status=IN_PROGRESS&size=1", FINANCE, null, null);
        expect(projects, 200);
        String project = field(projects.body(), "id");
        HttpResponse<String> allocation = send("POST", base + "/ledger/api/allocations", FINANCE, "{\"fundDocumentId\": "
                + field(doc.body(), "id") + ", \"projectId\": " + project + ", \"amount\": \"" + allocationAmount
                + "\", \"allocatedOn\": \"" + TODAY + "\"}", null);
        expect(allocation, 201);
        return Long.parseLong(field(allocation.body(), "id"));
    }

    static String disbursement(long allocation, String amount, String voucher) {
        return "{\"allocationId\": " + allocation + ", \"amount\": \"" + amount + "\", \"payee\": \"苍山西镇人民政府\","
                + " \"voucherNo\": \"" + voucher + "\", \"paidOn\": \"" + TODAY + "\"}";
    }

    static HttpRequest request(String method, String url, String user, String body, String idempotencyKey) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json");
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        if (body == null) {
            return b.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        return b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    static HttpResponse<String> send(String method, String url, String user, String body, String idempotencyKey) {
        try {
            return HTTP.send(request(method, url, user, body, idempotencyKey), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void expect(HttpResponse<String> r, int status) {
        if (r.statusCode() != status) {
            throw new IllegalStateException(r.request().uri() + " answered " + r.statusCode() + ": " + r.body());
        }
    }

    /** The first value of a top-level-looking JSON field; enough for the few answers this reads. */
    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}\\]]*)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static double[] time(IntConsumer call) {
        return time(call, null);
    }

    /** Times each call, or takes the time the call reported through {@code measured} when that is given. */
    static double[] time(IntConsumer call, DoubleSupplier measured) {
        for (int i = 0; i < WARM; i++) {
            call.accept(i);
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            call.accept(WARM + i);
            ms[i] = measured == null ? (System.nanoTime() - t) / 1e6 : measured.getAsDouble();
        }
        Arrays.sort(ms);
        return ms;
    }

    /** What the last timed part of a call took, when the call times only part of itself. */
    static final double[] LAST_MS = new double[1];

    static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    static double p99(double[] sorted) {
        return sorted[(int) Math.ceil(sorted.length * 0.99) - 1];
    }

    static double rate(double[] ms) {
        return ms.length / (Arrays.stream(ms).sum() / 1000);
    }

    static void print(String what, double[] ms) {
        System.out.printf("%-62s %9.2f %9.2f %10.0f%n", what, median(ms), p99(ms), rate(ms));
    }
}
