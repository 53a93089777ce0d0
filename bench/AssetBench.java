import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import java.util.List;

/**
 * The asset register at scale (bench/run assets): seeds 100,000 assets of 漾濞 (532922) with bulk SQL — regions of
 * their own, 20,000 accepted projects they come from, each asset's source, 原值 part, owner and events as the register
 * writes them — then measures on the running server (-Xmx512m), warm: the county's XLSX register export (seconds,
 * rows/s, the server's peak heap; limit 20 s), the same as of a past day (events looked up), the register's first
 * filtered page (median and p99; limit 200 ms) and the project library's XLSX export's rows/s beside them.
 * Compiled with ProjectBench.java, whose client, timing and heap sampler it uses.
 * Usage: java -cp classes:mariadb-java-client.jar AssetBench JDBC_URL OWNER_USER OWNER_PASSWORD BASE_URL
 */
public class AssetBench {

    static final int ASSETS = Integer.getInteger("bench.assets", 100_000);
    static final int PROJECTS = 20_000;
    static final int EXPORT_RUNS = Integer.getInteger("bench.exportRuns", 3);
    static final double EXPORT_LIMIT_SECONDS = 20;
    static final int PAGE_LIMIT_MS = 200;
    /** Rows of the 明细台账 sheet that are not assets: title, two heading lines, the header, the 合计 row. */
    static final int NON_ASSET_ROWS = 5;

