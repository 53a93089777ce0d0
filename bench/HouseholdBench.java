import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The household import at scale (bench/run households): generates 100,000 valid invented households of 光明村
 * (532922101201; GB 11643 check digits, ID numbers of people born in 1930, which no demo or test household uses) as
 * an XLSX file written as Excel writes one (shared strings, one sheet) and as the equivalent CSV, imports the XLSX
 * through the REST API (POST /ledger/api/households/import, as the county rural bureau) on the running server
 * (-Xmx1g) while sampling its heap (jstat), checks that every row arrived, then loads the same rows — sealed, hashed
 * and masked by the bench beforehand, with keys of its own — with MariaDB's LOAD DATA LOCAL INFILE into scratch tables
 * of the same shape (CREATE TABLE … LIKE household / household_category) on the same database, and prints both with
 * the ratio against the limits: 60 s and a heap of 1 GB.
 * Compiled with ProjectBench.java, whose client and heap sampler it uses.
 * Usage: java -cp classes:mariadb-java-client.jar HouseholdBench JDBC_URL OWNER_USER OWNER_PASSWORD BASE_URL OUT_DIR
 */
public class HouseholdBench {

    static final int HOUSEHOLDS = Integer.getInteger("bench.households", 100_000);
    static final String VILLAGE = "532922101201";
    static final String COUNTY = "532922";
    static final String COUNTY_CODE = "532922000000";
    static final double LIMIT_SECONDS = 60;
    static final double HEAP_LIMIT_MB = 1024;
    static final String[] HEADERS = {"自然村", "户主姓名", "身份证号", "联系电话", "家庭人口", "户类型"};
    static final String[] CATEGORIES = {"脱贫户", "一般农户", "一般农户", "边缘易致贫户", "脱贫不稳定户", "一般农户",
        "突发严重困难户"};
    static final String[] CATEGORY_CODES = {"ALLEVIATED", "ORDINARY", "ORDINARY", "MONITORED_MARGINAL",
        "MONITORED_UNSTABLE", "ORDINARY", "MONITORED_SUDDEN"};
    static final String SURNAMES = "李王张杨赵刘陈段字罗";
    static final String[] GIVEN = {"建国", "秀英", "志强", "桂兰", "永福", "红梅", "正华", "玉珍", "文明", "国庆",
        "春花", "家祥"};
    static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    /** One household as the file has it. */
    record Household(String place, String placeCode, String name, String id, String phone, int members, int category) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[3];
        Path out = Path.of(args[4]);
        try (Connection db = DriverManager.getConnection(args[0] + "?allowLocalInfile=true", args[1], args[2])) {
            Map<String, String> places = naturalVillages(db);
            List<Household> households = generate(places);
            Path xlsx = out.resolve("households.xlsx");
            Path csv = out.resolve("households.csv");
            writeXlsx(households, xlsx);
            writeCsv(households, csv);
            System.out.printf("%n%,d households of 光明村 (%d natural villages): XLSX %.1f MB, CSV %.1f MB (%s)%n",
                    households.size(), places.size(), Files.size(xlsx) / 1e6, Files.size(csv) / 1e6, out);

            long before = count(db, "SELECT COUNT(*) FROM household WHERE county_code = '" + COUNTY_CODE + "'");
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            String pid = System.getProperty("bench.serverPid", "");
            ProjectBench.HeapSampler heap = pid.isBlank() ? null : ProjectBench.HeapSampler.start(pid);
            Thread.sleep(500); // the sampler's first line: the heap before the import
            long t0 = System.nanoTime();
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base
                    + "/ledger/api/households/import?village=" + VILLAGE))
                    .header("Authorization", ProjectBench.Session.basic("yangbi.rural").authorization())
                    .header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                    .timeout(Duration.ofMinutes(10)).POST(HttpRequest.BodyPublishers.ofFile(xlsx)).build(),
                    HttpResponse.BodyHandlers.ofString());
            double importSeconds = (System.nanoTime() - t0) / 1e9;
            if (heap != null) {
                heap.stop();
            }
            if (answer.statusCode() != 200) {
                String body = answer.body();
                throw new IllegalStateException("the import answered " + answer.statusCode() + ": "
                        + body.substring(0, Math.min(600, body.length())));
            }
            long after = count(db, "SELECT COUNT(*) FROM household WHERE county_code = '" + COUNTY_CODE + "'");
            long categories = count(db, "SELECT COUNT(*) FROM household_category c JOIN household h"
                    + " ON h.id = c.household_id WHERE h.county_code = '" + COUNTY_CODE + "'");
            boolean arrived = after - before == households.size() && answer.body().contains("\"imported\":"
                    + households.size());

            Path loadHouseholds = out.resolve("household-load.tsv");
            Path loadCategories = out.resolve("household-category-load.tsv");
            long p0 = System.nanoTime();
            writeLoadFiles(households, loadHouseholds, loadCategories);
            double prepareSeconds = (System.nanoTime() - p0) / 1e9;
            double loadSeconds = loadData(db, loadHouseholds, loadCategories);
            long loaded = count(db, "SELECT COUNT(*) FROM bench_household");

            System.out.println();
            System.out.printf("%-66s %9s %9s %9s %s%n", "100,000 households from one XLSX, same run, same MariaDB",
                    "seconds", "rows/s", "limit s", "");
            System.out.printf("%-66s %9.2f %9.0f %9.0f %s (%.0f%% of the limit)%s%n",
                    "REST import (stream, check every row, seal, insert; one transaction)", importSeconds,
                    households.size() / importSeconds, LIMIT_SECONDS, importSeconds <= LIMIT_SECONDS ? "OK" : "OVER",
                    100 * importSeconds / LIMIT_SECONDS, arrived ? ", every row arrived" : ", ROWS MISSING: "
                            + (after - before));
            System.out.printf("%-66s %9.2f %9.0f %9s %s%n", "LOAD DATA LOCAL INFILE of the same rows, precomputed"
                    + " (" + loaded + " + categories)", loadSeconds, households.size() / loadSeconds, "", "");
            System.out.printf("import / LOAD DATA: %.1f×; sealing, hashing and masking the rows for LOAD DATA took %.2f s"
                    + " in the bench (not counted); household_category rows of 532922: %d%n",
                    importSeconds / loadSeconds, prepareSeconds, categories);
            if (heap != null) {
                double peak = heap.peakUsed / 1024;
                System.out.printf("server heap during the import (jstat -gc every 100 ms, -Xmx1g; limit %.0f MB):"
                        + " before %.0f MB, peak used %.0f MB (%.0f%% of the limit): %s; old generation %.0f → %.0f MB"
                        + " (peak %.0f MB)%n", HEAP_LIMIT_MB, heap.firstUsed / 1024, peak, 100 * peak / HEAP_LIMIT_MB,
                        peak <= HEAP_LIMIT_MB ? "OK" : "OVER", heap.firstOld / 1024, heap.lastOld / 1024,
                        heap.peakOld / 1024);
            } else {
                System.out.println("server heap: not measured (no bench.serverPid)");
            }
        }
    }

    static Map<String, String> naturalVillages(Connection db) throws SQLException {
        Map<String, String> places = new LinkedHashMap<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT code, name FROM region WHERE parent_code = '" + VILLAGE + "' ORDER BY code")) {
            while (rs.next()) {
                places.put(rs.getString(1), rs.getString(2));
            }
        }
        if (places.isEmpty()) {
            throw new IllegalStateException("光明村 has no natural villages in this database");
        }
        return places;
    }

    static List<Household> generate(Map<String, String> places) {
        List<String> codes = new ArrayList<>(places.keySet());
        List<Household> out = new ArrayList<>(HOUSEHOLDS);
        LocalDate born = LocalDate.of(1930, 1, 1);
        for (int i = 0; i < HOUSEHOLDS; i++) {
            String first17 = COUNTY + born.plusDays(i / 1000).toString().replace("-", "") + String.format("%03d",
                    i % 1000);
            String id = first17 + check(first17);
            String code = codes.get(i % codes.size());
            // half the rows name the natural village, half give its code: the import takes either
            String place = i % 2 == 0 ? places.get(code) : code;
            String name = SURNAMES.charAt(i % SURNAMES.length()) + GIVEN[(i / SURNAMES.length()) % GIVEN.length];
            String phone = i % 7 == 0 ? "" : "13" + (i % 7 + 2) + String.format("%08d", i);
            out.add(new Household(place, code, name, id, phone, 1 + i % 6, i % CATEGORIES.length));
        }
        return out;
    }

    static char check(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return "10X98765432".charAt(sum % 11);
    }

    // ---- the XLSX, written as Excel writes one: a sheet of cells that point into the shared strings ----------------

    static void writeXlsx(List<Household> households, Path file) throws IOException {
        Map<String, Integer> strings = new LinkedHashMap<>();
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                    + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                    + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"农户\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                    + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                    + "</Relationships>");
            entry(zip, "xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                    + "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
                    + "<borders count=\"1\"><border/></borders><cellStyleXfs count=\"1\"><xf/></cellStyleXfs>"
                    + "<cellXfs count=\"1\"><xf xfId=\"0\"/></cellXfs></styleSheet>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Writer sheet = new BufferedWriter(new OutputStreamWriter(nonClosing(zip), StandardCharsets.UTF_8), 1 << 16);
            sheet.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            sheet.write("<row r=\"1\">");
            for (int c = 0; c < HEADERS.length; c++) {
                text(sheet, strings, c, 1, HEADERS[c]);
            }
            sheet.write("</row>");
            int r = 1;
            for (Household h : households) {
                r++;
                sheet.write("<row r=\"" + r + "\">");
                text(sheet, strings, 0, r, h.place());
                text(sheet, strings, 1, r, h.name());
                text(sheet, strings, 2, r, h.id());
                if (!h.phone().isEmpty()) {
                    text(sheet, strings, 3, r, h.phone());
                }
                sheet.write("<c r=\"E" + r + "\"><v>" + h.members() + "</v></c>");
                text(sheet, strings, 5, r, CATEGORIES[h.category()]);
                sheet.write("</row>");
            }
            sheet.write("</sheetData></worksheet>");
            sheet.flush();
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            Writer sst = new BufferedWriter(new OutputStreamWriter(nonClosing(zip), StandardCharsets.UTF_8), 1 << 16);
            sst.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" uniqueCount=\""
                    + strings.size() + "\">");
            for (String s : strings.keySet()) {
                sst.write("<si><t>" + s + "</t></si>"); // digits and Chinese names: nothing to escape
            }
            sst.write("</sst>");
            sst.flush();
            zip.closeEntry();
        }
    }

    private static void text(Writer sheet, Map<String, Integer> strings, int column, int row, String value)
            throws IOException {
        int index = strings.computeIfAbsent(value, v -> strings.size());
        sheet.write("<c r=\"" + (char) ('A' + column) + row + "\" t=\"s\"><v>" + index + "</v></c>");
    }

    private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    static void writeCsv(List<Household> households, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("\uFEFF" + String.join(",", HEADERS) + "\n");
            for (Household h : households) {
                w.write(h.place() + "," + h.name() + "," + h.id() + "," + h.phone() + "," + h.members() + ","
                        + CATEGORIES[h.category()] + "\n");
            }
        }
    }

    // ---- LOAD DATA: the same rows as the register stores them, sealed and hashed here with keys of the bench's own --

    static void writeLoadFiles(List<Household> households, Path rows, Path categories) throws Exception {
        SecureRandom random = new SecureRandom();
        byte[] aes = new byte[32];
        byte[] hmac = new byte[32];
        random.nextBytes(aes);
        random.nextBytes(hmac);
        SecretKeySpec aesKey = new SecretKeySpec(aes, "AES");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(hmac, "HmacSHA256"));
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        HexFormat hex = HexFormat.of();
        String today = LocalDate.now().toString();
        String at = java.time.LocalDateTime.now().withNano(0).toString().replace('T', ' ');
        try (Writer w = Files.newBufferedWriter(rows, StandardCharsets.UTF_8);
                Writer c = Files.newBufferedWriter(categories, StandardCharsets.UTF_8)) {
            long id = 0;
            for (Household h : households) {
                id++;
                String phoneSealed = h.phone().isEmpty() ? "" : hex.formatHex(seal(cipher, aesKey, random, "phone",
                        h.phone()));
                w.write(id + "\t" + VILLAGE + "-" + String.format("%06d", id) + "\t" + h.placeCode() + "\t" + VILLAGE
                        + "\t" + COUNTY_CODE + "\t" + h.name() + "\tbench\t"
                        + hex.formatHex(seal(cipher, aesKey, random, "idNumber", h.id())) + "\t"
                        + h.id().substring(0, 4) + "**********" + h.id().substring(14) + "\t"
                        + hex.formatHex(mac.doFinal(h.id().getBytes(StandardCharsets.US_ASCII))) + "\t"
                        + (h.phone().isEmpty() ? "" : "bench") + "\t" + phoneSealed + "\t"
                        + (h.phone().isEmpty() ? "" : h.phone().substring(0, 3) + "****" + h.phone().substring(7))
                        + "\t" + h.members() + "\t" + CATEGORY_CODES[h.category()] + "\t" + today
                        + "\tyangbi.rural\t" + at + "\n");
                c.write(id + "\t1\t" + today.substring(0, 4) + "\t" + CATEGORY_CODES[h.category()] + "\t" + today
                        + "\tyangbi.rural\t" + at + "\n");
            }
        }
    }

    private static byte[] seal(Cipher cipher, SecretKeySpec key, SecureRandom random, String field, String value)
            throws Exception {
        byte[] nonce = new byte[12];
        random.nextBytes(nonce);
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
        cipher.updateAAD(("sunledger/" + field + "/bench").getBytes(StandardCharsets.US_ASCII));
        byte[] sealed = cipher.doFinal(value.getBytes(StandardCharsets.US_ASCII));
        byte[] out = new byte[nonce.length + sealed.length];
        System.arraycopy(nonce, 0, out, 0, nonce.length);
        System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
        return out;
    }

    /** Both LOAD DATA statements in one transaction, as the import writes its rows; seconds. */
    static double loadData(Connection db, Path rows, Path categories) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_household_category");
            s.execute("DROP TABLE IF EXISTS bench_household");
            // LIKE keeps the columns, keys, unique constraints and CHECKs (not the foreign keys)
            s.execute("CREATE TABLE bench_household LIKE household");
            s.execute("CREATE TABLE bench_household_category LIKE household_category");
        }
        db.setAutoCommit(false);
        long t0 = System.nanoTime();
        try (Statement s = db.createStatement()) {
            s.execute("LOAD DATA LOCAL INFILE '" + rows.toAbsolutePath() + "' INTO TABLE bench_household"
                    + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' LINES TERMINATED BY '\\n'"
                    + " (id, household_no, natural_village_code, village_code, county_code, head_name, id_number_key,"
                    + " @sealed, id_number_masked, @hmac, @phone_key, @phone_sealed, @phone_masked, members, category,"
                    + " category_since, created_by, created_at)"
                    + " SET id_number_sealed = UNHEX(@sealed), id_number_hmac = UNHEX(@hmac),"
                    + " phone_key = NULLIF(@phone_key, ''), phone_sealed = IF(@phone_sealed = '', NULL,"
                    + " UNHEX(@phone_sealed)), phone_masked = NULLIF(@phone_masked, '')");
            s.execute("LOAD DATA LOCAL INFILE '" + categories.toAbsolutePath() + "' INTO TABLE bench_household_category"
                    + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' LINES TERMINATED BY '\\n'"
                    + " (household_id, seq, year, category, since, recorded_by, recorded_at)");
            db.commit();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        db.setAutoCommit(true);
        return seconds;
    }

    static long count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
