package cn.sunledger.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.Http;
import cn.sunledger.it.support.PortalHttp;
import cn.sunledger.it.support.Rfc6962;
import cn.sunledger.it.support.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The fund ledger's HTTP contract (api.md) as a finance system would use it, with HTTP Basic on every call: money as
 * strings, 422 with the reason, idempotent retries, the journal with reversal derived, the chain check.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FundApiIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Deployment(testable = false)
    static WebArchive probe() {
        return TestServer.probe("fund-api-probe");
    }

    private static long libraryProject() {
        JsonObject page = Http.json(Http.as("yangbi.finance").get("/ledger/api/projects?region=532922000000&status=IN_PROGRESS"));
        assertTrue(page.getInt("total") > 0, "the demo has a project in progress in 漾濞");
        return page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    @Test
    void aFinanceSystemPostsADocumentAnAllocationAndAPaymentAndRetriesSafely() {
        Http finance = Http.as("yangbi.finance");
        String docNumber = "漾财农〔" + TODAY.getYear() + "〕" + (System.nanoTime() % 100000) + "号";
        String document = "{\"docNumber\": \"" + docNumber + "\", \"source\": \"CENTRAL_LINKAGE\", \"level\": \"CENTRAL\","
                + " \"regionCode\": \"532922000000\", \"year\": " + TODAY.getYear() + ", \"issuedOn\": \""
                + TODAY.minusDays(3) + "\", \"amount\": \"500000.00\", \"purpose\": \"衔接资金\"}";
        HttpResponse<String> created = finance.send("POST", "/ledger/api/fund-documents", "application/json", document);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject doc = Http.json(created);
        assertEquals("500000.00", doc.getString("remaining"));
        assertEquals("中央财政衔接推进乡村振兴补助资金", doc.getString("sourceName"));
        assertEquals(409, finance.send("POST", "/ledger/api/fund-documents", "application/json", document).statusCode(),
                "the same 文号 twice in one county");
        assertEquals(403, Http.as("guangming.clerk").send("POST", "/ledger/api/fund-documents", "application/json",
                document.replace(docNumber, docNumber + "x")).statusCode());
        HttpResponse<String> badMoney = finance.send("POST", "/ledger/api/fund-documents", "application/json",
                document.replace("\"500000.00\"", "\"500000.001\""));
        assertEquals(400, badMoney.statusCode());
        assertTrue(badMoney.body().contains("amount"), badMoney.body());

        long docId = doc.getJsonNumber("id").longValue();
        long project = libraryProject();
        String report = "/ledger/api/reports/fund-execution?region=532922000000&year=" + TODAY.getYear();
        JsonObject before = projectLine(Http.as("yangbi.auditor").get(report), project);
        JsonObject yesterdayBefore = projectLine(Http.as("yangbi.auditor").get(report + "&asOf=" + TODAY.minusDays(1)),
                project);
        String allocation = "{\"fundDocumentId\": " + docId + ", \"projectId\": " + project
                + ", \"amount\": \"300000.00\", \"allocatedOn\": \"" + TODAY + "\"}";
        Http keyed = finance.withHeader("Idempotency-Key", "fin-sys-" + System.nanoTime());
        HttpResponse<String> first = keyed.send("POST", "/ledger/api/allocations", "application/json", allocation);
        assertEquals(201, first.statusCode(), first.body());
        HttpResponse<String> retried = keyed.send("POST", "/ledger/api/allocations", "application/json",
                allocation.replace(", \"amount\"", ",\"amount\""));
        assertEquals(201, retried.statusCode(), retried.body());
        assertEquals(Http.json(first).getString("entryNo"), Http.json(retried).getString("entryNo"));
        HttpResponse<String> other = keyed.send("POST", "/ledger/api/allocations", "application/json",
                allocation.replace("300000.00", "100000.00"));
        assertEquals(409, other.statusCode(), other.body());
        assertEquals("300000.00", Http.json(finance.get("/ledger/api/fund-documents/" + docId)).getString("allocated"));
        HttpResponse<String> tooMuch = finance.send("POST", "/ledger/api/allocations", "application/json",
                allocation.replace("300000.00", "200000.01"));
        assertEquals(422, tooMuch.statusCode());
        assertTrue(Http.json(tooMuch).getString("detail").contains("200000.00"), "says what remains: " + tooMuch.body());

        long allocationId = Http.json(first).getJsonNumber("id").longValue();
        HttpResponse<String> paid = finance.send("POST", "/ledger/api/disbursements", "application/json",
                "{\"allocationId\": " + allocationId + ", \"amount\": \"120000.00\", \"payee\": \"苍山西镇人民政府\","
                        + " \"voucherNo\": \"记-0031\", \"paidOn\": \"" + TODAY + "\"}");
        assertEquals(201, paid.statusCode(), paid.body());
        String paymentNo = Http.json(paid).getString("entryNo");
        HttpResponse<String> reversal = finance.send("POST", "/ledger/api/journal/" + paymentNo + "/reversal",
                "application/json", "{\"reason\": \"收款单位录错\"}");
        assertEquals(201, reversal.statusCode(), reversal.body());
        assertEquals(409, finance.send("POST", "/ledger/api/journal/" + paymentNo + "/reversal", "application/json",
                "{\"reason\": \"again\"}").statusCode());

        JsonObject journal = Http.json(Http.as("yangbi.auditor").get("/ledger/api/journal?region=532922000000&year="
                + TODAY.getYear()));
        JsonObject payment = journal.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("entryNo").equals(paymentNo)).findFirst().orElseThrow();
        assertEquals(Http.json(reversal).getString("entryNo"), payment.getString("reversedBy"));
        assertEquals("120000.00", payment.getJsonArray("lines").getJsonObject(0).getString("debit"));
        assertEquals("资金拨付", payment.getString("kindName"));
        assertEquals(400, Http.as("yangbi.auditor").get("/ledger/api/journal?region=5329&year=2026").statusCode());
        // 资金执行进度: the allocation counts, the reversed payment does not; yesterday's figures did not move
        JsonObject after = projectLine(Http.as("yangbi.auditor").get(report), project);
        assertEquals(new BigDecimal(before.getString("allocated")).add(new BigDecimal("300000.00")),
                new BigDecimal(after.getString("allocated")));
        assertEquals(before.getString("disbursed"), after.getString("disbursed"));
        assertEquals(yesterdayBefore, projectLine(Http.as("yangbi.auditor").get(report + "&asOf=" + TODAY.minusDays(1)),
                project));
        assertEquals(400, Http.as("yangbi.auditor").get(report + "&asOf=yesterday").statusCode());
        assertEquals(403, Http.as("binchuan.rural").get(report).statusCode());

        JsonObject chain = Http.json(Http.as("yangbi.auditor").get("/ledger/api/journal/verify?region=532922000000"));
        assertTrue(chain.getBoolean("intact"), chain.toString());
        assertTrue(chain.getInt("checked") >= 4);

        provenByThePortal(payment);
    }

    /** The report's row of a project, or zeros when it has none yet. */
    private static JsonObject projectLine(HttpResponse<String> report, long project) {
        assertEquals(200, report.statusCode(), report.body());
        return Http.json(report).getJsonArray("byProject").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getJsonNumber("projectId").longValue() == project).findFirst()
                .orElse(Json.createObjectBuilder().add("allocated", "0.00").add("disbursed", "0.00").build());
    }

    /**
     * The payment's leaf is in 漾濞's public log, holds its hash and no payee or amount, and its inclusion proof
     * verifies against the portal's signed checkpoint with the test's own RFC 6962 code.
     */
    private static void provenByThePortal(JsonObject entry) {
        String log = "/portal/log/532922000000";
        String note = PortalHttp.text(PortalHttp.getOk(log + "/checkpoint"));
        String[] head = note.substring(0, note.indexOf("\n\n")).split("\n");
        long size = Long.parseLong(head[1]);
        byte[] root = Base64.getDecoder().decode(head[2]);
        JsonObject answer = PortalHttp.json(log + "/proof/inclusion?entryNo=" + entry.getString("entryNo")
                + "&treeSize=" + size);
        long index = answer.getJsonNumber("leafIndex").longValue();
        JsonObject leafItem = PortalHttp.json(log + "/entries?start=" + index + "&end=" + (index + 1))
                .getJsonArray("items").getJsonObject(0);
        assertEquals(entry.getString("entryNo"), leafItem.getString("entryNo"));
        assertFalse(leafItem.containsKey("noticeNo"));
        byte[] leaf = Base64.getDecoder().decode(leafItem.getString("leaf"));
        String leafText = new String(leaf, StandardCharsets.UTF_8);
        assertEquals("{\"entryNo\":\"" + entry.getString("entryNo") + "\",\"hash\":\"" + entry.getString("hash")
                + "\",\"kind\":\"DISBURSEMENT\",\"postedAt\":\""
                + entry.getString("postedAt").substring(0, 19) + "+08:00\",\"prevHash\":\"" + entry.getString("prevHash")
                + "\"}", leafText);
        assertFalse(leafText.contains("120000") || leafText.contains("苍山西镇"), "no amount or payee in a leaf");
        List<byte[]> proof = answer.getJsonArray("proof").getValuesAs(JsonString.class).stream()
                .map(h -> Base64.getDecoder().decode(h.getString())).toList();
        assertArrayEquals(root, Rfc6962.rootFromInclusion(index, size, Rfc6962.leafHash(leaf), proof));
        assertEquals(400, PortalHttp.get(log + "/proof/inclusion?entryNo=1-2-3").statusCode());
        assertEquals(404, PortalHttp.get(log + "/proof/inclusion?entryNo=532922-1999-000001").statusCode());
    }
}
