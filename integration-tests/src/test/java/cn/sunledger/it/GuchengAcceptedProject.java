package cn.sunledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.sunledger.it.support.BoardPostings;
import cn.sunledger.it.support.Http;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A 古城村 (宾川) project of a test's own year, walked through the API: into the library, planned, started on its
 * 项目实施前公示 (posted on the board 12 days ago), allocated and paid from a central fund document by 宾川's finance
 * bureau, completed and accepted — an accepted project no asset formed from yet, for the asset tests.
 */
final class GuchengAcceptedProject {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private GuchengAcceptedProject() {
    }

    /**
     * @param fundYear the fund document's year (within a year of its issue date, six days ago)
     * @param tag      distinguishes the test's 文号 and voucher
     */
    static long walk(int year, String name, int fundYear, String documentAmount, String allocated, String paid,
            String tag) {
        long id = ProjectLibraryDynamicsIT.intoLibrary(ProjectLibraryDynamicsIT.record(year, name));
        act(id, "plan", "{}");
        HttpResponse<String> draft = Http.as("binchuan.rural").send("POST", "/ledger/api/notices", "application/json",
                "{\"type\": \"PROJECT_START\", \"subjectId\": \"" + id + "\", \"regionCodes\": [], \"periodStart\": \""
                        + TODAY.minusDays(12) + "\", \"periodEnd\": \"" + TODAY.minusDays(2) + "\"}");
        assertEquals(201, draft.statusCode(), draft.body());
        long notice = Http.json(draft).getJsonNumber("id").longValue();
        assertEquals(200, Http.as("binchuan.rural").sendNoBody("POST", "/ledger/api/notices/" + notice + "/publish")
                .statusCode());
        BoardPostings.recordWithPhoto("gucheng.clerk", notice, "532924102201", TODAY.minusDays(12));
        act(id, "start", "{}");
        Http finance = Http.as("binchuan.finance");
        HttpResponse<String> doc = finance.send("POST", "/ledger/api/fund-documents", "application/json",
                "{\"docNumber\": \"宾财农〔" + fundYear + "〕" + tag + System.nanoTime() % 1000000 + "号\","
                        + " \"source\": \"CENTRAL_LINKAGE\", \"level\": \"CENTRAL\", \"regionCode\": \"532924000000\","
                        + " \"year\": " + fundYear + ", \"issuedOn\": \"" + TODAY.minusDays(6) + "\","
                        + " \"amount\": \"" + documentAmount + "\", \"purpose\": \"衔接资金（" + tag + "测试）\"}");
        assertEquals(201, doc.statusCode(), doc.body());
        HttpResponse<String> allocation = finance.send("POST", "/ledger/api/allocations", "application/json",
                "{\"fundDocumentId\": " + Http.json(doc).getJsonNumber("id") + ", \"projectId\": " + id
                        + ", \"amount\": \"" + allocated + "\", \"allocatedOn\": \"" + TODAY.minusDays(5) + "\"}");
        assertEquals(201, allocation.statusCode(), allocation.body());
        HttpResponse<String> payment = finance.send("POST", "/ledger/api/disbursements", "application/json",
                "{\"allocationId\": " + Http.json(allocation).getJsonNumber("id") + ", \"amount\": \"" + paid
                        + "\", \"payee\": \"州城镇人民政府\", \"voucherNo\": \"记-" + tag + "\", \"paidOn\": \""
                        + TODAY.minusDays(1) + "\"}");
        assertEquals(201, payment.statusCode(), payment.body());
        act(id, "complete", "{}");
        act(id, "accept", "{\"decisionRef\": \"宾验〔" + year + "〕3号\", \"opinion\": \"验收合格\", \"acceptanceReportRef\":"
                + " \"宾农验〔" + year + "〕8号\", \"indicatorActuals\": [{\"index\": 0, \"actual\": \"40\"}, {\"index\": 1,"
                + " \"actual\": \"1600\"}, {\"index\": 2, \"actual\": \"97\"}]}");
        assertEquals("ACCEPTED", Http.json(Http.as("binchuan.rural").get("/ledger/api/projects/" + id))
                .getString("status"));
        return id;
    }

    private static void act(long id, String action, String body) {
        HttpResponse<String> r = Http.as("binchuan.rural").send("POST", "/ledger/api/projects/" + id + "/actions/"
                + action, "application/json", body);
        assertEquals(200, r.statusCode(), action + ": " + r.body());
    }
}
