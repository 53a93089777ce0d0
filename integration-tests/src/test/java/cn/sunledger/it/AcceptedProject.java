package cn.sunledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.sunledger.it.support.BoardPostings;
import cn.sunledger.it.support.Http;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A project of a test's own year in a demo village, walked through the API by that village's demo users: created by
 * the clerk, up the approval chain into the library (each gating notice published with a past period and evidenced by
 * the village board's posting), planned, started on its 项目实施前公示, allocated and paid from a central fund
 * document by the county's finance bureau, completed and accepted — an accepted project no asset formed from yet, for
 * the asset tests.
 */
final class AcceptedProject {

    /**
     * The demo users of one village's chain, its codes, its county's one-character abbreviation (of 文号) and its
     * township's government (the payee).
     */
    record Village(String code, String clerk, String reviewer, String department, String rural, String finance,
            String county, String abbreviation, String township) {
    }

    static final Village GUCHENG = new Village("532924102201", "gucheng.clerk", "zhoucheng.reviewer", "binchuan.dept",
            "binchuan.rural", "binchuan.finance", "532924000000", "宾", "州城镇人民政府");
    static final Village GUANGMING = new Village("532922101201", "guangming.clerk", "cangshanxi.reviewer",
            "yangbi.dept", "yangbi.rural", "yangbi.finance", "532922000000", "漾", "苍山西镇人民政府");

    private static final String API = "/ledger/api/projects";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private AcceptedProject() {
    }

    /** The example project of api.md as the village's, of the year, named: its natural villages 001 and 002. */
    static String record(Village v, int year, String name) {
        return ProjectWorkflowIT.EXAMPLE.replace("\"year\": 2026", "\"year\": " + year)
                .replace("2026-03", year + "-03").replace("2026-10", year + "-10")
                .replace("某村高原特色蔬菜种植基地建设项目", name)
                .replace("\"532922101201001\", \"532922101201002\"", "\"" + v.code() + "001\", \"" + v.code() + "002\"");
    }

    /** Creates the village's project and walks it into the library. */
    static long intoLibrary(Village v, String record) {
        HttpResponse<String> created = Http.as(v.clerk()).send("POST", API, "application/json", record);
        assertEquals(201, created.statusCode(), created.body());
        long id = Http.json(created).getJsonNumber("id").longValue();
        assertStatus(act(v.clerk(), id, "submit", "{\"decisionRef\": \"村民代表大会决议\", \"decidedOn\": \""
                + TODAY.minusDays(20) + "\"}"), "VILLAGE_NOTICE");
        publishWithPosting(v, "PROJECT_DECLARATION", id);
        assertStatus(act(v.clerk(), id, "declare", "{}"), "DECLARED");
        assertStatus(act(v.reviewer(), id, "township-approve", "{}"), "TOWNSHIP_APPROVED");
        publishWithPosting(v, "TOWNSHIP_REVIEW", id);
        assertStatus(act(v.department(), id, "department-approve", "{}"), "DEPARTMENT_APPROVED");
        assertStatus(act(v.rural(), id, "county-approve", "{}"), "COUNTY_APPROVED");
        assertStatus(act("dali.bureau", id, "prefecture-approve", "{\"decisionRef\": \"大乡振领〔2030〕1号\"}"),
                "IN_LIBRARY");
        return id;
    }

    /**
     * @param fundYear the fund document's year (within a year of its issue date, six days ago)
     * @param tag      distinguishes the test's 文号 and voucher
     */
    static long walk(Village v, int year, String name, int fundYear, String documentAmount, String allocated,
            String paid, String tag) {
        long id = intoLibrary(v, record(v, year, name));
        assertStatus(act(v.rural(), id, "plan", "{}"), "PLANNED");
        publishWithPosting(v, "PROJECT_START", id);
        assertStatus(act(v.rural(), id, "start", "{}"), "IN_PROGRESS");
        Http finance = Http.as(v.finance());
        HttpResponse<String> doc = finance.send("POST", "/ledger/api/fund-documents", "application/json",
                "{\"docNumber\": \"" + v.abbreviation() + "财农〔" + fundYear + "〕" + tag + System.nanoTime() % 1000000
                        + "号\", \"source\": \"CENTRAL_LINKAGE\", \"level\": \"CENTRAL\", \"regionCode\": \""
                        + v.county() + "\", \"year\": " + fundYear + ", \"issuedOn\": \"" + TODAY.minusDays(6) + "\","
                        + " \"amount\": \"" + documentAmount + "\", \"purpose\": \"衔接资金（" + tag + "测试）\"}");
        assertEquals(201, doc.statusCode(), doc.body());
        HttpResponse<String> allocation = finance.send("POST", "/ledger/api/allocations", "application/json",
                "{\"fundDocumentId\": " + Http.json(doc).getJsonNumber("id") + ", \"projectId\": " + id
                        + ", \"amount\": \"" + allocated + "\", \"allocatedOn\": \"" + TODAY.minusDays(5) + "\"}");
        assertEquals(201, allocation.statusCode(), allocation.body());
        HttpResponse<String> payment = finance.send("POST", "/ledger/api/disbursements", "application/json",
                "{\"allocationId\": " + Http.json(allocation).getJsonNumber("id") + ", \"amount\": \"" + paid
                        + "\", \"payee\": \"" + v.township() + "\", \"voucherNo\": \"记-" + tag + "\", \"paidOn\": \""
                        + TODAY.minusDays(1) + "\"}");
        assertEquals(201, payment.statusCode(), payment.body());
        assertStatus(act(v.rural(), id, "complete", "{}"), "COMPLETED");
        String a = v.abbreviation();
        assertStatus(act(v.rural(), id, "accept", "{\"decisionRef\": \"" + a + "验〔" + year + "〕3号\", \"opinion\":"
                + " \"验收合格\", \"acceptanceReportRef\": \"" + a + "农验〔" + year + "〕8号\", \"indicatorActuals\":"
                + " [{\"index\": 0, \"actual\": \"40\"}, {\"index\": 1, \"actual\": \"1600\"}, {\"index\": 2,"
                + " \"actual\": \"97\"}]}"), "ACCEPTED");
        return id;
    }

    /**
     * A notice about the project by the county rural bureau with a period that ended two days ago, entered online
     * today and evidenced by the village board's posting on the period's first day.
     */
    private static void publishWithPosting(Village v, String type, long id) {
        HttpResponse<String> draft = Http.as(v.rural()).send("POST", "/ledger/api/notices", "application/json",
                "{\"type\": \"" + type + "\", \"subjectId\": \"" + id + "\", \"regionCodes\": [], \"periodStart\": \""
                        + TODAY.minusDays(12) + "\", \"periodEnd\": \"" + TODAY.minusDays(2) + "\"}");
        assertEquals(201, draft.statusCode(), draft.body());
        long notice = Http.json(draft).getJsonNumber("id").longValue();
        HttpResponse<String> published = Http.as(v.rural()).sendNoBody("POST", "/ledger/api/notices/" + notice
                + "/publish");
        assertEquals(200, published.statusCode(), published.body());
        BoardPostings.recordWithPhoto(v.clerk(), notice, v.code(), TODAY.minusDays(12));
    }

    private static HttpResponse<String> act(String user, long id, String action, String body) {
        return Http.as(user).send("POST", API + "/" + id + "/actions/" + action, "application/json", body);
    }

    private static void assertStatus(HttpResponse<String> response, String status) {
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(status, Http.json(response).getString("status"));
    }
}
