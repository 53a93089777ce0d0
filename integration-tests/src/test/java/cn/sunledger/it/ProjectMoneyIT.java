package cn.sunledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.Http;
import cn.sunledger.it.support.PortalHttp;
import cn.sunledger.it.support.StaffSession;
import cn.sunledger.it.support.TestServer;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Projects use real money: what the journal posts for a library project shows, net of reversals, on the portal's
 * pages of its natural villages and village (planned, allocated, disbursed) and on the staff project page (the
 * figures by source and the entries), and a project with allocations cannot be rolled over (结转). The demo ledger
 * exists in both demo counties and its chains verify.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProjectMoneyIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final String NATURAL_VILLAGE = "/portal/regions/532924102201001";
    private static final String VILLAGE = "/portal/regions/532924102201";

    @Deployment(testable = false)
    static WebArchive probe() {
        return TestServer.probe("project-money-probe");
    }

    @Test
    void aPostingShowsOnThePortalAndTheProjectPageAndStopsARollOver() {
        String name = "古城村资金公开测试项目 " + System.nanoTime();
        long id = ProjectLibraryDynamicsIT.intoLibrary(ProjectLibraryDynamicsIT.record(2038, name));
        assertTrue(item(NATURAL_VILLAGE, id).contains("已分配 <span class=\"allocated\">0.00</span> 元"),
                "nothing allocated yet: " + item(NATURAL_VILLAGE, id));

        Http finance = Http.as("binchuan.finance");
        HttpResponse<String> doc = finance.send("POST", "/ledger/api/fund-documents", "application/json",
                "{\"docNumber\": \"宾财农〔" + TODAY.getYear() + "〕公开" + System.nanoTime() % 1000000 + "号\","
                        + " \"source\": \"CENTRAL_LINKAGE\", \"level\": \"CENTRAL\", \"regionCode\": \"532924000000\","
                        + " \"year\": " + TODAY.getYear() + ", \"issuedOn\": \"" + TODAY.minusDays(6) + "\","
                        + " \"amount\": \"500000.00\", \"purpose\": \"衔接资金\"}");
        assertEquals(201, doc.statusCode(), doc.body());
        HttpResponse<String> allocated = finance.send("POST", "/ledger/api/allocations", "application/json",
                "{\"fundDocumentId\": " + Http.json(doc).getJsonNumber("id") + ", \"projectId\": " + id
                        + ", \"amount\": \"300000.00\", \"allocatedOn\": \"" + TODAY.minusDays(5) + "\"}");
        assertEquals(201, allocated.statusCode(), allocated.body());
        long allocation = Http.json(allocated).getJsonNumber("id").longValue();
        String paid = pay(finance, allocation, "120000.00", "记-公开1");
        String wrong = pay(finance, allocation, "5000.00", "记-公开2");
        HttpResponse<String> reversal = finance.send("POST", "/ledger/api/journal/" + wrong + "/reversal",
                "application/json", "{\"reason\": \"收款单位录错\"}");
        assertEquals(201, reversal.statusCode(), reversal.body());

        // the portal: sums only, net of the reversal, on the natural village's page and the village's
        for (String page : List.of(NATURAL_VILLAGE, VILLAGE)) {
            String item = item(page, id);
            assertTrue(item.contains("计划总投资 1,000,000.00 元"), item);
            assertTrue(item.contains("已分配 <span class=\"allocated\">300,000.00</span> 元"), item);
            assertTrue(item.contains("已拨付 <span class=\"disbursed\">120,000.00</span> 元"), item);
            assertTrue(!item.contains("苍山") && !item.contains("记-公开"), "no payee or voucher: " + item);
        }

        // the API: GET /projects/{id} carries the money by source, net of the reversal, and no acceptance yet
        JsonObject api = Http.json(Http.as("binchuan.rural").get("/ledger/api/projects/" + id));
        assertFalse(api.containsKey("acceptance") && !api.isNull("acceptance"), "not accepted: " + api);
        JsonObject funds = api.getJsonObject("funds");
        JsonObject central = funds.getJsonArray("bySource").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("source").equals("CENTRAL_LINKAGE")).findFirst().orElseThrow();
        assertEquals(List.of("300000.00", "120000.00", "中央财政衔接推进乡村振兴补助资金"),
                List.of(central.getString("allocated"), central.getString("disbursed"), central.getString("sourceName")));
        assertEquals(List.of("1000000.00", "300000.00", "120000.00"), List.of(funds.getJsonObject("total")
                .getString("planned"), funds.getJsonObject("total").getString("allocated"),
                funds.getJsonObject("total").getString("disbursed")));
        assertEquals(api.getString("totalInvestment"), funds.getJsonObject("total").getString("planned"),
                "planned is the project's plan");

        // the staff page: planned / allocated / disbursed by source, and the project's entries with their labels
        HttpResponse<String> staffPage = StaffSession.signIn("binchuan.rural").get("/ledger/project.xhtml?id=" + id);
        assertEquals(200, staffPage.statusCode());
        String html = staffPage.body();
        for (String shown : List.of(Http.json(allocated).getString("entryNo"), paid, wrong,
                Http.json(reversal).getString("entryNo"), "资金分配", "资金拨付", "红字冲销", "300,000.00", "120,000.00",
                "800,000.00", "中央财政衔接推进乡村振兴补助资金")) {
            assertTrue(html.contains(shown), shown + " on the project page");
        }

        // 结转 is only for projects with nothing allocated
        HttpResponse<String> rollOver = Http.as("binchuan.rural").send("POST", "/ledger/api/projects/" + id
                + "/actions/roll-over", "application/json", "{\"opinion\": \"当年无法实施\"}");
        assertEquals(422, rollOver.statusCode(), rollOver.body());
        assertTrue(Http.json(rollOver).getString("detail").contains("300000.00"), rollOver.body());
        assertEquals(2038, Http.json(Http.as("binchuan.rural").get("/ledger/api/projects/" + id)).getInt("year"));
    }

    @Test
    void theDemoLedgerHasDocumentsAllocationsPaymentsAndAReversalInBothCountiesAndItsChainsVerify() {
        for (String county : List.of("532922000000", "532924000000")) {
            List<JsonObject> entries = new ArrayList<>();
            for (int year : List.of(TODAY.minusDays(90).getYear(), TODAY.getYear())) {
                entries.addAll(Http.json(Http.as(county.equals("532922000000") ? "yangbi.auditor" : "binchuan.finance")
                        .get("/ledger/api/journal?region=" + county + "&year=" + year)).getJsonArray("items")
                        .getValuesAs(JsonObject.class));
                if (year == TODAY.getYear()) {
                    break;
                }
            }
            List<String> demoDocuments = entries.stream().filter(e -> e.getString("kind").equals("DOCUMENT"))
                    .map(e -> e.getJsonObject("particulars").getString("docNumber"))
                    .filter(n -> n.contains("演示")).toList();
            assertEquals(2, demoDocuments.size(), county + ": " + demoDocuments);
            assertTrue(entries.stream().anyMatch(e -> e.getString("kind").equals("ALLOCATION")), county);
            assertTrue(entries.stream().anyMatch(e -> e.getString("kind").equals("DISBURSEMENT")
                    && e.getJsonObject("particulars").getString("voucherNo").startsWith("记-演示")), county);
            for (JsonObject e : entries) {
                assertTrue(!LocalDate.parse(e.getString("entryDate")).isAfter(TODAY), "not in the future: " + e);
            }
            JsonObject chain = Http.json(Http.as(county.equals("532922000000") ? "yangbi.auditor" : "binchuan.finance")
                    .get("/ledger/api/journal/verify?region=" + county));
            assertTrue(chain.getBoolean("intact"), chain.toString());
        }
        List<JsonObject> yangbi = Http.json(Http.as("yangbi.auditor").get("/ledger/api/journal?region=532922000000&year="
                + TODAY.getYear())).getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(yangbi.stream().anyMatch(e -> e.getString("kind").equals("REVERSAL")
                && e.getString("memo", "").contains("演示")), "漾濞's demo ledger has its reversal");
    }

    @Test
    void anAcceptedProjectsApiAnswerCarriesItsAcceptanceAndEachIndicatorsActual() {
        // the demo's accepted project (other tests accept projects in 漾濞 too, in an order of their own)
        JsonObject project = Http.json(Http.as("yangbi.rural").get("/ledger/api/projects?region=532922000000"
                + "&status=ACCEPTED&size=100")).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> Http.json(Http.as("yangbi.rural").get("/ledger/api/projects/" + i.getJsonNumber("id"))))
                .filter(p -> p.get("acceptance") instanceof JsonObject a && a.getString("reportRef").contains("演示"))
                .findFirst().orElseThrow(() -> new AssertionError("no accepted demo project in 漾濞"));
        JsonObject listed = project;
        JsonObject acceptance = project.getJsonObject("acceptance");
        assertTrue(acceptance.getString("reportRef").contains("验收"), acceptance.toString());
        List<JsonObject> actuals = acceptance.getJsonArray("indicators").getValuesAs(JsonObject.class);
        List<JsonObject> indicators = project.getJsonArray("indicators").getValuesAs(JsonObject.class);
        assertEquals(indicators.size(), actuals.size(), "every indicator has its actual");
        for (int i = 0; i < actuals.size(); i++) {
            assertEquals(indicators.get(i).getString("name"), actuals.get(i).getString("name"));
            assertEquals(indicators.get(i).getString("target"), actuals.get(i).getString("target"));
            assertFalse(actuals.get(i).getString("actual").isBlank(), actuals.get(i).toString());
        }
        JsonObject total = project.getJsonObject("funds").getJsonObject("total");
        assertEquals(project.getString("totalInvestment"), total.getString("planned"));
        assertTrue(new java.math.BigDecimal(total.getString("disbursed")).signum() > 0,
                "the demo paid its accepted projects: " + total);
        // another county's bureau sees neither the project nor its money
        int other = Http.as("binchuan.rural").get("/ledger/api/projects/" + listed.getJsonNumber("id")).statusCode();
        assertTrue(other == 403 || other == 404, "another county's project: " + other);
    }

    private static String pay(Http finance, long allocation, String amount, String voucher) {
        HttpResponse<String> paid = finance.send("POST", "/ledger/api/disbursements", "application/json",
                "{\"allocationId\": " + allocation + ", \"amount\": \"" + amount + "\", \"payee\": \"州城镇人民政府\","
                        + " \"voucherNo\": \"" + voucher + "\", \"paidOn\": \"" + TODAY.minusDays(1) + "\"}");
        assertEquals(201, paid.statusCode(), paid.body());
        return Http.json(paid).getString("entryNo");
    }

    /** The list item of one project on a region page. */
    private static String item(String path, long projectId) {
        String html = PortalHttp.text(PortalHttp.getOk(path));
        int start = html.indexOf("<li id=\"project-" + projectId + "\">");
        assertTrue(start >= 0, "project " + projectId + " is listed on " + path);
        return html.substring(start, html.indexOf("</li>", start));
    }
}