    public static void main(String[] args) throws Exception {
        String base = args[3];
        try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
            seed(db);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            ProjectBench.Session rural = ProjectBench.Session.basic("yangbi.rural");

            System.out.println();
            System.out.printf("%-58s %9s %9s %9s %7s%n", "register, first page, size 50 (" + ProjectBench.RUNS
                    + " requests, warm)", "median ms", "p99 ms", "limit ms", "");
            for (String filter : new String[] {"region=532922000000&class=OPERATING",
                    "region=532922201000&class=OPERATING&status=IDLE"}) {
                String url = base + "/ledger/api/assets?" + filter + "&page=0&size=50";
                ProjectBench.print("yangbi.rural " + filter, ProjectBench.time(i -> rural.get(http, url)),
                        PAGE_LIMIT_MS);
            }

            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            long expected = ProjectBench.ids(db, "SELECT COUNT(*) FROM asset WHERE natural_village_code LIKE '532922%'"
                    + " AND formed_on <= '" + today + "' AND NOT (stage = 'DISPOSED' AND last_event_on <= '" + today
                    + "')").get(0);
            System.out.println();
            System.out.printf("%-58s %9s %9s %9s %s%n", "asset register export, XLSX, yangbi.rural (" + EXPORT_RUNS
                    + " runs, warm)", "median s", "rows/s", "limit s", "");
            String url = base + "/ledger/api/assets/export?format=xlsx&region=532922000000";
            exportRows(http, rural, url);
            String pid = System.getProperty("bench.serverPid", "");
            ProjectBench.HeapSampler heap = pid.isBlank() ? null : ProjectBench.HeapSampler.start(pid);
            double[] timed = timedExports(http, rural, url);
            long rows = (long) timed[EXPORT_RUNS];
            double median = timed[EXPORT_RUNS / 2];
            System.out.printf("%-58s %9.2f %9.0f %9.0f %s%n", "county 532922, today: " + rows + " rows (database: "
                    + expected + ")", median, rows / median, EXPORT_LIMIT_SECONDS,
                    (median <= EXPORT_LIMIT_SECONDS ? "OK" : "OVER") + (rows == expected ? ", rows match"
                            : ", ROW COUNT DIFFERS"));
            if (heap != null) {
                heap.stop();
                System.out.printf("server heap during the export (jstat -gc, -Xmx512m; limit 512 MB): before %.0f MB,"
                        + " peak used %.0f MB: %s; old generation %.0f → %.0f MB (peak %.0f MB)%n",
                        heap.firstUsed / 1024, heap.peakUsed / 1024, heap.peakUsed / 1024 <= 512 ? "OK" : "OVER",
                        heap.firstOld / 1024, heap.lastOld / 1024, heap.peakOld / 1024);
            } else {
                System.out.println("server heap: not measured (no bench.serverPid)");
            }
            String past = url + "&asOf=2024-12-31";
            double[] pastTimed = timedExports(http, rural, past);
            long pastRows = (long) pastTimed[EXPORT_RUNS];
            System.out.printf("%-58s %9.2f %9.0f %9s%n", "county 532922, as of 2024-12-31: " + pastRows + " rows",
                    pastTimed[EXPORT_RUNS / 2], pastRows / pastTimed[EXPORT_RUNS / 2], "");

            System.out.println();
            System.out.printf("%-58s %9s %9s%n", "project library export, XLSX, yangbi.rural (" + EXPORT_RUNS
                    + " runs, warm)", "median s", "rows/s");
            String projects = base + "/ledger/api/projects/export.xlsx";
            ProjectBench.exportRows(http, rural, projects);
            double[] p = new double[EXPORT_RUNS];
            long projectRows = 0;
            for (int i = 0; i < EXPORT_RUNS; i++) {
                long t = System.nanoTime();
                projectRows = ProjectBench.exportRows(http, rural, projects);
                p[i] = (System.nanoTime() - t) / 1e9;
            }
            Arrays.sort(p);
            System.out.printf("%-58s %9.2f %9.0f%n", projectRows + " projects of 漾濞", p[EXPORT_RUNS / 2],
                    projectRows / p[EXPORT_RUNS / 2]);
        }
    }

    /** EXPORT_RUNS timed downloads, sorted seconds, and the rows of the last one after them. */
    static double[] timedExports(HttpClient http, ProjectBench.Session who, String url) {
        double[] out = new double[EXPORT_RUNS + 1];
        long rows = 0;
        for (int i = 0; i < EXPORT_RUNS; i++) {
            long t = System.nanoTime();
            rows = exportRows(http, who, url);
            out[i] = (System.nanoTime() - t) / 1e9;
        }
        Arrays.sort(out, 0, EXPORT_RUNS);
        out[EXPORT_RUNS] = rows;
        return out;
    }

    /** The assets of a downloaded register: the sheet's rows less the title, heading, header and 合计 rows. */
    static long exportRows(HttpClient http, ProjectBench.Session who, String url) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5)).GET()
                .header("Authorization", who.authorization());
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("bench-assets", ".xlsx");
            try {
                HttpResponse<java.nio.file.Path> response = http.send(request.build(),
                        HttpResponse.BodyHandlers.ofFile(file));
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(url + " answered " + response.statusCode() + ": "
                            + java.nio.file.Files.readString(file));
                }
                try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile());
                        java.io.InputStream in = zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))) {
                    return ProjectBench.countRows(in) - NON_ASSET_ROWS;
                }
            } finally {
                java.nio.file.Files.deleteIfExists(file);
            }
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    interface Binder {
        void bind(PreparedStatement p, Object[] row) throws SQLException;
    }

    static void batch(Connection db, String sql, List<Object[]> rows, Binder binder) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(sql)) {
            int n = 0;
            for (Object[] row : rows) {
                binder.bind(p, row);
                p.addBatch();
                if (++n % 5_000 == 0) {
                    p.executeBatch();
                }
            }
            p.executeBatch();
        }
    }

    static void events(Connection db, List<Object[]> assets, int seq, String kind, int days,
            java.util.function.Function<Object[], String> details) throws SQLException {
        batch(db, "INSERT INTO asset_event (asset_id, seq, kind, event_date, actor, actor_name, actor_role, details,"
                + " recorded_at) VALUES (?, ?, ?, ?, 'bench', '压测', 'COUNTY_RURAL_BUREAU', ?, NOW(3))", assets,
                (p, a) -> {
                    p.setLong(1, (Long) a[0]);
                    p.setInt(2, seq);
                    p.setString(3, kind);
                    p.setDate(4, java.sql.Date.valueOf(((LocalDate) a[2]).plusDays(days)));
                    p.setString(5, details.apply(a));
                });
    }

    // ---- seeding ------------------------------------------------------------------------------------

    /**
     * Ten townships of ten villages of three natural villages in 漾濞, 20,000 accepted projects there, and the assets:
     * asset n lies in natural village n % 300, comes from project n % 20,000, formed on a day of 2024–2025; one in 20
     * is only registered, 3 in 20 ownership-confirmed, one in 20 disposed of, the rest handed over and operated
     * (normal, idle or low-efficiency). Events are written kind by kind in date order, as the triggers require.
     */
    static void seed(Connection db) throws SQLException {
        long started = System.nanoTime();
        try (Statement s = db.createStatement()) {
            if (ProjectBench.ids(db, "SELECT COUNT(*) FROM asset WHERE created_by = 'bench'").get(0) > 0) {
                System.out.println("bench assets already seeded");
                return;
            }
            s.execute("INSERT INTO region (code, name, level, parent_code, valid_from, demo)"
                    + " SELECT CONCAT('532922', 200 + t.seq, '000'), CONCAT('压测镇', t.seq), 'TOWNSHIP',"
                    + " '532922000000', '2020-01-01', TRUE FROM seq_1_to_10 t");
            s.execute("INSERT INTO region (code, name, level, parent_code, valid_from, demo)"
                    + " SELECT CONCAT(LEFT(r.code, 9), 200 + v.seq), CONCAT('压测村', SUBSTRING(r.code, 7, 3), '-', v.seq),"
                    + " 'VILLAGE', r.code, '2020-01-01', TRUE FROM region r CROSS JOIN seq_1_to_10 v"
                    + " WHERE r.level = 'TOWNSHIP' AND r.name LIKE '压测镇%' AND r.code LIKE '532922%'");
            s.execute("INSERT INTO region (code, name, level, parent_code, valid_from, demo)"
                    + " SELECT CONCAT(r.code, LPAD(n.seq, 3, '0')), CONCAT('压测组', RIGHT(r.code, 6), '-', n.seq),"
                    + " 'NATURAL_VILLAGE', r.code, '2020-01-01', TRUE FROM region r CROSS JOIN seq_1_to_3 n"
                    + " WHERE r.level = 'VILLAGE' AND r.name LIKE '压测村%' AND r.code LIKE '532922%'");
            s.execute("INSERT INTO project (code, year, name, public_name, category_code, nature, village_code,"
                    + " township_code, county_code, content, scale_quantity, scale_unit, start_month, end_month,"
                    + " implementing_unit, responsible_person, households, people, linkage_type, linkage_description,"
                    + " status, created_by, created_at)"
                    + " SELECT CONCAT(y, '-532922-', LPAD(k + 1001, 4, '0')), y, CONCAT('压测资产项目 ', n),"
                    + " CONCAT('压测资产项目 ', n), 'CY-SC', 'NEW', CONCAT('532922', 201 + k % 10, 201 + (k DIV 10) % 10),"
                    + " CONCAT('532922', 201 + k % 10, '000'), '532922000000', '压测内容', 10, '亩', CONCAT(y, '-03'),"
                    + " CONCAT(y, '-10'), '压测单位', '压测', 100, 400, 'EMPLOYMENT', '压测', 'ACCEPTED', 'bench', NOW(3)"
                    + " FROM (SELECT seq AS n, 2020 + seq % 5 AS y, seq DIV 5 AS k FROM seq_0_to_" + (PROJECTS - 1)
                    + ") g");
            // the public copies (V30) of names that hold no personal data are the names themselves
            s.execute("INSERT INTO asset (code, name, public_name, asset_class, category_code, natural_village_code,"
                    + " county_code, formed_on, original_value, value_entered, stage, status, owner_level,"
                    + " supervising_department, operation_mode, operator, public_operator, last_event_on, created_by,"
                    + " created_at)"
                    + " SELECT CONCAT('2023-532922-ZC', LPAD(n + 1, 6, '0')), CONCAT('压测资产 ', n), CONCAT('压测资产 ', n),"
                    + " ELT(n % 3 + 1, 'OPERATING', 'PUBLIC_WELFARE', 'HOUSEHOLD'),"
                    + " ELT(n % 3 + 1, 'OP-BASE', 'PW-ROAD', 'HH-LIVESTOCK'),"
                    + " CONCAT('532922', 201 + (n % 300) DIV 30, 201 + ((n % 300) DIV 3) % 10, LPAD(1 + n % 3, 3, '0')),"
                    + " '532922000000', formed, 10000 + (n % 100) * 1000, TRUE, stage,"
                    + " CASE stage WHEN 'HANDED_OVER' THEN ELT(n % 5 + 1, 'NORMAL', 'NORMAL', 'NORMAL', 'IDLE',"
                    + " 'LOW_EFFICIENCY') WHEN 'DISPOSED' THEN 'DISPOSED' END,"
                    + " IF(stage = 'REGISTERED', NULL, 'VILLAGE'), IF(stage = 'REGISTERED', NULL, '漾濞县农业农村局'),"
                    + " IF(stage IN ('HANDED_OVER', 'DISPOSED'), 'LEASE', NULL),"
                    + " IF(stage IN ('HANDED_OVER', 'DISPOSED'), CONCAT('压测运营公司', n % 50), NULL),"
                    + " IF(stage IN ('HANDED_OVER', 'DISPOSED'), CONCAT('压测运营公司', n % 50), NULL),"
                    + " DATE_ADD(formed, INTERVAL CASE stage WHEN 'REGISTERED' THEN 0 WHEN 'OWNERSHIP_CONFIRMED' THEN 10"
                    + " WHEN 'HANDED_OVER' THEN 40 ELSE 60 END DAY), 'bench', NOW(3)"
                    + " FROM (SELECT seq AS n, DATE_ADD('2024-01-01', INTERVAL seq % 600 DAY) AS formed,"
                    + " CASE WHEN seq % 20 = 0 THEN 'REGISTERED' WHEN seq % 20 <= 3 THEN 'OWNERSHIP_CONFIRMED'"
                    + " WHEN seq % 20 = 4 THEN 'DISPOSED' ELSE 'HANDED_OVER' END AS stage"
                    + " FROM seq_0_to_" + (ASSETS - 1) + ") g");
            // the child rows by JDBC batches: MariaDB 11.4.5 refused them as INSERT … SELECT from the asset rows
            // ("Column 'asset_id' cannot be null", though no selected value is null)
            long first = ProjectBench.ids(db, "SELECT MIN(id) FROM project WHERE created_by = 'bench'").get(0);
            long last = ProjectBench.ids(db, "SELECT MAX(id) FROM project WHERE created_by = 'bench'").get(0);
            if (last - first + 1 != PROJECTS) {
                throw new IllegalStateException("bench project ids are not one block: " + first + " … " + last);
            }
            List<Object[]> assets = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT a.id, a.code, a.formed_on, a.original_value, a.stage, a.status,"
                    + " a.operator, CONCAT(r.name, '股份经济合作社'), r.code FROM asset a JOIN region r"
                    + " ON r.code = LEFT(a.natural_village_code, 12) WHERE a.created_by = 'bench' ORDER BY a.id")) {
                while (rs.next()) {
                    assets.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                            rs.getBigDecimal(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getString(9)});
                }
            }
            batch(db, "INSERT INTO asset_source (asset_id, project_id, share) VALUES (?, ?, 1)", assets,
                    (p, a) -> {
                        p.setLong(1, (Long) a[0]);
                        p.setLong(2, first + (Long) a[0] % PROJECTS);
                    });
            batch(db, "INSERT INTO asset_value (asset_id, project_id, source, amount) VALUES (?, ?, 'CENTRAL_LINKAGE', ?)",
                    assets, (p, a) -> {
                        p.setLong(1, (Long) a[0]);
                        p.setLong(2, first + (Long) a[0] % PROJECTS);
                        p.setBigDecimal(3, (java.math.BigDecimal) a[3]);
                    });
            List<Object[]> owned = assets.stream().filter(a -> !"REGISTERED".equals(a[4])).toList();
            List<Object[]> handed = owned.stream().filter(a -> !"OWNERSHIP_CONFIRMED".equals(a[4])).toList();
            batch(db, "INSERT INTO asset_owner (asset_id, seq, entity_name, public_entity_name, region_code, share)"
                    + " VALUES (?, 0, ?, ?, ?, 1)", owned, (p, a) -> {
                        p.setLong(1, (Long) a[0]);
                        p.setString(2, (String) a[7]);
                        p.setString(3, (String) a[7]);
                        p.setString(4, (String) a[8]);
                    });
            events(db, assets, 1, "REGISTERED", 0, a -> "{\"code\":\"" + a[1] + "\"}");
            events(db, owned, 2, "OWNERSHIP_CONFIRMED", 10,
                    a -> "{\"owner.0\":\"" + a[7] + " 1\",\"ownerLevel\":\"VILLAGE\"}");
            events(db, handed, 3, "HANDOVER_SIGNED", 20, a -> "{\"handoverId\":\"0\"}");
            events(db, handed, 4, "HANDOVER_CONFIRMED", 20, a -> "{\"handoverId\":\"0\"}");
            events(db, handed, 5, "OPERATION_SET", 30, a -> "{\"mode\":\"LEASE\",\"operator\":\"" + a[6] + "\"}");
            events(db, handed, 6, "STATUS_SET", 40,
                    a -> "{\"status\":\"" + ("DISPOSED".equals(a[5]) ? "IDLE" : a[5]) + "\"}");
            events(db, handed.stream().filter(a -> "DISPOSED".equals(a[4])).toList(), 7, "DISPOSAL_COMPLETED", 60,
                    a -> "{\"disposalStatus\":\"COMPLETED\"}");
            s.execute("ANALYZE TABLE asset, asset_source, asset_value, asset_owner, asset_event, project");
        }
        System.out.printf("seeded %,d assets of 漾濞 (sources, 原值 parts, owners, events) from %,d accepted projects"
                + " in %.1f s%n", ASSETS, PROJECTS, (System.nanoTime() - started) / 1e9);
    }
}
