package cn.sunledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.BoardPostings;
import cn.sunledger.it.support.Http;
import cn.sunledger.it.support.TestServer;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The fund reports over HTTP as a finance bureau uses them: central 衔接资金 posted through the API to an 产业发展
 * project and a 项目管理费 project of 漾濞, the share against its target (belowTarget flips when the county raises its
 * target), the 项目管理费 warning, and both exports read back (the XLSX with POI, the PDF's text with PDFBox).
 *
 * <p>The documents are of next year (a document dated today may belong to the year after), so no other test's
 * money is in these figures.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FundReportsIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final int YEAR = TODAY.getYear() + 1;
    private static final String YANGBI = "532922000000";
    private static final String REPORTS = "/ledger/api/reports/";
    private static final String QUERY = "?region=" + YANGBI + "&year=" + YEAR;
    private static final String VILLAGE_REGIONS = "[\"532922101201\", \"532922101201001\"]";
    private static Long feeProject;
    private static Long industryProject;

    @Deployment(testable = false)
    static WebArchive probe() {
        return TestServer.probe("fund-reports-probe");
    }

    /** Central money to an 产业发展 project (260,000) and a 项目管理费 project (140,000), provincial to industry. */
    @BeforeAll
    static void postMoney() {
        JsonObject page = Http.json(Http.as("yangbi.finance").get("/ledger/api/projects?region=" + YANGBI
                + "&status=IN_PROGRESS"));
        JsonObject industry = page.getJsonArray("items").getJsonObject(0);
        assertTrue(industry.getString("categoryCode").startsWith("CY-"), industry.toString());
        industryProject = industry.getJsonNumber("id").longValue();
        feeProject = managementFeeProjectInLibrary();
        long central = document("CENTRAL_LINKAGE", "CENTRAL", "1000000.00");
        long provincial = document("PROVINCIAL_LINKAGE", "PROVINCE", "200000.00");
        allocate(central, industryProject, "260000.00");
        allocate(central, feeProject, "140000.00");
        long paid = allocate(provincial, industryProject, "100000.00");
        HttpResponse<String> payment = Http.as("yangbi.finance").send("POST", "/ledger/api/disbursements",
                "application/json", "{\"allocationId\": " + paid + ", \"amount\": \"25000.00\", \"payee\": \"施工单位\","
                        + " \"voucherNo\": \"报表-1\", \"paidOn\": \"" + TODAY + "\"}");
        assertEquals(201, payment.statusCode(), payment.body());
    }

    @Test
    void theIndustryShareIsMeasuredAgainstTheCountysTargetAndFlipsWhenItIsRaised() {
        Http auditor = Http.as("yangbi.auditor");
        JsonObject share = ok(auditor.get(REPORTS + "industry-share" + QUERY));
        assertEquals("400000.00", share.getString("total"));
        assertEquals("260000.00", share.getString("industry"));
        assertEquals("65.00", share.getString("share"), "HALF_UP to two decimals of a percent");
        assertEquals("60.00", share.getString("target"), "the national default");
        assertFalse(share.getBoolean("belowTarget"));
        assertEquals("产业发展", share.getJsonArray("byCategory").getJsonObject(0).getString("categoryName"));
        JsonObject yesterday = ok(auditor.get(REPORTS + "industry-share" + QUERY + "&asOf=" + TODAY.minusDays(1)));
        assertEquals("0.00", yesterday.getString("total"), "nothing was allocated as of yesterday");
        assertFalse(yesterday.containsKey("share") && !yesterday.isNull("share"), "no share without money");

        // the prefecture sets 50%, the county 70%: the county's own target wins
        assertEquals(200, putTargets("dali.bureau", "532900000000", "50", "1", "3").statusCode());
        HttpResponse<String> set = putTargets("yangbi.finance", YANGBI, "70", "1.00", "3.00");
        assertEquals(200, set.statusCode(), set.body());
        assertEquals("70.00", Http.json(set).getString("industryShare"));
        HttpResponse<String> history = auditor.get("/ledger/api/audit/report-target/"
                + Http.json(set).getJsonNumber("id").longValue());
        assertEquals(200, history.statusCode(), history.body());
        assertTrue(history.body().contains("yangbi.finance") && history.body().contains("70"), history.body());
        share = ok(auditor.get(REPORTS + "industry-share" + QUERY));
        assertEquals("70.00", share.getString("target"));
        assertTrue(share.getBoolean("belowTarget"), share.toString());
        assertEquals("漾濞彝族自治县", share.getJsonObject("targets").getString("setForName"));

        // refused, and nothing changes: out of range, three decimals, an auditor, another county's bureau
        HttpResponse<String> tooHigh = putTargets("yangbi.finance", YANGBI, "101", "1", "3");
        assertEquals(400, tooHigh.statusCode(), tooHigh.body());
        assertTrue(tooHigh.body().contains("industryShare"), tooHigh.body());
        HttpResponse<String> decimals = putTargets("yangbi.finance", YANGBI, "65", "1.125", "3");
        assertEquals(400, decimals.statusCode());
        assertTrue(decimals.body().contains("centralFeeCap"), decimals.body());
        assertEquals(403, putTargets("yangbi.auditor", YANGBI, "10", "1", "3").statusCode());
        assertEquals(403, putTargets("binchuan.finance", YANGBI, "10", "1", "3").statusCode());
        assertEquals(400, putTargets("yangbi.finance", "532922101000", "10", "1", "3").statusCode(),
                "targets are set for a county or the prefecture");
        assertEquals("70.00", ok(auditor.get(REPORTS + "targets" + QUERY)).getString("industryShare"));
        assertEquals(400, auditor.get(REPORTS + "industry-share?region=5329&year=" + YEAR).statusCode());
        assertEquals(403, Http.as("binchuan.finance").get(REPORTS + "industry-share" + QUERY).statusCode());
    }

    @Test
    void theManagementFeeAboveItsCapIsFlaggedPerSource() {
        JsonObject fee = ok(Http.as("yangbi.auditor").get(REPORTS + "management-fee" + QUERY));
        assertTrue(fee.getBoolean("aboveCap"));
        JsonObject central = line(fee, "CENTRAL_LINKAGE");
        assertEquals("400000.00", central.getString("base"));
        assertEquals("140000.00", central.getString("fee"));
        assertEquals("35.00", central.getString("rate"));
        assertEquals("1.00", central.getString("cap"));
        assertEquals("4000.00", central.getString("capAmount"));
        assertTrue(central.getBoolean("aboveCap"));
        JsonObject provincial = line(fee, "PROVINCIAL_LINKAGE");
        assertEquals("0.00", provincial.getString("fee"));
        assertEquals("3.00", provincial.getString("cap"));
        assertFalse(provincial.getBoolean("aboveCap"));
    }

    @Test
    void theExecutionReportGroupsBySourceCountyTownshipAndProject() {
        JsonObject r = ok(Http.as("yangbi.auditor").get(REPORTS + "fund-execution" + QUERY));
        assertEquals("漾濞彝族自治县", r.getString("regionName"));
        JsonObject county = r.getJsonArray("byCounty").getJsonObject(0);
        assertEquals("漾濞彝族自治县", county.getString("regionName"));
        assertEquals("500000.00", county.getString("allocated"));
        assertEquals("25000.00", county.getString("disbursed"));
        assertEquals("5.0", county.getString("executionRate"));
        assertEquals("500000.00", r.getJsonObject("total").getString("allocated"));
        assertEquals(1, r.getJsonArray("byTownship").size(), "both projects lie in 苍山西镇");
        assertEquals("532922101000", r.getJsonArray("byTownship").getJsonObject(0).getString("regionCode"));
        assertEquals(2, r.getJsonArray("bySource").size());
        JsonObject projects = ok(Http.as("yangbi.auditor").get(REPORTS + "project-funds" + QUERY));
        assertTrue(projects.getJsonArray("items").getValuesAs(JsonObject.class).stream().anyMatch(l ->
                l.getJsonNumber("projectId").longValue() == industryProject && l.getString("source").equals("CENTRAL_LINKAGE")
                        && l.getString("allocated").equals("260000.00") && !l.getString("planned").equals("0.00")),
                projects.toString());
    }

    @Test
    void bothExportsCarryTheFiguresUnderChineseHeadingsAndFileNames() throws IOException {
        HttpResponse<byte[]> xlsx = Http.as("yangbi.finance").getBytes(REPORTS + "industry-share/export" + QUERY
                + "&format=xlsx");
        assertEquals(200, xlsx.statusCode());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                xlsx.headers().firstValue("Content-Type").orElseThrow());
        String disposition = xlsx.headers().firstValue("Content-Disposition").orElseThrow();
        String name = URLDecoder.decode(disposition.substring(disposition.indexOf("UTF-8''") + 7), StandardCharsets.UTF_8);
        assertTrue(name.startsWith("漾濞彝族自治县" + YEAR + "年中央衔接资金用于产业发展比例") && name.endsWith(".xlsx"), name);
        List<List<String>> rows = cells(xlsx.body());
        assertEquals("中央衔接资金用于产业发展比例", rows.get(0).get(0));
        assertTrue(rows.stream().anyMatch(r -> r.get(0).contains("漾濞彝族自治县") && r.get(0).contains(YEAR + "年")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.size() > 1 && r.get(0).equals("产业发展占比") && r.get(1).equals("65.0")),
                "the share is a number cell: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.size() > 1 && r.get(0).equals("其中用于产业发展")
                && r.get(1).equals("260000.0")), rows.toString());
        assertFalse(rows.toString().contains("CENTRAL_LINKAGE") || rows.toString().contains(YANGBI), "no codes");

        HttpResponse<byte[]> pdf = Http.as("yangbi.finance").getBytes(REPORTS + "management-fee/export" + QUERY
                + "&format=pdf&asOf=" + TODAY);
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertTrue(text.contains("项目管理费控制情况"), text);
            assertTrue(text.contains("漾濞彝族自治县") && text.contains(YEAR + "年") && text.contains("截至：" + TODAY), text);
            assertTrue(text.contains("预警：项目管理费超过规定上限"), text);
            assertTrue(text.contains("中央财政衔接推进乡村振兴补助资金") && text.contains("140,000.00")
                    && text.contains("35.00%") && text.contains("4,000.00"), text);
            assertTrue(text.contains("生成时间"), text);
            assertFalse(text.contains("CENTRAL_LINKAGE"), text);
        }
        assertEquals(400, Http.as("yangbi.finance").get(REPORTS + "fund-execution/export" + QUERY + "&format=doc")
                .statusCode());
        assertEquals(404, Http.as("yangbi.finance").get(REPORTS + "balances/export" + QUERY + "&format=pdf")
                .statusCode());
        HttpResponse<byte[]> execution = Http.as("yangbi.finance").getBytes(REPORTS + "fund-execution/export" + QUERY
                + "&format=pdf");
        assertEquals(200, execution.statusCode());
    }

    private static JsonObject line(JsonObject fee, String source) {
        return fee.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("source").equals(source)).findFirst().orElseThrow();
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response);
    }

    private static HttpResponse<String> putTargets(String user, String region, String share, String central,
            String provincial) {
        return Http.as(user).send("PUT", REPORTS + "targets", "application/json", "{\"regionCode\": \"" + region
                + "\", \"year\": " + YEAR + ", \"industryShare\": \"" + share + "\", \"centralFeeCap\": \"" + central
                + "\", \"provincialFeeCap\": \"" + provincial + "\"}");
    }

    private static long document(String source, String level, String amount) {
        HttpResponse<String> created = Http.as("yangbi.finance").send("POST", "/ledger/api/fund-documents",
                "application/json", "{\"docNumber\": \"报表测〔" + YEAR + "〕" + System.nanoTime() % 100000
                        + "号\", \"source\": \"" + source + "\", \"level\": \"" + level + "\", \"regionCode\": \""
                        + YANGBI + "\", \"year\": " + YEAR + ", \"issuedOn\": \"" + TODAY + "\", \"amount\": \""
                        + amount + "\", \"purpose\": \"报表测试资金\"}");
        assertEquals(201, created.statusCode(), created.body());
        return Http.json(created).getJsonNumber("id").longValue();
    }

    private static long allocate(long document, long project, String amount) {
        HttpResponse<String> a = Http.as("yangbi.finance").send("POST", "/ledger/api/allocations", "application/json",
                "{\"fundDocumentId\": " + document + ", \"projectId\": " + project + ", \"amount\": \"" + amount
                        + "\", \"allocatedOn\": \"" + TODAY + "\"}");
        assertEquals(201, a.statusCode(), a.body());
        return Http.json(a).getJsonNumber("id").longValue();
    }

    /**
     * A 项目管理费 project of 光明村 taken into the library as the approval chain does it (the demo has none): as an
     * emergency, so the village and township notices follow afterwards (补公示).
     */
    private static long managementFeeProjectInLibrary() {
        String body = ProjectWorkflowIT.EXAMPLE.replace("\"CY-SC\"", "\"GL\"")
                .replace("某村高原特色蔬菜种植基地建设项目", "光明村项目管理费（报表测试）")
                .replace("\"emergency\": false", "\"emergency\": true");
        HttpResponse<String> created = Http.as("guangming.clerk").send("POST", "/ledger/api/projects",
                "application/json", body);
        assertEquals(201, created.statusCode(), created.body());
        long id = Http.json(created).getJsonNumber("id").longValue();
        step("guangming.clerk", id, "submit", "{\"decisionRef\": \"应急决议〔" + YEAR + "〕9号\", \"decidedOn\": \""
                + TODAY.minusDays(3) + "\"}");
        step("guangming.clerk", id, "declare", "{}");
        step("cangshanxi.reviewer", id, "township-approve", "{}");
        step("yangbi.dept", id, "department-approve", "{}");
        HttpResponse<String> draft = Http.as("yangbi.rural").send("POST", "/ledger/api/notices", "application/json",
                "{\"type\": \"PROJECT_DECLARATION\", \"subjectId\": \"" + id + "\", \"regionCodes\": " + VILLAGE_REGIONS
                        + ", \"periodStart\": \"" + TODAY.minusDays(3) + "\", \"periodEnd\": \"" + TODAY.plusDays(7)
                        + "\"}");
        assertEquals(201, draft.statusCode(), draft.body());
        long notice = Http.json(draft).getJsonNumber("id").longValue();
        HttpResponse<String> published = Http.as("yangbi.rural").sendNoBody("POST", "/ledger/api/notices/" + notice
                + "/publish");
        assertEquals(200, published.statusCode(), published.body());
        BoardPostings.recordWithPhoto("guangming.clerk", notice, "532922101201", TODAY.minusDays(3));
        step("yangbi.rural", id, "county-approve", "{}");
        step("dali.bureau", id, "prefecture-approve", "{}");
        return id;
    }

    private static void step(String user, long id, String action, String body) {
        HttpResponse<String> r = Http.as(user).send("POST", "/ledger/api/projects/" + id + "/actions/" + action,
                "application/json", body);
        assertEquals(200, r.statusCode(), action + ": " + r.body());
    }

    /** Every row of the first sheet as the text of its cells (numbers as Java prints a double). */
    private static List<List<String>> cells(byte[] xlsx) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    cells.add(cell.getCellType() == CellType.NUMERIC ? Double.toString(cell.getNumericCellValue())
                            : cell.getStringCellValue());
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
