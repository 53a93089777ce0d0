package cn.sunledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.Http;
import cn.sunledger.it.support.PortalHttp;
import cn.sunledger.it.support.TestServer;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo's assets (issue 11 item 7), formed through the real services from 光明村's accepted 大棚 project: one handed
 * over, leased and with its rent in the journal, one idle under 盘活一批, one whose transfer the village and the
 * township approved and the county has not yet; together they carry no more than the project paid; the portal lists
 * them on their natural villages' pages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DemoAssetsIT {

    private static final String GREENHOUSE = "光明村高原特色蔬菜大棚（演示）";
    private static final String SEEDLINGS = "光明村育苗温室（演示）";
    private static final String TRUCK = "光明村大棚配套冷藏运输车（演示）";

    @Deployment(testable = false)
    static WebArchive probe() {
        return TestServer.probe("demo-assets-probe");
    }

    @Test
    void theDemoHasALeasedAssetWithItsRentAnIdleOneAndOneAwaitingTheCountysApprovalOfItsDisposal() {
        Http rural = Http.as("yangbi.rural");
        String demoNames = URLEncoder.encode("（演示）", StandardCharsets.UTF_8);
        Map<String, JsonObject> demo = Http.json(rural.get("/ledger/api/assets?region=532922101201&q=" + demoNames
                + "&size=200"))
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> Http.json(rural.get("/ledger/api/assets/" + i.getJsonNumber("id"))))
                .collect(Collectors.toMap(a -> a.getString("name"), a -> a));
        assertEquals(Set.of(GREENHOUSE, SEEDLINGS, TRUCK), demo.keySet(), "the demo's three assets");

        JsonObject greenhouse = demo.get(GREENHOUSE);
        assertEquals("HANDED_OVER", greenhouse.getString("stage"));
        assertEquals("正常运营", greenhouse.getString("statusName"));
        assertEquals("租赁", greenhouse.getString("operationModeName"));
        assertEquals("漾濞演示绿源农业开发有限公司", greenhouse.getString("operator"));
        assertEquals("光明村股份经济合作社", greenhouse.getJsonArray("owners").getJsonObject(0).getString("entityName"));
        assertTrue(greenhouse.getJsonArray("handovers").getJsonObject(0).getBoolean("confirmed"), "both sides signed");
        // newest first: the season's 分红, then the first half-year's rent, each a journal entry
        List<JsonObject> receipts = Http.json(rural.get("/ledger/api/assets/" + greenhouse.getJsonNumber("id")
                + "/incomes")).getJsonArray("receipts").getValuesAs(JsonObject.class);
        assertEquals(List.of("分红", "租金"), receipts.stream().map(r -> r.getString("kindName")).toList());
        JsonObject rent = receipts.get(1);
        assertEquals("30000.00", rent.getString("amount"));
        assertEquals("8000.00", receipts.get(0).getString("amount"));
        assertTrue(rent.getString("entryNo").startsWith("532922-"), "the rent is a journal entry: " + rent);
        // entered today, dated when it happened: formed after the project's acceptance, the rent after the lease
        LocalDate formed = LocalDate.parse(greenhouse.getString("formedOn"));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertTrue(formed.isBefore(today.minusDays(30)), "formed in the past: " + formed);
        assertTrue(LocalDate.parse(rent.getString("receivedOn")).isAfter(formed), rent.toString());

        JsonObject seedlings = demo.get(SEEDLINGS);
        assertEquals("闲置", seedlings.getString("statusName"));
        assertEquals("盘活一批", seedlings.getString("fourBatchName"));
        assertTrue(seedlings.getString("fourBatchMeasure").contains("育苗"), seedlings.toString());

        JsonObject disposal = demo.get(TRUCK).getJsonArray("disposals").getJsonObject(0);
        assertEquals("TRANSFER", disposal.getString("method"));
        assertEquals("TOWNSHIP_APPROVED", disposal.getString("status"), "awaiting the county's approval");
        assertTrue(!disposal.getBoolean("ruralBureauApproved") && !disposal.getBoolean("financeBureauApproved"));

        BigDecimal carried = demo.values().stream().map(a -> new BigDecimal(a.getString("originalValue")))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        long project = greenhouse.getJsonArray("sourceProjects").getJsonObject(0).getJsonNumber("projectId").longValue();
        BigDecimal paid = new BigDecimal(Http.json(rural.get("/ledger/api/projects/" + project)).getJsonObject("funds")
                .getJsonObject("total").getString("disbursed"));
        assertTrue(carried.compareTo(paid) <= 0, "the assets carry " + carried + " of the " + paid + " paid");

        String upper = PortalHttp.text(PortalHttp.getOk("/portal/regions/532922101201001"));
        for (String name : List.of(GREENHOUSE, TRUCK)) {
            assertTrue(upper.contains("<h3>" + name + "</h3>"), name);
        }
        assertTrue(upper.contains("运营方：漾濞演示绿源农业开发有限公司"), "the operator on the portal");
        String lower = PortalHttp.text(PortalHttp.getOk("/portal/regions/532922101201002"));
        assertTrue(lower.contains("<h3>" + SEEDLINGS + "</h3>") && lower.contains("<span class=\"type\">闲置</span>"));
    }
}
