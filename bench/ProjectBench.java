import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.IntConsumer;

/**
 * The project library at scale (bench/run projects): seeds 50,000 projects over the 12 counties of 大理州 with
 * bulk SQL, then measures on the running server, warm and one request at a time, the first filtered page of
 * GET /ledger/api/projects and one transition (plan), the same list SQL over raw JDBC for a ratio, and the
 * portal's village and natural-village pages with their projects, and the XLSX export of all of them (rows/s and
 * the server's heap, read with jstat).
 * Usage: java -cp mariadb-java-client.jar bench/ProjectBench.java JDBC_URL USER PASSWORD BASE_URL
 */
public class ProjectBench {

    static final String[] COUNTIES = {"532901", "532922", "532923", "532924", "532925", "532926", "532927", "532928",
            "532929", "532930", "532931", "532932"};
    static final int PROJECTS = Integer.getInteger("bench.projects", 50_000);
    static final int WARM = 50;
    static final int RUNS = Integer.getInteger("bench.runs", 200);
    static final String PASSWORD = "Demo#2026";

    public static void main(String[] args) throws Exception {
        String base = args[3];
        if ("auth".equals(System.getProperty("bench.mode"))) {
            authBench(base);
            return;
        }
        try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
            seed(db);
            explain(db);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            System.out.println();
            System.out.printf("%-58s %9s %9s %9s %7s%n", "first page, size 50 (" + RUNS + " requests, warm)",
                    "median ms", "p99 ms", "limit ms", "");
            List<double[]> ratios = new ArrayList<>();
            for (String[] user : new String[][] {{"yangbi.rural", "532922201000"}, {"dali.bureau", "532922000000"}}) {
                Session basic = Session.basic(user[0]);
                Session session = Session.formLogin(http, base, user[0]);
                for (String filter : List.of("year=2026&status=IN_LIBRARY", "year=2026&status=IN_LIBRARY&category=CY",
                        "year=2026&status=IN_LIBRARY&category=CY&region=" + user[1])) {
                    String path = "/ledger/api/projects?" + filter + "&page=0&size=50";
                    double[] viaSession = time(i -> session.get(http, base + path));
                    print(user[0] + " " + filter.replace("year=2026&status=IN_LIBRARY", "year+status") + " (session)",
                            viaSession, 200);
                    double[] viaBasic = time(i -> basic.get(http, base + path));
                    print(user[0] + "   same, HTTP Basic on every request", viaBasic, 200);
                    String scope = user[0].startsWith("dali") ? "5329" : "532922";
                    double[] jdbc = time(i -> listOverJdbc(db, scope, filter));
                    print(user[0] + "   same SQL over raw JDBC", jdbc, -1);
                    ratios.add(new double[] {median(viaSession), median(jdbc)});
                }
            }
            List<Long> inLibrary = ids(db, "SELECT id FROM project WHERE county_code = '532922000000'"
                    + " AND status = 'IN_LIBRARY' AND created_by = 'bench' ORDER BY id LIMIT " + (2 * (WARM + RUNS)));
            if (inLibrary.size() < 2 * (WARM + RUNS)) {
                throw new IllegalStateException("too few IN_LIBRARY projects in 漾濞: " + inLibrary.size());
            }
            Session rural = Session.formLogin(http, base, "yangbi.rural");
            Session ruralBasic = Session.basic("yangbi.rural");
            int[] next = {0};
            double[] plan = time(i -> rural.post(http, base + "/ledger/api/projects/" + inLibrary.get(next[0]++)
                    + "/actions/plan", "{\"decisionRef\": \"bench\"}"));
            double[] planBasic = time(i -> ruralBasic.post(http, base + "/ledger/api/projects/"
                    + inLibrary.get(next[0]++) + "/actions/plan", "{\"decisionRef\": \"bench\"}"));
            System.out.println();
            System.out.printf("%-58s %9s %9s %9s %7s%n", "transition plan on distinct IN_LIBRARY projects",
                    "median ms", "p99 ms", "limit ms", "");
            print("yangbi.rural plan (session)", plan, 50);
            print("yangbi.rural   same, HTTP Basic on every request", planBasic, 50);
            System.out.println();
            System.out.printf("%-58s %9s %9s %9s %7s%n", "portal region pages with their projects (anonymous)",
                    "median ms", "p99 ms", "", "");
            Session anonymous = new Session(null, null, null);
            String village = ids(db, "SELECT COUNT(*) FROM project WHERE village_code = '532922201201'").get(0)
                    + " projects";
            print("village 532922201201 (" + village + ")",
                    time(i -> anonymous.get(http, base + "/portal/regions/532922201201")), -1);
            print("natural village 532922201201001",
                    time(i -> anonymous.get(http, base + "/portal/regions/532922201201001")), -1);
            exportBench(http, base, db);
            System.out.println();
            for (double[] r : ratios) {
                System.out.printf("server/JDBC median ratio %.1f (%.2f ms / %.2f ms)%n", r[0] / r[1], r[0], r[1]);
            }
        }
    }

    /**
     * bench/run auth: the same cheap API call (GET /ledger/api/me, so the sign-in is most of the cost) with HTTP
     * Basic on every request against a logged-in session, median and p99; Basic may cost at most 1.5× the session.
     */
    static void authBench(String base) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String url = base + "/ledger/api/me";
        Session session = Session.formLogin(http, base, "yangbi.rural");
        Session basic = Session.basic("yangbi.rural");
        System.out.println();
        System.out.printf("%-58s %9s %9s %9s %7s%n", "GET /ledger/api/me (" + RUNS + " requests, warm)", "median ms",
                "p99 ms", "", "");
        double[] viaSession = time(i -> session.get(http, url));
        print("logged-in session (cookie)", viaSession, -1);
        double[] viaBasic = time(i -> basic.get(http, url));
        print("HTTP Basic on every request", viaBasic, -1);
        double medianRatio = median(viaBasic) / median(viaSession);
        double p99Ratio = p99(viaBasic) / p99(viaSession);
        System.out.printf("Basic/session ratio: median %.2f, p99 %.2f (limit <= 1.50): %s%n", medianRatio, p99Ratio,
                medianRatio <= 1.5 && p99Ratio <= 1.5 ? "OK" : "OVER");
    }

    // ---- seeding ------------------------------------------------------------------------------------

    /** Ten townships of ten villages of three natural villages for every county, then the projects. */
    static void seed(Connection db) throws SQLException {
        long started = System.nanoTime();
        try (Statement s = db.createStatement()) {
            ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM project WHERE created_by = 'bench'");
            rs.next();
            if (rs.getLong(1) > 0) {
                System.out.println("bench projects already seeded: " + rs.getLong(1));
                return;
            }
            String counties = countyTable();
            s.execute("INSERT INTO region (code, name, level, parent_code, valid_from, demo)"
                    + " SELECT CONCAT(c.code, 200 + t.seq, '000'), CONCAT('压测镇', c.code, '-', t.seq), 'TOWNSHIP',"
                    + " CONCAT(c.code, '000000'), '2020-01-01', TRUE FROM " + counties + " CROSS JOIN seq_1_to_10 t");
            s.execute("INSERT INTO region (code, name, level, parent_code, valid_from, demo)"
                    + " SELECT CONCAT(LEFT(r.code, 9), 200 + v.seq), CONCAT('压测村', LEFT(r.code, 9), '-', v.seq),"
                    + " 'VILLAGE', r.code, '2020-01-01', TRUE FROM region r CROSS JOIN seq_1_to_10 v"
                    + " WHERE r.level = 'TOWNSHIP' AND r.name LIKE '压测镇%'");
            s.execute("INSERT INTO region (code, name, level, parent_code, valid_from, demo)"
                    + " SELECT CONCAT(r.code, LPAD(n.seq, 3, '0')), CONCAT('压测组', r.code, '-', n.seq),"
                    + " 'NATURAL_VILLAGE', r.code, '2020-01-01', TRUE FROM region r CROSS JOIN seq_1_to_3 n"
                    + " WHERE r.level = 'VILLAGE' AND r.name LIKE '压测村%'");
            // project n: county n % 12, year 2022 + (n / 12) % 5, k = n / 60 numbers it within its county and year
            // (from 1001 on: the demo projects hold the first numbers of 2026)
            s.execute("INSERT INTO project (code, year, name, public_name, category_code, nature, village_code, township_code,"
                    + " county_code, content, scale_quantity, scale_unit, start_month, end_month, implementing_unit,"
                    + " responsible_person, households, people, linkage_type, linkage_description, status, created_by,"
                    + " created_at)"
                    + " SELECT CONCAT(y, '-', c, '-', LPAD(k + 1001, 4, '0')), y, CONCAT('压测项目 ', n), CONCAT('压测项目 ', n), cat, 'NEW',"
                    + " CONCAT(c, 200 + 1 + k % 10, 200 + 1 + (k DIV 10) % 10), CONCAT(c, 200 + 1 + k % 10, '000'),"
                    + " CONCAT(c, '000000'), '压测内容', 10, '亩', CONCAT(y, '-03'), CONCAT(y, '-10'), '压测单位', '压测',"
                    + " 100, 400, 'EMPLOYMENT', '压测', st, 'bench', NOW(3)"
                    + " FROM (SELECT seq AS n, ELT(seq % 12 + 1, " + quoted(COUNTIES) + ") AS c,"
                    + " 2022 + (seq DIV 12) % 5 AS y, seq DIV 60 AS k,"
                    + " ELT((seq DIV 60 + seq % 12) % 13 + 1, 'DRAFT', 'VILLAGE_NOTICE', 'DECLARED', 'TOWNSHIP_APPROVED',"
                    + " 'DEPARTMENT_APPROVED', 'COUNTY_APPROVED', 'IN_LIBRARY', 'IN_LIBRARY', 'PLANNED', 'IN_PROGRESS',"
                    + " 'COMPLETED', 'ACCEPTED', 'REMOVED') AS st,"
                    + " ELT((seq DIV 60 * 5 + seq DIV 12) % 13 + 1, 'CY-SC', 'CY-JG', 'CY-PT', 'CY-FW', 'CY-JR', 'CY-JJ',"
                    + " 'JY', 'XC', 'BQ', 'SB', 'ZL', 'GL', 'QT') AS cat"
                    + " FROM seq_0_to_" + (PROJECTS - 1) + ") g");
            s.execute("INSERT INTO project_natural_village (project_id, natural_village_code)"
                    + " SELECT id, CONCAT(village_code, LPAD(1 + id % 3, 3, '0')) FROM project WHERE created_by = 'bench'"
                    + " UNION ALL SELECT id, CONCAT(village_code, LPAD(1 + (id + 1) % 3, 3, '0')) FROM project"
                    + " WHERE created_by = 'bench' AND id % 2 = 0");
            s.execute("INSERT INTO project_fund_share (project_id, seq, source, amount)"
                    + " SELECT id, 0, 'CENTRAL_LINKAGE', 100000 + (id % 50) * 10000 FROM project WHERE created_by = 'bench'"
                    + " UNION ALL SELECT id, 1, 'COUNTY_LINKAGE', 20000 + (id % 7) * 1000 FROM project"
                    + " WHERE created_by = 'bench'");
            s.execute("INSERT INTO project_indicator (project_id, seq, kind, name, target, unit)"
                    + " SELECT p.id, i.seq, ELT(i.seq + 1, 'OUTPUT', 'BENEFIT', 'SATISFACTION'), '压测指标', '100', '%'"
                    + " FROM project p CROSS JOIN seq_0_to_2 i WHERE p.created_by = 'bench'");
            s.execute("INSERT INTO gap_free_sequence (kind, scope_code, year, next_value)"
                    + " SELECT 'PROJECT', county_code, year, MAX(CAST(SUBSTRING(code, 13) AS UNSIGNED)) + 1 FROM project"
                    + " GROUP BY county_code, year ON DUPLICATE KEY UPDATE next_value = GREATEST(next_value, VALUES(next_value))");
            s.execute("ANALYZE TABLE project, project_natural_village, project_fund_share");
        }
        System.out.printf("seeded %,d projects (regions, natural-village links, fund shares, indicators) in %.1f s%n",
                PROJECTS, (System.nanoTime() - started) / 1e9);
    }

    static String countyTable() {
        StringJoiner rows = new StringJoiner(" UNION ALL ", "(", ") c");
        for (String c : COUNTIES) {
            rows.add("SELECT '" + c + "' AS code");
        }
        return rows.toString();
    }

    static String quoted(String[] values) {
        StringJoiner out = new StringJoiner(", ");
        Arrays.stream(values).forEach(v -> out.add("'" + v + "'"));
        return out.toString();
    }

    // ---- the list SQL, as the server runs it (count, page, grouped sums) ------------------------------

    static String where(String filter) {
        StringBuilder w = new StringBuilder(" WHERE p.village_code LIKE ? AND p.year = 2026 AND p.status = 'IN_LIBRARY'");
        if (filter.contains("category=CY")) {
            w.append(" AND (p.category_code = 'CY' OR p.category_code LIKE 'CY-%')");
        }
        int region = filter.indexOf("region=");
        if (region >= 0) {
            String code = filter.substring(region + 7);
            String prefix = code.endsWith("000000") ? code.substring(0, 6) : code.substring(0, 9);
            w.append(" AND p.village_code LIKE '").append(prefix).append("%'");
        }
        return w.toString();
    }

    static void listOverJdbc(Connection db, String scope, String filter) {
        try {
            String where = where(filter);
            try (PreparedStatement s = db.prepareStatement("SELECT COUNT(p.id) FROM project p" + where)) {
                s.setString(1, scope + "%");
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                }
            }
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement s = db.prepareStatement("SELECT p.id, p.code, p.year, p.name, p.category_code,"
                    + " p.status, p.village_code, p.township_code, p.county_code, p.emergency, p.start_month,"
                    + " p.end_month FROM project p" + where + " ORDER BY p.id DESC LIMIT 50 OFFSET 0")) {
                s.setString(1, scope + "%");
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            if (!ids.isEmpty()) {
                try (PreparedStatement s = db.prepareStatement("SELECT p.id, SUM(f.amount) FROM project p JOIN"
                        + " project_fund_share f ON f.project_id = p.id WHERE p.id IN (" + "?,".repeat(ids.size() - 1)
                        + "?) GROUP BY p.id")) {
                    for (int i = 0; i < ids.size(); i++) {
                        s.setLong(i + 1, ids.get(i));
                    }
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            rs.getBigDecimal(2);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void explain(Connection db) throws SQLException {
        System.out.println("EXPLAIN of the list queries (county scope 532922, prefecture scope 5329):");
        for (String scope : List.of("532922", "5329")) {
            for (String sql : List.of("SELECT COUNT(p.id) FROM project p", "SELECT p.id FROM project p")) {
                String full = sql + where("year=2026&status=IN_LIBRARY") + (sql.contains("COUNT") ? "" : " ORDER BY p.id DESC LIMIT 50");
                try (PreparedStatement s = db.prepareStatement("EXPLAIN " + full)) {
                    s.setString(1, scope + "%");
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            System.out.printf("  %-6s %-24s type=%-6s key=%-28s rows=%-7s %s%n", scope,
                                    sql.contains("COUNT") ? "count" : "page", rs.getString("type"),
                                    rs.getString("key"), rs.getString("rows"), rs.getString("Extra"));
                        }
                    }
                }
            }
        }
    }

    static List<Long> ids(Connection db, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    // ---- the project library's XLSX export ------------------------------------------------------------

    /** The export's rate before it became one streamed query (50,078 rows paged 500 at a time in 14.9 s). */
    static final double PAGED_ROWS_PER_SECOND = 3_350;
    static final int EXPORT_RUNS = Integer.getInteger("bench.exportRuns", 3);

    /**
     * GET /ledger/api/projects/export.xlsx for the prefecture bureau (every project of the 12 counties): one warm-up,
     * then EXPORT_RUNS timed downloads, each to a file whose sheet's rows are counted (in the timing, a few hundred
     * ms) against the database. The server's heap is read without JMX: {@code jstat -gc} on the server's JVM (bench.serverPid) every
     * 100 ms during the timed runs; used = S0U + S1U + EU + OU, the peak, and the old generation's growth, which is
     * what a list kept in memory would show (the young generation fills and empties with any garbage).
     */
    static void exportBench(HttpClient http, String base, Connection db) throws Exception {
        long expected = ids(db, "SELECT COUNT(*) FROM project WHERE village_code LIKE '5329%'").get(0);
        Session bureau = Session.basic("dali.bureau");
        String url = base + "/ledger/api/projects/export.xlsx";
        exportRows(http, bureau, url);
        String pid = System.getProperty("bench.serverPid", "");
        HeapSampler heap = pid.isBlank() ? null : HeapSampler.start(pid);
        double[] seconds = new double[EXPORT_RUNS];
        long rows = 0;
        for (int i = 0; i < EXPORT_RUNS; i++) {
            long t = System.nanoTime();
            rows = exportRows(http, bureau, url);
            seconds[i] = (System.nanoTime() - t) / 1e9;
        }
        Arrays.sort(seconds);
        double median = seconds[EXPORT_RUNS / 2];
        System.out.println();
        System.out.printf("%-58s %9s %9s %9s%n", "project export, XLSX, dali.bureau (" + EXPORT_RUNS + " runs, warm)",
                "median s", "rows/s", "before");
        System.out.printf("%-58s %9.2f %9.0f %9.0f  %s%n", rows + " rows (database: " + expected + ")", median,
                rows / median, PAGED_ROWS_PER_SECOND, rows == expected ? "rows match" : "ROW COUNT DIFFERS");
        if (heap != null) {
            heap.stop();
            System.out.printf("server heap during the export (jstat -gc, -Xmx1g): before %.0f MB, peak used %.0f MB,"
                    + " old generation %.0f → %.0f MB (peak %.0f MB)%n", heap.firstUsed / 1024, heap.peakUsed / 1024,
                    heap.firstOld / 1024, heap.lastOld / 1024, heap.peakOld / 1024);
        } else {
            System.out.println("server heap: not measured (no bench.serverPid)");
        }
    }

    /**
     * Downloads the export to a file and counts the data rows of its sheet (the header row not counted). The sheet is
     * read through the ZIP's central directory (ZipFile): SXSSF writes its entries with data descriptors, which
     * ZipInputStream cannot read.
     */
    static long exportRows(HttpClient http, Session who, String url) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5)).GET();
        if (who.authorization() != null) {
            request.header("Authorization", who.authorization());
        }
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("bench-export", ".xlsx");
            try {
                HttpResponse<java.nio.file.Path> response = http.send(request.build(),
                        HttpResponse.BodyHandlers.ofFile(file));
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(url + " answered " + response.statusCode());
                }
                try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                    java.util.zip.ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
                    try (java.io.InputStream in = zip.getInputStream(sheet)) {
                        return countRows(in) - 1;
                    }
                }
            } finally {
                java.nio.file.Files.deleteIfExists(file);
            }
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Occurrences of {@code <row } in the sheet's XML, read as it streams. */
    static long countRows(java.io.InputStream in) throws java.io.IOException {
        byte[] tag = "<row ".getBytes(StandardCharsets.US_ASCII);
        byte[] buffer = new byte[64 * 1024];
        long count = 0;
        int matched = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            for (int i = 0; i < n; i++) {
                matched = buffer[i] == tag[matched] ? matched + 1 : (buffer[i] == tag[0] ? 1 : 0);
                if (matched == tag.length) {
                    count++;
                    matched = 0;
                }
            }
        }
        return count;
    }

    /** {@code jstat -gc PID 100} read in the background: KB used, first, peak, and the old generation's. */
    static final class HeapSampler {
        final Process process;
        final Thread reader;
        volatile double firstUsed = -1, peakUsed, firstOld = -1, lastOld, peakOld;

        private HeapSampler(Process process) {
            this.process = process;
            this.reader = new Thread(this::read, "jstat");
            reader.setDaemon(true);
            reader.start();
        }

        static HeapSampler start(String pid) throws java.io.IOException {
            return new HeapSampler(new ProcessBuilder("jstat", "-gc", pid, "100").redirectErrorStream(true).start());
        }

        private void read() {
            try (java.io.BufferedReader lines = new java.io.BufferedReader(new java.io.InputStreamReader(
                    process.getInputStream(), StandardCharsets.US_ASCII))) {
                List<String> header = null;
                for (String line; (line = lines.readLine()) != null; ) {
                    List<String> cells = Arrays.asList(line.trim().split("\\s+"));
                    if (cells.contains("OU")) {
                        header = cells;
                        continue;
                    }
                    if (header == null || cells.size() != header.size()) {
                        continue;
                    }
                    double old = value(header, cells, "OU");
                    double used = value(header, cells, "S0U") + value(header, cells, "S1U")
                            + value(header, cells, "EU") + old;
                    if (firstUsed < 0) {
                        firstUsed = used;
                        firstOld = old;
                    }
                    peakUsed = Math.max(peakUsed, used);
                    peakOld = Math.max(peakOld, old);
                    lastOld = old;
                }
            } catch (java.io.IOException | RuntimeException e) {
                // the sampler stops with the process
            }
        }

        private static double value(List<String> header, List<String> cells, String column) {
            return Double.parseDouble(cells.get(header.indexOf(column)));
        }

        void stop() throws InterruptedException {
            Thread.sleep(300);
            process.destroy();
            reader.join(2000);
        }
    }

    // ---- timing ---------------------------------------------------------------------------------------

    /** WARM untimed calls, then RUNS timed ones, in milliseconds, sorted. */
    static double[] time(IntConsumer call) {
        for (int i = 0; i < WARM; i++) {
            call.accept(i);
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            call.accept(i);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    static double p99(double[] sorted) {
        return sorted[(int) Math.ceil(sorted.length * 0.99) - 1];
    }

    static void print(String what, double[] ms, int limit) {
        String verdict = limit < 0 ? "" : p99(ms) <= limit ? "OK" : median(ms) <= limit ? "p99 OVER" : "OVER";
        System.out.printf("%-58s %9.2f %9.2f %9s %7s%n", what, median(ms), p99(ms), limit < 0 ? "" : limit, verdict);
    }

    /** A staff client: either HTTP Basic on every request (an API script) or a session (the UI after login). */
    record Session(String authorization, String cookie, String origin) {

        static Session basic(String user) {
            return new Session("Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD)
                    .getBytes(StandardCharsets.UTF_8)), null, null);
        }

        /** Logs in through the staff UI's form (j_security_check) and keeps the session cookie. */
        static Session formLogin(HttpClient http, String base, String user) {
            try {
                HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/ledger/")).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                String cookie = page.headers().firstValue("Set-Cookie").map(c -> c.split(";", 2)[0]).orElseThrow(
                        () -> new IllegalStateException("no session cookie from /ledger/: " + page.statusCode()));
                String form = "j_username=" + user + "&j_password=" + java.net.URLEncoder.encode(PASSWORD,
                        StandardCharsets.UTF_8);
                HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base
                        + "/ledger/j_security_check")).header("Cookie", cookie).header("Origin", base)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
                String renewed = login.headers().firstValue("Set-Cookie").map(c -> c.split(";", 2)[0]).orElse(cookie);
                // a browser sends its page's origin, which the server requires of writes made with the session
                Session session = new Session(null, renewed, base);
                HttpResponse<String> me = session.send(http, HttpRequest.newBuilder(URI.create(base + "/ledger/api/me")).GET());
                if (me.statusCode() != 200) {
                    throw new IllegalStateException("form login of " + user + " failed: " + login.statusCode() + " / "
                            + me.statusCode() + " " + me.body());
                }
                return session;
            } catch (java.io.IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }

        void get(HttpClient http, String url) {
            check(send(http, HttpRequest.newBuilder(URI.create(url)).GET()), url);
        }

        void post(HttpClient http, String url, String json) {
            check(send(http, HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json))), url);
        }

        HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) {
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            if (cookie != null) {
                request.header("Cookie", cookie);
            }
            if (origin != null) {
                request.header("Origin", origin);
            }
            try {
                return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }

        private static void check(HttpResponse<String> response, String url) {
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
            }
        }
    }
}
