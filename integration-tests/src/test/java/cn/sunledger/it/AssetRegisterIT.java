package cn.sunledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.Http;
import cn.sunledger.it.support.TestDatabase;
import cn.sunledger.it.support.TestServer;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The asset registers through the API (issue 11 item 4). A 古城村 project of the test year 2041 is walked to
 * acceptance with a payment, and three assets are formed from it; the XLSX export opens with POI and its 合计 row
 * equals a SQL sum over the database for the same filter; the PDF shows the county, the day and the totals; an asset
 * whose events are dated in the past (written as the owner, as the in-container tests do) is in the register as of a
 * day before its disposal, with the status of that day, and not after; the 移交书 PDF names both parties and the
 * asset; bad parameters are a 400 naming them and a region outside the caller's scope a 403.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssetRegisterIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final int YEAR = 2041;
    /**
     * A fund document's year lies within a year of its issue: last year's, which no other test of 宾川 sums (the
     * fund report tests use this year's and next year's).
     */
    private static final int FUND_YEAR = TODAY.getYear() - 1;
    private static final String COUNTY = "532924000000";
    private static final String PLACE = "532924102201001";
    private static final String EXPORT = "/ledger/api/assets/export";

    private static Fixture fixture;

    @Deployment(testable = false)
    static WebArchive probe() {
        return TestServer.probe("asset-register-probe");
    }

    /** The project and its assets: formed once, shared by the tests (each reads them through its own filters). */
    record Fixture(long project, List<String> operatingCodes, String welfareCode, long handedOver, long handover,
            String pastCode) {
    }

    @Test
    void theXlsxOpensWithPoiAndItsTotalsRowEqualsTheDatabaseSumForTheSameFilter() throws Exception {
        Fixture f = fixture();
        HttpResponse<byte[]> r = Http.as("binchuan.rural").getBytes(EXPORT + "?format=xlsx&region=" + COUNTY
                + "&class=OPERATING");
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                r.headers().firstValue("Content-Type").orElseThrow());
        String name = URLDecoder.decode(r.headers().firstValue("Content-Disposition").orElseThrow()
                .replaceAll(".*filename\\*=UTF-8''", ""), StandardCharsets.UTF_8);
        assertEquals("宾川县扶贫项目资产台账（截至" + TODAY + "）.xlsx", name);
        Detail county = detail(r.body());
        Object[] sum = sql("SELECT COUNT(*), COALESCE(SUM(original_value), 0) FROM asset WHERE natural_village_code"
                + " LIKE '532924%' AND asset_class = 'OPERATING' AND formed_on <= ?"
                + " AND NOT (stage = 'DISPOSED' AND last_event_on <= ?)", TODAY, TODAY);
        assertEquals(((Number) sum[0]).longValue(), county.codes.size(), "one row per asset");
        assertEquals(((Number) sum[0]).longValue() + " 项", county.totalsLabel);
        assertEquals(0, ((BigDecimal) sum[1]).compareTo(county.total), county.total + " = " + sum[1]);
        assertTrue(county.codes.containsAll(f.operatingCodes()), "the test's operating assets are listed");
        assertFalse(county.codes.contains(f.welfareCode()), "the class filter leaves out a 公益性 asset");
        assertEquals("资产编号", county.header.get(0));
        assertTrue(county.header.containsAll(List.of("资产名称", "资产类别", "坐落位置", "产权主体", "运营主体",
                "资产状态", "原值（元）", "形成日期", "来源项目", "资金来源")), county.header.toString());

        // the same for one source project: exactly the test's assets
        Detail mine = detail(Http.as("binchuan.finance").getBytes(EXPORT + "?format=xlsx&region=" + COUNTY
                + "&project=" + f.project()).body());
        Object[] ofProject = sql("SELECT COUNT(*), SUM(a.original_value) FROM asset a WHERE EXISTS (SELECT 1"
                + " FROM asset_source s WHERE s.asset_id = a.id AND s.project_id = ?) AND a.formed_on <= ?"
                + " AND NOT (a.stage = 'DISPOSED' AND a.last_event_on <= ?)", f.project(), TODAY, TODAY);
        assertEquals(3L, ((Number) ofProject[0]).longValue());
        assertEquals(0, ((BigDecimal) ofProject[1]).compareTo(mine.total));
        assertEquals(new BigDecimal("180000.00"), mine.total.setScale(2));
        assertTrue(mine.rowOf(f.welfareCode()).contains("公益性") && mine.rowOf(f.welfareCode()).contains("道路"));
        assertTrue(mine.rowOf(f.operatingCodes().get(0)).contains("中央财政衔接推进乡村振兴补助资金"),
                "fund sources by name: " + mine.rowOf(f.operatingCodes().get(0)));
        assertTrue(mine.rowOf(f.operatingCodes().get(0)).stream().anyMatch(c -> c.contains("古城村")),
                "the place by its names");
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(Http.as("binchuan.finance").getBytes(EXPORT
                + "?format=xlsx&region=" + COUNTY + "&project=" + f.project()).body()))) {
            assertTrue(wb.getSheet("总账") != null, "the 总账 sheet");
        }
    }

    @Test
    void thePdfIsLandscapeAndShowsTheCountyTheDayAndTheTotals() throws Exception {
        Fixture f = fixture();
        HttpResponse<byte[]> r = Http.as("zhoucheng.reviewer").getBytes(EXPORT + "?format=pdf&region=532924102000"
                + "&project=" + f.project());
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElseThrow());
        try (PDDocument doc = Loader.loadPDF(r.body())) {
            String text = new PDFTextStripper().getText(doc);
            String squeezed = text.replaceAll("\\s+", "");
            assertTrue(squeezed.contains("宾川县"), "the county's name: " + text);
            assertTrue(squeezed.contains("州城镇扶贫项目资产台账") && squeezed.contains("截至" + TODAY), text);
            assertTrue(squeezed.contains("合计3项") && squeezed.contains("180,000.00"), "the totals: " + text);
            assertTrue(squeezed.contains("第1页/共" + doc.getNumberOfPages() + "页"), "page numbers: " + text);
            assertTrue(squeezed.contains(f.operatingCodes().get(0)) && squeezed.contains("按资产类别"), text);
            var box = doc.getPage(0).getMediaBox();
            assertTrue(box.getWidth() > box.getHeight() != (doc.getPage(0).getRotation() % 180 != 0), "landscape");
        }
    }

    @Test
    void anAssetDisposedAfterADayIsInTheRegisterAsOfThatDayWithItsStatusThenAndNotAfterItsDisposal()
            throws Exception {
        Fixture f = fixture();
        String query = EXPORT + "?format=xlsx&region=532924102201&project=" + f.project() + "&asOf=";
        assertFalse(detail(bytes(query + TODAY.minusDays(31))).codes.contains(f.pastCode()), "not formed yet");
        Detail operating = detail(bytes(query + TODAY.minusDays(20)));
        List<String> then = operating.rowOf(f.pastCode());
        assertTrue(then.containsAll(List.of("正常运营", "甲农业公司", "古城村股份经济合作社", "已移交")), then.toString());
        assertEquals(List.of(f.pastCode()), operating.codes, "the API's assets were formed today");
        List<String> idle = detail(bytes(query + TODAY.minusDays(6))).rowOf(f.pastCode());
        assertTrue(idle.contains("闲置") && idle.contains("乙农业公司"), "status and operator of that day: " + idle);
        assertFalse(detail(bytes(query + TODAY.minusDays(5))).codes.contains(f.pastCode()), "disposed that day");
        assertFalse(detail(bytes(query + TODAY)).codes.contains(f.pastCode()));
        assertTrue(detail(bytes(query + TODAY + "&status=DISPOSED")).codes.contains(f.pastCode()),
                "已处置 asks for the disposed ones");

        JsonObject summary = Http.json(Http.as("binchuan.rural").get("/ledger/api/assets/registers/summary?region="
                + COUNTY + "&project=" + f.project() + "&asOf=" + TODAY.minusDays(6)));
        assertEquals(1, summary.getInt("count"), summary.toString());
        assertEquals("25000.00", summary.getString("originalValue"));
        assertEquals(1, line(summary, "byStatus", "IDLE").getInt("count"));
        assertEquals("闲置", line(summary, "byStatus", "IDLE").getString("name"));

        JsonObject year = Http.json(Http.as("binchuan.rural").get("/ledger/api/assets/registers/year?region="
                + COUNTY + "&project=" + f.project() + "&year=" + TODAY.getYear()));
        boolean pastThisYear = TODAY.minusDays(30).getYear() == TODAY.getYear();
        assertEquals(pastThisYear ? 0 : 1, year.getJsonObject("opening").getInt("count"), year.toString());
        assertEquals(LocalDate.of(TODAY.getYear() - 1, 12, 31).toString(),
                year.getJsonObject("opening").getString("asOf"));
        assertEquals(3, year.getJsonObject("closing").getInt("count"), "closing today: the disposed one is gone");
        assertEquals("180000.00", year.getJsonObject("closing").getString("originalValue"));
        assertEquals(TODAY.toString(), year.getJsonObject("closing").getString("asOf"));
    }

    @Test
    void theHandoverPdfNamesBothPartiesTheAssetAndTheReceiptsDate() throws Exception {
        Fixture f = fixture();
        String path = "/ledger/api/assets/" + f.handedOver() + "/handovers/" + f.handover() + "/pdf";
        HttpResponse<byte[]> r = Http.as("gucheng.clerk").getBytes(path);
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElseThrow());
        String text;
        try (PDDocument doc = Loader.loadPDF(r.body())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
        String day = TODAY.getYear() + "年" + TODAY.getMonthValue() + "月" + TODAY.getDayOfMonth() + "日";
        for (String shown : List.of("扶贫项目资产移交书", "宾川县", "州城镇人民政府", "古城村股份经济合作社",
                f.operatingCodes().get(0), "古城村登记测试大棚", "100,000.00", "宾农验〔2041〕8号", "大棚主体及滴灌设备",
                "验收报告、竣工图纸", "移交方（盖章）", "接收方（盖章）", "确认日期：" + day, "资产已清点接收")) {
            assertTrue(text.contains(shown), shown + " in " + text);
        }
        // people by their display name and role, as the history keeps them (the demo's names carry the username)
        for (String[] who : new String[][] {{"binchuan.rural", "经办人："}, {"gucheng.clerk", "确认人："}}) {
            String name = Http.json(Http.as(who[0]).get("/ledger/api/me")).getString("displayName");
            assertTrue(text.contains(who[1] + name.replaceAll("\\s+", "")), who[1] + name + " in " + text);
        }
        assertEquals(404, Http.as("gucheng.clerk").get("/ledger/api/assets/" + f.handedOver() + "/handovers/"
                + (f.handover() + 100000) + "/pdf").statusCode());
        assertEquals(403, Http.as("yangbi.rural").get(path).statusCode(), "another county's staff");
    }

    @Test
    void badParametersAreA400NamingThemAndARegionOutsideTheCallersScopeA403() throws Exception {
        Http rural = Http.as("binchuan.rural");
        for (Map.Entry<String, String> bad : Map.of("format=docx", "format", "format=xlsx&asOf=2041-13-01", "asOf",
                "format=xlsx&asOf=" + TODAY.plusDays(1), "asOf", "format=pdf&region=53292", "region",
                "format=xlsx&class=HOUSE", "class", "format=xlsx&status=GONE", "status", "format=xlsx&project=x1",
                "project", "format=xlsx&source=GOLD", "source").entrySet()) {
            HttpResponse<String> r = rural.get(EXPORT + "?" + bad.getKey());
            assertEquals(400, r.statusCode(), bad.getKey() + ": " + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertEquals(bad.getValue(), Http.json(r).getJsonArray("errors").getJsonObject(0).getString("field"),
                    bad.getKey());
        }
        assertEquals(400, rural.get(EXPORT).statusCode(), "no format");
        HttpResponse<String> year = rural.get("/ledger/api/assets/registers/year?year=" + (TODAY.getYear() + 1));
        assertEquals("year", Http.json(year).getJsonArray("errors").getJsonObject(0).getString("field"));
        HttpResponse<String> outside = Http.as("yangbi.rural").get(EXPORT + "?format=xlsx&region=" + COUNTY);
        assertEquals(403, outside.statusCode(), outside.body());
        assertEquals(403, Http.as("gucheng.clerk").get("/ledger/api/assets/registers/summary?region=532924102000")
                .statusCode(), "a village clerk sees its village, not the township");
        assertEquals(401, Http.anonymous().get(EXPORT + "?format=xlsx").statusCode());
    }

    // --- the fixture ------------------------------------------------------------------------------------------

    private static synchronized Fixture fixture() throws SQLException {
        if (fixture == null) {
            fixture = build();
        }
        return fixture;
    }

    private static Fixture build() throws SQLException {
        long project = GuchengAcceptedProject.walk(YEAR, "古城村资产台账测试项目 " + System.nanoTime(), FUND_YEAR,
                "500000.00", "300000.00", "250000.00", "台账");
        String a1 = form(project, "古城村登记测试大棚", "OPERATING", "产业基地", "100000.00");
        String a2 = form(project, "古城村登记测试冷库", "OPERATING", "冷链", "50000.00");
        String w = form(project, "古城村登记测试道路", "PUBLIC_WELFARE", "道路", "30000.00");
        long id = id(a1);
        Http rural = Http.as("binchuan.rural");
        HttpResponse<String> owned = rural.send("PUT", "/ledger/api/assets/" + id + "/ownership", "application/json",
                "{\"supervisingDepartment\": \"宾川县农业农村局\", \"confirmedOn\": \"" + TODAY + "\"}");
        assertEquals(200, owned.statusCode(), owned.body());
        HttpResponse<String> signed = rural.send("POST", "/ledger/api/assets/" + id + "/handovers", "application/json",
                "{\"fromUnit\": \"州城镇人民政府\", \"assetList\": \"大棚主体及滴灌设备\", \"acceptanceReportRef\":"
                        + " \"宾农验〔2041〕8号\", \"archiveList\": \"验收报告、竣工图纸\", \"handedOverOn\": \"" + TODAY
                        + "\", \"bookedOn\": \"" + TODAY + "\"}");
        assertEquals(201, signed.statusCode(), signed.body());
        long handover = Http.json(signed).getJsonArray("handovers").getJsonObject(0).getJsonNumber("id").longValue();
        HttpResponse<String> received = Http.as("gucheng.clerk").send("POST", "/ledger/api/assets/" + id
                + "/handovers/" + handover + "/confirmation", "application/json",
                "{\"opinion\": \"资产已清点接收\", \"confirmedOn\": \"" + TODAY + "\"}");
        assertEquals(200, received.statusCode(), received.body());
        return new Fixture(project, List.of(a1, a2), w, id, handover, pastAsset(project));
    }

    private static String form(long project, String name, String assetClass, String subType, String value) {
        HttpResponse<String> r = Http.as("binchuan.rural").send("POST", "/ledger/api/assets", "application/json",
                "{\"name\": \"" + name + "\", \"assetClass\": \"" + assetClass + "\", \"subType\": \"" + subType
                        + "\", \"sourceProjects\": [{\"projectId\": " + project + ", \"share\": \"1\"}],"
                        + " \"originalValue\": \"" + value + "\", \"quantity\": \"1\", \"unit\": \"处\","
                        + " \"naturalVillageCode\": \"" + PLACE + "\", \"formedOn\": \"" + TODAY + "\"}");
        assertEquals(201, r.statusCode(), r.body());
        return Http.json(r).getString("code");
    }

    private static long id(String code) throws SQLException {
        return ((Number) sql("SELECT id FROM asset WHERE code = ?", code)[0]).longValue();
    }

    /**
     * An asset of the project whose life lies in the past, written as the owner with its events: formed 30 days ago,
     * 确权 28, handed over 25, operated by 甲农业公司 from 24, by 乙农业公司 from 15, idle from 10, disposed 5 days ago.
     */
    private static String pastAsset(long project) throws SQLException {
        String code = "WIT-REG-" + System.nanoTime() % 1000000000L;
        try (Connection c = TestDatabase.owner()) {
            long id;
            try (PreparedStatement p = c.prepareStatement("INSERT INTO asset (code, name, public_name, asset_class,"
                    + " category_code, natural_village_code, county_code, formed_on, original_value, value_entered,"
                    + " stage, status, owner_level, supervising_department, operation_mode, operator, public_operator,"
                    + " last_event_on, created_by, created_at) VALUES (?, '古城村台账往期资产', '古城村台账往期资产',"
                    + " 'OPERATING', 'OP-BASE', ?, ?, ?, 25000.00, TRUE, 'DISPOSED', 'DISPOSED', 'VILLAGE',"
                    + " '宾川县农业农村局', 'LEASE', '乙农业公司', '乙农业公司', ?, 'it', NOW(3))",
                    Statement.RETURN_GENERATED_KEYS)) {
                p.setString(1, code);
                p.setString(2, PLACE);
                p.setString(3, COUNTY);
                p.setDate(4, Date.valueOf(TODAY.minusDays(30)));
                p.setDate(5, Date.valueOf(TODAY.minusDays(5)));
                p.executeUpdate();
                try (ResultSet keys = p.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            update(c, "INSERT INTO asset_source (asset_id, project_id, share) VALUES (?, ?, 1)", id, project);
            update(c, "INSERT INTO asset_value (asset_id, project_id, source, amount) VALUES (?, ?, 'CENTRAL_LINKAGE',"
                    + " 25000.00)", id, project);
            update(c, "INSERT INTO asset_owner (asset_id, seq, entity_name, public_entity_name, region_code,"
                    + " share) VALUES (?, 0, '古城村股份经济合作社', '古城村股份经济合作社', '532924102201', 1)", id);
            String[][] events = {
                {"30", "REGISTERED", "{\"code\":\"" + code + "\"}"},
                {"28", "OWNERSHIP_CONFIRMED", "{\"owner.0\":\"古城村股份经济合作社 1\",\"ownerLevel\":\"VILLAGE\"}"},
                {"25", "HANDOVER_SIGNED", "{\"handoverId\":\"0\"}"},
                {"25", "HANDOVER_CONFIRMED", "{\"handoverId\":\"0\"}"},
                {"24", "OPERATION_SET", "{\"mode\":\"LEASE\",\"operator\":\"甲农业公司\"}"},
                {"15", "OPERATION_SET", "{\"mode\":\"LEASE\",\"operator\":\"乙农业公司\"}"},
                {"10", "STATUS_SET", "{\"status\":\"IDLE\"}"},
                {"9", "DISPOSAL_PROPOSED", "{\"method\":\"AUCTION\"}"},
                {"5", "DISPOSAL_COMPLETED", "{\"disposalStatus\":\"COMPLETED\"}"}};
            int seq = 0;
            for (String[] e : events) {
                update(c, "INSERT INTO asset_event (asset_id, seq, kind, event_date, actor, actor_name, actor_role,"
                        + " details, recorded_at) VALUES (?, ?, ?, ?, 'it', '测试', 'COUNTY_RURAL_BUREAU', ?, NOW(3))",
                        id, ++seq, e[1], Date.valueOf(TODAY.minusDays(Long.parseLong(e[0]))), e[2]);
            }
        }
        return code;
    }

    // --- reading the exports and the database -----------------------------------------------------------------

    /** The 明细台账 sheet: its header, each asset row's cells by code, the 合计 row's label and 原值. */
    private record Detail(List<String> header, List<String> codes, Map<String, List<String>> rows,
            String totalsLabel, BigDecimal total) {

        List<String> rowOf(String code) {
            assertTrue(rows.containsKey(code), code + " in " + codes);
            return rows.get(code);
        }
    }

    private static Detail detail(byte[] xlsx) throws IOException {
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheet("明细台账");
            assertTrue(sheet != null, "the sheet 明细台账");
            List<String> header = null;
            List<String> codes = new ArrayList<>();
            Map<String, List<String>> rows = new java.util.LinkedHashMap<>();
            int valueColumn = -1;
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    Cell cell = row.getCell(i);
                    cells.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                            ? BigDecimal.valueOf(cell.getNumericCellValue()).toPlainString() : cell.getStringCellValue());
                }
                if (header == null) {
                    if (!cells.isEmpty() && cells.get(0).equals("资产编号")) {
                        header = cells;
                        valueColumn = header.indexOf("原值（元）");
                    }
                } else if (cells.get(0).equals("合计")) {
                    return new Detail(header, codes, rows, cells.get(1), new BigDecimal(cells.get(valueColumn)));
                } else {
                    codes.add(cells.get(0));
                    rows.put(cells.get(0), cells);
                }
            }
            throw new AssertionError("no 合计 row");
        }
    }

    private static byte[] bytes(String path) {
        HttpResponse<byte[]> r = Http.as("gucheng.clerk").getBytes(path);
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        return r.body();
    }

    private static JsonObject line(JsonObject totals, String group, String key) {
        return totals.getJsonArray(group).getValuesAs(JsonObject.class).stream()
                .filter(l -> !l.isNull("key") && l.getString("key").equals(key)).findFirst().orElseThrow();
    }

    /**
     * The test database as the migrations' owner, from the environment {@code ./sunledger test} gives Maven (the
     * same the server's datasources are configured from).
     */
    private static Object[] sql(String query, Object... args) throws SQLException {
        try (Connection c = TestDatabase.owner(); PreparedStatement p = c.prepareStatement(query)) {
            bind(p, args);
            try (ResultSet rs = p.executeQuery()) {
                assertTrue(rs.next());
                Object[] row = new Object[rs.getMetaData().getColumnCount()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                return row;
            }
        }
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            bind(p, args);
            p.executeUpdate();
        }
    }

    private static void bind(PreparedStatement p, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            p.setObject(i + 1, args[i] instanceof LocalDate d ? Date.valueOf(d) : args[i]);
        }
    }
}
