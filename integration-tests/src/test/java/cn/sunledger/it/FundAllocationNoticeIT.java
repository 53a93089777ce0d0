package cn.sunledger.it;

import static cn.sunledger.it.StaffApiIT.assertProblem;
import static cn.sunledger.it.support.FieldProblems.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.Http;
import cn.sunledger.it.support.PortalHttp;
import cn.sunledger.it.support.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The 资金分配结果公告 end to end over HTTP: a document and two allocations in 漾濞, the due list (DUE with a deadline
 * counted on the working calendar, moved by a holiday the admin enters), the notice drafted and published, the
 * portal's HTML and PDF showing 文号, source, each project with its village and amount and the total — and never
 * the payee — and the list moving to PUBLISHED, then back to DUE on a later allocation. Also the calendar API's
 * refusals, each naming its field.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FundAllocationNoticeIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final String YANGBI = "532922000000";
    private static final String DUE_LIST = "/ledger/api/fund-documents/allocation-notices?region=" + YANGBI;

    @Deployment(testable = false)
    static WebArchive probe() {
        return TestServer.probe("fund-allocation-notice-probe");
    }

    @Test
    void aDocumentsAllocationsAreAnnouncedAndTheDueListFollows() throws IOException {
        Http finance = Http.as("yangbi.finance");
        List<JsonObject> projects = libraryProjects();
        JsonObject p1 = projects.get(0);
        JsonObject p2 = projects.get(1);
        String docNumber = "漾财农〔" + TODAY.getYear() + "〕" + (System.nanoTime() % 100000) + "号";
        long docId = document(finance, docNumber, "800000.00");
        long a1 = allocate(finance, docId, p1, "300000.00").getJsonNumber("id").longValue();
        allocate(finance, docId, p2, "150000.50");
        String extra = allocate(finance, docId, p2, "20000.00").getString("entryNo");
        // a reversed allocation is not announced: p2 holds 150,000.50 net
        assertEquals(201, finance.send("POST", "/ledger/api/journal/" + extra + "/reversal", "application/json",
                "{\"reason\": \"分配项目录错\"}").statusCode());
        HttpResponse<String> paid = finance.send("POST", "/ledger/api/disbursements", "application/json",
                "{\"allocationId\": " + a1 + ", \"amount\": \"1000.00\", \"payee\": \"收款人甲某某\","
                        + " \"voucherNo\": \"记-9001\", \"paidOn\": \"" + TODAY + "\"}");
        assertEquals(201, paid.statusCode(), paid.body());

        JsonObject due = row(finance, docId);
        assertEquals("DUE", due.getString("status"));
        assertEquals("待公告", due.getString("statusName"));
        assertEquals(TODAY.toString(), due.getString("lastAllocationOn"));
        assertEquals("450000.50", due.getString("allocated"));
        LocalDate deadline = LocalDate.parse(due.getString("deadline"));
        assertEquals(15, due.getInt("workingDaysLeft"), "allocated today: all 15 working days are left");
        assertTrue(deadline.isAfter(TODAY.plusDays(20)), "15 working days are at least three weeks: " + deadline);
        assertTrue(isWorkingDay(deadline), "a deadline is a working day: " + deadline);

        deadlineMovesWithAHolidayTheAdminEnters(finance, docId, deadline);

        String noDoc = "漾财农〔" + TODAY.getYear() + "〕" + (System.nanoTime() % 100000) + "号-未分配";
        long unallocated = document(finance, noDoc, "1000.00");
        HttpResponse<String> refused = finance.send("POST", "/ledger/api/notices", "application/json",
                "{\"type\": \"FUND_ALLOCATION\", \"subjectId\": \"" + unallocated + "\"}");
        assertProblem(refused, 422);
        assertTrue(Http.json(refused).getString("detail").contains(noDoc), refused.body());

        HttpResponse<String> drafted = finance.send("POST", "/ledger/api/notices", "application/json",
                "{\"type\": \"FUND_ALLOCATION\", \"subjectId\": \"" + docId + "\"}");
        assertEquals(201, drafted.statusCode(), drafted.body());
        JsonObject draft = Http.json(drafted);
        long noticeId = draft.getJsonNumber("id").longValue();
        assertEquals(List.of(YANGBI), draft.getJsonArray("regionCodes").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList(), "posted on the issuing county's portal");
        assertEquals(noticeId, row(finance, docId).getJsonNumber("draftNoticeId").longValue());
        assertEquals("DUE", row(finance, docId).getString("status"), "a draft is not an announcement");

        HttpResponse<String> published = finance.sendNoBody("POST", "/ledger/api/notices/" + noticeId + "/publish");
        assertEquals(200, published.statusCode(), published.body());
        String noticeNo = Http.json(published).getString("noticeNo");
        JsonObject done = row(finance, docId);
        assertEquals("PUBLISHED", done.getString("status"));
        assertEquals(noticeNo, done.getString("publishedNoticeNo"));

        String html = PortalHttp.text(PortalHttp.getOk("/portal/notices/" + noticeNo));
        // table cells wrap inside the PDF: its text is compared without line breaks and spaces
        String pdf = pdfText(PortalHttp.getOk("/portal/notices/" + noticeNo + ".pdf").body()).replaceAll("\\s+", "");
        for (String text : List.of(html, pdf)) {
            assertTrue(text.contains("资金分配结果公告"), "the type");
            assertTrue(text.contains(docNumber), "the 文号");
            assertTrue(text.contains("中央财政衔接推进乡村振兴补助资金"), "the source label");
            assertTrue(text.contains("800,000.00"), "the document's amount");
            assertTrue(text.contains(p1.getString("code")) && text.contains(p2.getString("code")), "both projects");
            assertTrue(text.contains(p1.getString("villageName")) && text.contains(p2.getString("villageName")),
                    "their villages");
            assertTrue(text.contains("300,000.00") && text.contains("150,000.50"), "their net amounts");
            assertTrue(text.contains("450,000.50"), "the total");
            assertFalse(text.contains("170,000.50") || text.contains("20,000.00"), "the reversed allocation is netted");
            assertFalse(text.contains("收款人甲某某") || text.contains("记-9001"), "never a payee or voucher");
            assertTrue(text.contains("漾濞") && text.contains("财政局"), "issued by the county's finance bureau");
        }
        assertTrue(html.contains(p1.getString("name")), "the project's name");

        // a later allocation is not covered by the published notice: due again, counted from its day
        allocate(finance, docId, p1, "10000.00");
        JsonObject again = row(finance, docId);
        assertEquals("DUE", again.getString("status"));
        assertEquals(noticeNo, again.getString("publishedNoticeNo"), "the earlier notice stays listed");
        assertEquals(403, Http.as("binchuan.finance").get(DUE_LIST).statusCode());
        assertRefused(finance.get("/ledger/api/fund-documents/allocation-notices?region=5329"), 400, "region");
        assertRefused(finance.get("/ledger/api/fund-documents/allocation-notices?region=532922101000"), 400, "region");
    }

    /**
     * The admin enters a holiday on the first working day after today: the deadline moves one working day later;
     * restoring the year restores the deadline.
     */
    private static void deadlineMovesWithAHolidayTheAdminEnters(Http finance, long docId, LocalDate deadline) {
        Http admin = Http.as("admin");
        LocalDate holiday = TODAY.plusDays(1);
        while (!isWorkingDay(holiday)) {
            holiday = holiday.plusDays(1);
        }
        int year = holiday.getYear();
        JsonObject before = Http.json(admin.get("/ledger/api/calendar/" + year));
        JsonArrayBuilder days = Json.createArrayBuilder();
        before.getJsonArray("days").getValuesAs(JsonObject.class).forEach(d -> days.add(Json.createObjectBuilder()
                .add("date", d.getString("date")).add("kind", d.getString("kind")).add("name", d.getString("name"))));
        String original = Json.createObjectBuilder().add("source", before.getString("source", "测试"))
                .add("days", days.build()).build().toString();
        JsonArrayBuilder withHoliday = Json.createArrayBuilder(Json.createReader(new java.io.StringReader(original))
                .readObject().getJsonArray("days"));
        withHoliday.add(Json.createObjectBuilder().add("date", holiday.toString()).add("kind", "HOLIDAY")
                .add("name", "测试假日"));
        try {
            HttpResponse<String> put = admin.send("PUT", "/ledger/api/calendar/" + year, "application/json",
                    Json.createObjectBuilder().add("source", "测试").add("days", withHoliday).build().toString());
            assertEquals(200, put.statusCode(), put.body());
            JsonObject moved = row(finance, docId);
            LocalDate later = LocalDate.parse(moved.getString("deadline"));
            assertTrue(later.isAfter(deadline), "a holiday inside the count moves the deadline: " + later);
            LocalDate expected = deadline.plusDays(1);
            while (!isWorkingDay(expected)) {
                expected = expected.plusDays(1);
            }
            assertEquals(expected, later, "by exactly one working day");
        } finally {
            assertEquals(200, admin.send("PUT", "/ledger/api/calendar/" + year, "application/json", original).statusCode());
        }
        assertEquals(deadline.toString(), row(finance, docId).getString("deadline"));
    }

    @Test
    void theCalendarIsSeededReadableByStaffAndRefusesBadDaysNamingTheField() {
        JsonObject y2026 = Http.json(Http.as("guangming.clerk").get("/ledger/api/calendar/2026"));
        assertTrue(y2026.getBoolean("maintained"));
        assertTrue(y2026.getString("source").contains("国办发明电〔2025〕7号"), y2026.getString("source"));
        List<JsonObject> days = y2026.getJsonArray("days").getValuesAs(JsonObject.class);
        assertTrue(days.stream().anyMatch(d -> d.getString("date").equals("2026-02-17")
                && d.getString("kind").equals("HOLIDAY") && d.getString("name").equals("春节")));
        assertTrue(days.stream().anyMatch(d -> d.getString("date").equals("2026-02-28")
                && d.getString("kind").equals("WORKDAY")), "the make-up Saturday after 春节");
        assertTrue(Http.json(Http.as("admin").get("/ledger/api/calendar/2025")).getString("source")
                .contains("国办发明电〔2024〕12号"));
        assertFalse(Http.json(Http.as("admin").get("/ledger/api/calendar/2099")).getBoolean("maintained"));

        Http admin = Http.as("admin");
        String path = "/ledger/api/calendar/2099";
        assertRefused(admin.send("PUT", path, "application/json", "{\"days\": [{\"date\": \"2099-01-01\", \"kind\":"
                + " \"HOLIDAY\", \"name\": \"元旦\"}, {\"date\": \"2099-01-01\", \"kind\": \"HOLIDAY\", \"name\":"
                + " \"元旦\"}]}"), 400, "days[1].date");
        assertRefused(admin.send("PUT", path, "application/json", "{\"days\": [{\"date\": \"2099-01-07\", \"kind\":"
                + " \"WORKDAY\", \"name\": \"调休\"}]}"), 400, "days[0].kind");
        assertRefused(admin.send("PUT", path, "application/json", "{\"days\": [{\"date\": \"2098-12-31\", \"kind\":"
                + " \"HOLIDAY\", \"name\": \"除夕\"}]}"), 400, "days[0].date");
        assertRefused(admin.send("PUT", path, "application/json", "{\"days\": [{\"date\": \"2099-01-01\", \"kind\":"
                + " \"HOLIDAY\", \"name\": \" \"}]}"), 400, "days[0].name");
        assertRefused(admin.send("PUT", path, "application/json", "{\"days\": [{\"date\": \"2099-01-01\", \"kind\":"
                + " \"REST\", \"name\": \"元旦\"}]}"), 400, "days[0].kind");
        assertRefused(admin.send("PUT", "/ledger/api/calendar/1999", "application/json", "{\"days\": []}"), 400,
                "year");
        assertRefused(admin.get("/ledger/api/calendar/20x6"), 400, "year");
        assertFalse(Http.json(admin.get(path)).getBoolean("maintained"), "a refused year changed nothing");
        String good = "{\"days\": [{\"date\": \"2099-01-01\", \"kind\": \"HOLIDAY\", \"name\": \"元旦\"}]}";
        assertProblem(Http.as("yangbi.finance").send("PUT", path, "application/json", good), 403);
        assertProblem(Http.as("yangbi.admin").send("PUT", path, "application/json", good), 403);
        assertFalse(Http.json(admin.get(path)).getBoolean("maintained"));
    }

    private static List<JsonObject> libraryProjects() {
        List<JsonObject> found = new ArrayList<>();
        for (String status : List.of("IN_PROGRESS", "ACCEPTED", "PLANNED", "IN_LIBRARY")) {
            found.addAll(Http.json(Http.as("yangbi.finance").get("/ledger/api/projects?region=" + YANGBI + "&status="
                    + status)).getJsonArray("items").getValuesAs(JsonObject.class));
        }
        assertTrue(found.size() >= 2, "the demo has library projects in 漾濞");
        // the list's rows are summaries; the project itself names its village
        return found.stream().limit(2).map(p -> Http.json(Http.as("yangbi.finance").get("/ledger/api/projects/"
                + p.getJsonNumber("id")))).toList();
    }

    private static long document(Http finance, String docNumber, String amount) {
        HttpResponse<String> created = finance.send("POST", "/ledger/api/fund-documents", "application/json",
                "{\"docNumber\": \"" + docNumber + "\", \"source\": \"CENTRAL_LINKAGE\", \"level\": \"CENTRAL\","
                        + " \"regionCode\": \"" + YANGBI + "\", \"year\": " + TODAY.getYear() + ", \"issuedOn\": \""
                        + TODAY + "\", \"amount\": \"" + amount + "\", \"purpose\": \"巩固衔接产业发展\"}");
        assertEquals(201, created.statusCode(), created.body());
        return Http.json(created).getJsonNumber("id").longValue();
    }

    /** The posting: the allocation's id and its journal entry's number. */
    private static JsonObject allocate(Http finance, long docId, JsonObject project, String amount) {
        HttpResponse<String> posted = finance.send("POST", "/ledger/api/allocations", "application/json",
                "{\"fundDocumentId\": " + docId + ", \"projectId\": " + project.getJsonNumber("id") + ", \"amount\": \""
                        + amount + "\", \"allocatedOn\": \"" + TODAY + "\"}");
        assertEquals(201, posted.statusCode(), posted.body());
        return Http.json(posted);
    }

    private static JsonObject row(Http who, long docId) {
        HttpResponse<String> list = who.get(DUE_LIST);
        assertEquals(200, list.statusCode(), list.body());
        return Http.json(list).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("documentId").longValue() == docId).findFirst()
                .orElseThrow(() -> new AssertionError("document " + docId + " is listed: " + list.body()));
    }

    /** The calendar API's answer for a day: its entry if it has one, else the weekday rule. */
    private static boolean isWorkingDay(LocalDate day) {
        return calendarDay(day).map(d -> d.getString("kind").equals("WORKDAY"))
                .orElse(day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY);
    }

    private static java.util.Optional<JsonObject> calendarDay(LocalDate day) {
        return Http.json(Http.as("admin").get("/ledger/api/calendar/" + day.getYear())).getJsonArray("days")
                .getValuesAs(JsonObject.class).stream().filter(d -> d.getString("date").equals(day.toString()))
                .findFirst();
    }

    private static String pdfText(byte[] bytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(pdf);
        }
    }
}
