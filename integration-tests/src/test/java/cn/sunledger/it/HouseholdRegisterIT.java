package cn.sunledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.Http;
import cn.sunledger.it.support.PlaintextSearch;
import cn.sunledger.it.support.TestServer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The protected household register (issue 12 item 1) through the API on the real server and database: imports are all
 * or nothing and name each bad cell by row and column, a person is in one household of a county at most, answers and
 * exports carry only masked ID numbers and phones, the whole ID number is revealed to the county rural bureau only and
 * every reveal is recorded, and no table of the database — nor the server log — holds an ID number or phone in plain
 * text. Every ID number here is invented, its check digit computed (GB 11643); none is a real person's.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HouseholdRegisterIT {

    private static final String VILLAGE = "532922101201";
    private static final String UPPER = "532922101201001";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final Random RANDOM = new Random();

    @Deployment(testable = false)
    static WebArchive probe() {
        return TestServer.probe("household-register-probe");
    }

    /** A valid invented ID number of 漾濞 (532922), born on a random day of 1950–1999. */
    static String idNumber() {
        String first17 = String.format("532922%04d%02d%02d%03d", 1950 + RANDOM.nextInt(50), 1 + RANDOM.nextInt(12),
                1 + RANDOM.nextInt(28), RANDOM.nextInt(1000));
        return first17 + check(first17);
    }

    static char check(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return "10X98765432".charAt(sum % 11);
    }

    /** The same number with a wrong check digit. */
    static String badCheck(String id) {
        char right = id.charAt(17);
        return id.substring(0, 17) + (right == '0' ? '1' : '0');
    }

    static String phone() {
        return "139" + String.format("%08d", RANDOM.nextInt(100_000_000));
    }

    static String masked(String id) {
        return id.substring(0, 4) + "**********" + id.substring(14);
    }

    private static String body(String place, String name, String id, String phone) {
        return "{\"naturalVillageCode\": \"" + place + "\", \"headName\": \"" + name + "\", \"idNumber\": \"" + id
                + "\"" + (phone == null ? "" : ", \"phone\": \"" + phone + "\"")
                + ", \"members\": 4, \"category\": \"ALLEVIATED\"}";
    }

    @Test
    void anImportWithABadCheckDigitInRow37ImportsNothingAndNamesThatCell() throws Exception {
        Http clerk = Http.as("guangming.clerk");
        long before = total(clerk);
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.add(new String[] {i % 2 == 0 ? "光明上组" : UPPER, "测试户主" + i, idNumber(), i % 3 == 0 ? "" : phone(),
                    String.valueOf(1 + i % 6), i % 5 == 0 ? "边缘易致贫户" : "脱贫户"});
        }
        String good37 = rows.get(35)[2];
        rows.get(35)[2] = badCheck(good37); // list index 35 is spreadsheet row 37 (row 1 is the header)

        HttpResponse<String> refused = clerk.send("POST", "/ledger/api/households/import?village=" + VILLAGE, XLSX,
                xlsx(rows));
        assertEquals(422, refused.statusCode(), refused.body());
        JsonObject problem = Http.json(refused);
        assertEquals(0, problem.getInt("imported"), refused.body());
        JsonArray errors = problem.getJsonArray("errors");
        assertEquals(1, errors.size(), refused.body());
        assertEquals(37, errors.getJsonObject(0).getInt("row"));
        assertEquals("身份证号", errors.getJsonObject(0).getString("column"));
        assertTrue(errors.getJsonObject(0).getString("message").contains("校验码"), refused.body());
        assertEquals(before, total(clerk), "a refused import imports nothing");

        // several bad cells at once, each by row and column: a duplicate inside the file, another village's place,
        // an unknown category, members out of range
        rows.get(35)[2] = good37;
        List<String[]> worse = new ArrayList<>(rows.stream().map(String[]::clone).toList());
        worse.get(9)[2] = worse.get(3)[2];
        worse.get(10)[0] = "532922101202001";
        worse.get(11)[5] = "贫困户";
        worse.get(12)[4] = "0";
        HttpResponse<String> many = clerk.send("POST", "/ledger/api/households/import?village=" + VILLAGE,
                "text/csv", csv(worse));
        assertEquals(422, many.statusCode(), many.body());
        List<String> cells = Http.json(many).getJsonArray("errors").stream().map(JsonObject.class::cast)
                .map(e -> e.getInt("row") + ":" + e.getString("column")).toList();
        assertEquals(List.of("11:身份证号", "12:自然村", "13:户类型", "14:家庭人口"), cells, many.body());
        assertEquals(before, total(clerk));

        // the corrected file, as CSV, imports every row, numbered in the village
        HttpResponse<String> done = clerk.send("POST", "/ledger/api/households/import?village=" + VILLAGE, "text/csv",
                csv(rows));
        assertEquals(200, done.statusCode(), done.body());
        assertEquals(40, Http.json(done).getInt("imported"));
        assertTrue(Http.json(done).getJsonArray("householdNumbers").getString(0).startsWith(VILLAGE + "-"));
        assertEquals(before + 40, total(clerk));

        // the same file again: every row is already registered in the county
        HttpResponse<String> again = clerk.send("POST", "/ledger/api/households/import?village=" + VILLAGE, XLSX,
                xlsx(rows));
        assertEquals(422, again.statusCode(), again.body());
        assertEquals(40, Http.json(again).getJsonArray("errors").size());
        assertEquals(before + 40, total(clerk));

        // another village's clerk may not import into 光明村
        assertEquals(403, Http.as("baizhang.clerk").send("POST", "/ledger/api/households/import?village=" + VILLAGE,
                "text/csv", csv(List.<String[]>of(new String[] {UPPER, "某", idNumber(), "", "1", "脱贫户"})))
                .statusCode());
        HttpResponse<byte[]> template = clerk.getBytes("/ledger/api/households/import/template.xlsx?village=" + VILLAGE);
        assertEquals(200, template.statusCode());
        try (XSSFWorkbook w = new XSSFWorkbook(new java.io.ByteArrayInputStream(template.body()))) {
            assertEquals("身份证号", w.getSheet("农户").getRow(0).getCell(2).getStringCellValue());
        }
    }

    @Test
    void aPersonIsInOneHouseholdOfTheCountyAtMost() {
        Http rural = Http.as("yangbi.rural");
        String id = idNumber().substring(0, 17);
        // a number whose check character is X, entered once with X and once with x
        String withX = null;
        for (int seq = 0; seq < 1000 && withX == null; seq++) {
            String first17 = id.substring(0, 14) + String.format("%03d", seq);
            if (check(first17) == 'X') {
                withX = first17 + "X";
            }
        }
        HttpResponse<String> first = rural.send("POST", "/ledger/api/households", "application/json",
                body(UPPER, "李四", withX, "13812345678"));
        assertEquals(201, first.statusCode(), first.body());
        JsonObject created = Http.json(first);
        assertEquals(masked(withX), created.getString("idNumber"));
        assertEquals("138****5678", created.getString("phone"));
        assertEquals("脱贫户", created.getString("categoryName"));

        // the same person in a household of another township of 漾濞
        HttpResponse<String> twice = rural.send("POST", "/ledger/api/households", "application/json",
                body("532922102201001", "李四", withX.toLowerCase(), null));
        assertEquals(422, twice.statusCode(), twice.body());
        assertEquals("idNumber", Http.json(twice).getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(Http.json(twice).getString("detail").contains(created.getString("householdNo")), twice.body());

        // each GB 11643 rule refuses with 422 naming idNumber; a bad phone names phone
        for (String bad : List.of(badCheck(idNumber()), "53292219800230123X", "99292219800101123X", "5329221980")) {
            HttpResponse<String> r = rural.send("POST", "/ledger/api/households", "application/json",
                    body(UPPER, "王五", bad, null));
            assertEquals(422, r.statusCode(), r.body());
            assertEquals("idNumber", Http.json(r).getJsonArray("errors").getJsonObject(0).getString("field"));
        }
        HttpResponse<String> badPhone = rural.send("POST", "/ledger/api/households", "application/json",
                body(UPPER, "王五", idNumber(), "0872-1234567"));
        assertEquals(422, badPhone.statusCode(), badPhone.body());
        assertEquals("phone", Http.json(badPhone).getJsonArray("errors").getJsonObject(0).getString("field"));
        // the county departments and the administrator do not see households at all
        assertEquals(403, Http.as("yangbi.dept").get("/ledger/api/households").statusCode());
        assertEquals(403, Http.as("admin").get("/ledger/api/households/" + created.getJsonNumber("id")).statusCode());
        assertEquals(403, Http.as("weishan.rural").get("/ledger/api/households/" + created.getJsonNumber("id"))
                .statusCode());
    }

    @Test
    void answersAndExportsShowOnlyMaskedNumbersAndTheCategoryHasAHistory() throws Exception {
        Http rural = Http.as("yangbi.rural");
        String id = idNumber();
        String phone = phone();
        JsonObject h = Http.json(rural.send("POST", "/ledger/api/households", "application/json",
                body(UPPER, "赵六", id, phone)));
        long hid = h.getJsonNumber("id").longValue();
        for (HttpResponse<String> r : List.of(rural.get("/ledger/api/households/" + hid),
                rural.get("/ledger/api/households?region=" + UPPER + "&size=200"),
                Http.as("guangming.clerk").get("/ledger/api/households?size=200"))) {
            assertEquals(200, r.statusCode(), r.body());
            assertFalse(r.body().contains(id), r.body());
            assertFalse(r.body().contains(phone), r.body());
            assertTrue(r.body().contains(masked(id)), r.body());
        }
        HttpResponse<byte[]> export = rural.getBytes("/ledger/api/households/export.xlsx?region=" + VILLAGE);
        assertEquals(200, export.statusCode());
        String text = xlsxText(export.body());
        assertTrue(text.contains(masked(id)), "the export lists the household masked");
        assertTrue(text.contains(phone.substring(0, 3) + "****" + phone.substring(7)));
        assertFalse(text.contains(id));
        assertFalse(text.contains(phone));

        String change = "{\"category\": \"MONITORED_SUDDEN\", \"year\": 2026, \"since\": \""
                + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")) + "\", \"reason\": \"因病致困，经研判纳入监测\"}";
        assertEquals(403, Http.as("guangming.clerk").send("PUT", "/ledger/api/households/" + hid + "/category",
                "application/json", change).statusCode());
        HttpResponse<String> changed = rural.send("PUT", "/ledger/api/households/" + hid + "/category",
                "application/json", change);
        assertEquals(200, changed.statusCode(), changed.body());
        JsonObject after = Http.json(changed);
        assertEquals("MONITORED_SUDDEN", after.getString("category"));
        assertEquals(2, after.getJsonArray("categoryHistory").size());
        assertEquals("ALLEVIATED", after.getJsonArray("categoryHistory").getJsonObject(0).getString("category"));
        HttpResponse<String> future = rural.send("PUT", "/ledger/api/households/" + hid + "/category",
                "application/json", change.replace("\"since\": \"", "\"since\": \"2099-01-01\", \"x\": \""));
        assertEquals(422, future.statusCode(), future.body());
        assertEquals("since", Http.json(future).getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void theCountyRuralBureauAloneMayRevealAnIdNumberAndEveryRevealIsRecorded() throws Exception {
        Http rural = Http.as("yangbi.rural");
        String id = idNumber();
        long hid = Http.json(rural.send("POST", "/ledger/api/households", "application/json",
                body(UPPER, "钱七", id, null))).getJsonNumber("id").longValue();
        String reveal = "{\"reason\": \"核对低保名单\"}";
        for (String user : List.of("guangming.clerk", "cangshanxi.reviewer", "yangbi.finance", "yangbi.auditor",
                "dali.bureau", "weishan.rural")) {
            HttpResponse<String> r = Http.as(user).send("POST", "/ledger/api/households/" + hid + "/reveal",
                    "application/json", reveal);
            assertEquals(403, r.statusCode(), user + ": " + r.body());
            assertFalse(r.body().contains(id));
        }
        assertEquals(0, count("SELECT COUNT(*) FROM household_reveal WHERE household_id = ?", hid));
        HttpResponse<String> noReason = rural.send("POST", "/ledger/api/households/" + hid + "/reveal",
                "application/json", "{}");
        assertEquals(400, noReason.statusCode(), noReason.body());

        HttpResponse<String> shown = rural.send("POST", "/ledger/api/households/" + hid + "/reveal",
                "application/json", reveal);
        assertEquals(200, shown.statusCode(), shown.body());
        assertEquals(id, Http.json(shown).getString("idNumber"));
        assertEquals(1, count("SELECT COUNT(*) FROM household_reveal WHERE household_id = ?"
                + " AND revealed_by = 'yangbi.rural' AND actor_role = 'COUNTY_RURAL_BUREAU'", hid));

        HttpResponse<String> record = Http.as("yangbi.auditor").get("/ledger/api/households/" + hid + "/reveals");
        assertEquals(200, record.statusCode(), record.body());
        JsonArray reveals;
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(record.body()))) {
            reveals = reader.readArray();
        }
        assertEquals(1, reveals.size(), record.body());
        JsonObject entry = reveals.getJsonObject(0);
        assertEquals("COUNTY_RURAL_BUREAU", entry.getString("role"));
        assertEquals("核对低保名单", entry.getString("reason"));
        assertTrue(entry.getString("actorName").startsWith("县乡村振兴"), record.body());
        assertEquals(403, Http.as("guangming.clerk").get("/ledger/api/households/" + hid + "/reveals").statusCode());

        // the record and the category history refuse changes by anyone, the owner included
        try (Connection c = owner(); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate(
                    "UPDATE household_reveal SET reason = 'x' WHERE household_id = " + hid));
            assertThrows(SQLException.class, () -> s.executeUpdate(
                    "DELETE FROM household_reveal WHERE household_id = " + hid));
            assertThrows(SQLException.class, () -> s.executeUpdate(
                    "UPDATE household_category SET reason = 'x' WHERE household_id = " + hid));
        }
        // the portal's database user reads nothing of the register
        try (Connection portal = DriverManager.getConnection(url(), env("MARIADB_PORTAL_USER", "sunledger_portal"),
                env("MARIADB_PORTAL_PASSWORD", "sunledger_portal")); Statement s = portal.createStatement()) {
            for (String table : List.of("household", "household_category", "household_reveal", "monitoring_line")) {
                assertThrows(SQLException.class, () -> s.executeQuery("SELECT * FROM " + table).close(), table);
            }
        }
    }

    @Test
    void theCountySetsItsMonitoringLineAndTheVillageReadsIt() {
        String line = "{\"amount\": \"8700.00\"}";
        assertEquals(403, Http.as("guangming.clerk").send("PUT", "/ledger/api/monitoring-lines/532922000000/2025",
                "application/json", line).statusCode());
        assertEquals(403, Http.as("yangbi.rural").send("PUT", "/ledger/api/monitoring-lines/532927000000/2025",
                "application/json", line).statusCode());
        HttpResponse<String> set = Http.as("yangbi.rural").send("PUT", "/ledger/api/monitoring-lines/532922000000/2025",
                "application/json", line);
        assertEquals(200, set.statusCode(), set.body());
        assertEquals("8700.00", Http.json(set).getString("amount"));
        HttpResponse<String> read = Http.as("guangming.clerk").get("/ledger/api/monitoring-lines");
        assertEquals(200, read.statusCode(), read.body());
        assertTrue(read.body().contains("\"year\":2025") && read.body().contains("8700.00"), read.body());
        HttpResponse<String> zero = Http.as("yangbi.rural").send("PUT", "/ledger/api/monitoring-lines/532922000000/2026",
                "application/json", "{\"amount\": \"0.00\"}");
        assertEquals(400, zero.statusCode(), zero.body());
    }

    @Test
    void noTableOfTheDatabaseNorTheServerLogHoldsAnIdNumberOrPhoneInPlainText() throws Exception {
        Http rural = Http.as("yangbi.rural");
        List<String> secrets = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String id = idNumber();
            String phone = phone();
            HttpResponse<String> r = rural.send("POST", "/ledger/api/households", "application/json",
                    body(UPPER, "孙八" + i, id, phone));
            assertEquals(201, r.statusCode(), r.body());
            long hid = Http.json(r).getJsonNumber("id").longValue();
            assertEquals(200, rural.send("POST", "/ledger/api/households/" + hid + "/reveal", "application/json",
                    "{\"reason\": \"核对 " + id + "\"}").statusCode());
            secrets.add(id);
            secrets.add(phone);
        }
        // a refused import carries them too
        rural.send("POST", "/ledger/api/households/import?village=" + VILLAGE, "text/csv",
                csv(List.<String[]>of(new String[] {UPPER, "某", secrets.get(0), secrets.get(1), "1", "脱贫户"})));

        PlaintextSearch.Found found = PlaintextSearch.inDatabase(secrets);
        assertTrue(found.tables() > 40, "every table was read: " + found.tables());
        assertEquals(List.of(), found.cells(), "plaintext personal data in the database");
        assertTrue(count("SELECT COUNT(*) FROM household WHERE id_number_masked = ?", masked(secrets.get(0))) == 1);

        assertEquals(List.of(), PlaintextSearch.inServerLog(secrets),
                "the server log holds a plaintext ID number or phone");
    }

    private static long total(Http clerk) {
        HttpResponse<String> r = clerk.get("/ledger/api/households?region=" + VILLAGE + "&size=1");
        assertEquals(200, r.statusCode(), r.body());
        return Http.json(r).getJsonNumber("total").longValue();
    }

    private static byte[] xlsx(List<String[]> rows) throws IOException {
        try (XSSFWorkbook w = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = w.createSheet("农户");
            Row header = sheet.createRow(0);
            String[] headers = {"自然村", "户主姓名", "身份证号", "联系电话", "家庭人口", "户类型"};
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int i = 0; i < rows.get(r).length; i++) {
                    row.createCell(i).setCellValue(rows.get(r)[i]);
                }
            }
            w.write(out);
            return out.toByteArray();
        }
    }

    private static String csv(List<String[]> rows) {
        StringBuilder b = new StringBuilder("\uFEFF自然村,户主姓名,身份证号,联系电话,家庭人口,户类型\n");
        rows.forEach(r -> b.append(String.join(",", r)).append('\n'));
        return b.toString();
    }

    private static String xlsxText(byte[] file) throws IOException {
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook w = new XSSFWorkbook(new java.io.ByteArrayInputStream(file))) {
            for (Row row : w.getSheetAt(0)) {
                row.forEach(cell -> text.append(cell.toString()).append('\t'));
                text.append('\n');
            }
        }
        return text.toString();
    }

    private static long count(String sql, Object... args) throws SQLException {
        try (Connection c = owner(); PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String url() {
        return "jdbc:mariadb://" + env("MARIADB_HOST", "127.0.0.1") + ":" + env("MARIADB_PORT", "3407") + "/"
                + env("MARIADB_DATABASE", "sunledger_test");
    }

    /** As the schema's owner, which reads every table (the test's own connection, as AssetRegisterIT's). */
    private static Connection owner() throws SQLException {
        return DriverManager.getConnection(url(), env("MARIADB_OWNER_USER", "sunledger_owner"),
                env("MARIADB_OWNER_PASSWORD", "sunledger_owner"));
    }

    private static String env(String name, String otherwise) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? otherwise : v;
    }
}
