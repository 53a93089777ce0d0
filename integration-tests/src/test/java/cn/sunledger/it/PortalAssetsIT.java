package cn.sunledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.Http;
import cn.sunledger.it.support.PortalHttp;
import cn.sunledger.it.support.TestServer;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The portal's region pages list the assets located there (issue 11 item 6): two assets formed through the API from
 * an accepted 古城村 project of 2043 — one confirmed, handed over and leased, whose owner's and operator's names carry
 * a phone number, and one 到户类 asset owned by a household whose name and ID number were typed into its owner — are
 * listed on their natural village's page and on the village's, by their Chinese labels, with the numbers masked and
 * the household not named — nor once it is confirmed again naming a household of the register by id, which the ledger's
 * answer then carries with its number; another natural village of the same village lists neither.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalAssetsIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final String PLACE = "532924102201001";
    private static final String OTHER_PLACE = "/portal/regions/532924102201002";
    private static final String VILLAGE = "/portal/regions/532924102201";

    @Deployment(testable = false)
    static WebArchive probe() {
        return TestServer.probe("portal-assets-probe");
    }

    @Test
    void theNaturalVillageAndItsVillageListTheAssetsLocatedThereWithMaskedNamesAndChineseLabels() {
        String tag = Long.toString(System.nanoTime(), 36);
        String projectName = "古城村门户资产测试项目" + tag;
        long project = GuchengAcceptedProject.walk(2043, projectName, TODAY.getYear(), "60000.00", "60000.00",
                "50000.00", "门户资产");
        String projectCode = Http.json(Http.as("binchuan.rural").get("/ledger/api/projects/" + project))
                .getString("code");
        Http rural = Http.as("binchuan.rural");

        String leasedName = "古城村门户测试葡萄冷库" + tag;
        long leased = register(rural, project, leasedName, "OPERATING", "冷链", "30000.00");
        confirm(rural, leased, "VILLAGE", "古城村股份经济合作社（联系电话 13912345678）", "532924102201");
        HttpResponse<String> signed = rural.send("POST", "/ledger/api/assets/" + leased + "/handovers",
                "application/json", "{\"fromUnit\": \"州城镇人民政府\", \"assetList\": \"冷库 1 座\","
                        + " \"acceptanceReportRef\": \"宾农验〔2043〕8号\", \"archiveList\": \"竣工图、验收报告\","
                        + " \"handedOverOn\": \"" + TODAY + "\", \"bookedOn\": \"" + TODAY + "\"}");
        assertEquals(201, signed.statusCode(), signed.body());
        long handover = Http.json(signed).getJsonArray("handovers").getJsonObject(0).getJsonNumber("id").longValue();
        HttpResponse<String> received = Http.as("gucheng.clerk").send("POST", "/ledger/api/assets/" + leased
                + "/handovers/" + handover + "/confirmation", "application/json",
                "{\"opinion\": \"已清点接收\", \"confirmedOn\": \"" + TODAY + "\"}");
        assertEquals(200, received.statusCode(), received.body());
        HttpResponse<String> operated = rural.send("PUT", "/ledger/api/assets/" + leased + "/operation",
                "application/json", "{\"mode\": \"LEASE\", \"operator\": \"宾川某果蔬公司（负责人 13812345678）\","
                        + " \"contractFrom\": \"" + TODAY + "\", \"contractTo\": \"" + TODAY.plusYears(5) + "\","
                        + " \"expectedAnnualIncome\": \"3000.00\", \"operatedFrom\": \"" + TODAY + "\"}");
        assertEquals(200, operated.statusCode(), operated.body());

        String householdName = "到户能繁母牛" + tag;
        long household = register(rural, project, householdName, "HOUSEHOLD", "牲畜", "20000.00");
        confirm(rural, household, "HOUSEHOLD", "张三丰（身份证 532924198001011238）", null);

        String page = page("/portal/regions/" + PLACE);
        String item = assetItem(page, leased);
        assertTrue(item.contains("<h3>" + leasedName + "</h3>"), item);
        assertTrue(item.contains("<span class=\"type\">正常运营</span>经营性 · 冷链 · 资产编号 "), "labels: " + item);
        assertTrue(item.contains("原值 <span class=\"value\">30,000.00</span> 元 · 形成日期 " + TODAY), item);
        assertTrue(item.contains("产权归属：古城村股份经济合作社（联系电话 139****5678）（村级）"), "owner masked: " + item);
        assertTrue(item.contains("运营方：宾川某果蔬公司（负责人 138****5678）"), "operator masked: " + item);
        assertTrue(item.contains("来源项目：" + projectName + "（" + projectCode + "）"), item);
        assertTrue(item.contains("暂无已发布的资产公告。"), item);
        for (String code : new String[] {"OPERATING", "LEASE", "HANDED_OVER", "NORMAL", "VILLAGE", "OP-COLDCHAIN"}) {
            assertFalse(item.contains(code), "no code on the page: " + code + " in " + item);
        }
        String owned = assetItem(page, household);
        assertTrue(owned.contains("<span class=\"type\">已确权</span>到户类 · 牲畜"), "its stage until handed over: " + owned);
        assertTrue(owned.contains("产权归属：农户（个人信息不公开） · 运营方：不公开"), owned);
        assertFalse(page.contains("张三丰") || page.contains("13812345678") || page.contains("13912345678")
                || page.contains("532924198001011238"), "no personal data on the page");
        assertTrue(page.indexOf("<h2>本地项目</h2>") < page.indexOf("<h2>本地资产</h2>"), "assets follow the projects");

        // confirmed again naming a household of the register: the ledger links it, the portal still names nobody
        String head = "门户测试户主" + tag;
        HttpResponse<String> registered = rural.send("POST", "/ledger/api/households", "application/json",
                "{\"naturalVillageCode\": \"" + PLACE + "\", \"headName\": \"" + head + "\", \"idNumber\": \""
                        + HouseholdRegisterIT.idNumber() + "\", \"members\": 2, \"category\": \"ALLEVIATED\"}");
        assertEquals(201, registered.statusCode(), registered.body());
        long householdId = Http.json(registered).getJsonNumber("id").longValue();
        String householdNo = Http.json(registered).getString("householdNo");
        HttpResponse<String> withHousehold = rural.send("PUT", "/ledger/api/assets/" + household + "/ownership",
                "application/json", "{\"ownerLevel\": \"HOUSEHOLD\", \"owners\": [{\"householdId\": " + householdId
                        + ", \"share\": \"1\"}], \"supervisingDepartment\": \"宾川县农业农村局\","
                        + " \"confirmedOn\": \"" + TODAY + "\"}");
        assertEquals(200, withHousehold.statusCode(), withHousehold.body());
        JsonObject linkedOwner = Http.json(withHousehold).getJsonArray("owners").getJsonObject(0);
        assertEquals(head, linkedOwner.getString("entityName"), "named as the register names its head");
        assertEquals(householdId, linkedOwner.getJsonNumber("householdId").longValue());
        assertEquals(householdNo, linkedOwner.getString("householdNo"));
        assertFalse(linkedOwner.containsKey("idNumber"), "never the head's ID number: " + linkedOwner);
        String relisted = page("/portal/regions/" + PLACE);
        assertTrue(assetItem(relisted, household).contains("产权归属：农户（个人信息不公开）"), assetItem(relisted, household));
        assertFalse(relisted.contains(head) || relisted.contains(householdNo), "the household is not named");

        String village = page(VILLAGE);
        assertTrue(village.contains("<h2>本村资产（含各自然村）</h2>"), village);
        assertTrue(assetItem(village, leased).contains("位于 "), "the village page names the natural village");
        assertTrue(assetItem(village, household).contains(householdName));
        String other = page(OTHER_PLACE);
        assertFalse(other.contains("id=\"asset-" + leased + "\"") || other.contains("id=\"asset-" + household + "\""),
                "located in another natural village of the same village");

        // its 资产确权移交公示, once published, is linked from the asset
        HttpResponse<String> draft = rural.send("POST", "/ledger/api/notices", "application/json",
                "{\"type\": \"ASSET_HANDOVER\", \"subjectId\": \"" + leased + "\", \"regionCodes\": [],"
                        + " \"periodStart\": \"" + TODAY + "\", \"periodEnd\": \"" + TODAY.plusDays(9) + "\"}");
        assertEquals(201, draft.statusCode(), draft.body());
        HttpResponse<String> published = rural.sendNoBody("POST", "/ledger/api/notices/"
                + Http.json(draft).getJsonNumber("id") + "/publish");
        assertEquals(200, published.statusCode(), published.body());
        String noticeNo = Http.json(published).getString("noticeNo");
        String linked = assetItem(page("/portal/regions/" + PLACE), leased);
        assertTrue(linked.contains("/portal/notices/" + noticeNo) && linked.contains("资产确权移交公示"), linked);
        assertFalse(linked.contains("暂无已发布的资产公告"), linked);
    }

    private static long register(Http rural, long project, String name, String assetClass, String subType,
            String value) {
        HttpResponse<String> created = rural.send("POST", "/ledger/api/assets", "application/json",
                "{\"name\": \"" + name + "\", \"assetClass\": \"" + assetClass + "\", \"subType\": \"" + subType
                        + "\", \"sourceProjects\": [{\"projectId\": " + project + ", \"share\": \"1.00\"}],"
                        + " \"originalValue\": \"" + value + "\", \"naturalVillageCode\": \"" + PLACE + "\","
                        + " \"formedOn\": \"" + TODAY + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        return Http.json(created).getJsonNumber("id").longValue();
    }

    private static void confirm(Http rural, long asset, String level, String owner, String region) {
        HttpResponse<String> owned = rural.send("PUT", "/ledger/api/assets/" + asset + "/ownership", "application/json",
                "{\"ownerLevel\": \"" + level + "\", \"owners\": [{\"entityName\": \"" + owner + "\","
                        + (region == null ? "" : " \"regionCode\": \"" + region + "\",") + " \"share\": \"1\"}],"
                        + " \"supervisingDepartment\": \"宾川县农业农村局\", \"confirmedOn\": \"" + TODAY + "\"}");
        assertEquals(200, owned.statusCode(), owned.body());
        JsonObject read = Http.json(owned);
        assertEquals(owner, read.getJsonArray("owners").getJsonObject(0).getString("entityName"),
                "the ledger keeps the name as typed; only the portal's copy is masked");
    }

    private static String page(String path) {
        return PortalHttp.text(PortalHttp.getOk(path));
    }

    /** The list item of one asset on a region page. */
    private static String assetItem(String html, long assetId) {
        int start = html.indexOf("<li id=\"asset-" + assetId + "\">");
        assertTrue(start >= 0, "asset " + assetId + " is listed");
        return html.substring(start, html.indexOf("</li>", start));
    }
}
