package cn.sunledger.it;

import static cn.sunledger.it.StaffApiIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.BoardPostings;
import cn.sunledger.it.support.Http;
import cn.sunledger.it.support.TestServer;
import jakarta.json.JsonArray;
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
 * The library after entry: the county-wide 项目入库公告 and 年度项目计划公告 (drafted without regions, posted to
 * the county by default), an adjustment (调整) that goes back through the prefecture that approved the
 * project, a roll-over (结转) to next year's library, and the pipeline view by county. Each test uses its own
 * year (2030, 2031) so that the projects of other tests do not enter its lists and counts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProjectLibraryDynamicsIT {

    private static final String API = "/ledger/api/projects";
    private static final String BINCHUAN = "532924000000";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Deployment(testable = false)
    static WebArchive probe() {
        return TestServer.probe("project-dynamics-probe");
    }

    @Test
    void listNoticesOfTheCountyAndAnAdjustmentDecidedByThePrefectureThatApprovedTheProject() {
        String record = record(2030, "古城村核桃初加工厂建设项目");
        long id = intoLibrary(record);
        String code = Http.json(Http.as("binchuan.rural").get(API + "/" + id)).getString("code");

        // 项目入库公告: drafted with no regions, posted to the county, the project's code in every rendition
        long entry = publishCountyNotice("LIBRARY_ENTRY", BINCHUAN + ":2030");
        JsonObject entryView = Http.json(Http.as("binchuan.rural").get("/ledger/api/notices/" + entry));
        assertEquals("[\"" + BINCHUAN + "\"]", entryView.getJsonArray("regionCodes").toString());
        assertTrue(entryView.getString("title").contains("入库公告"), entryView.getString("title"));
        String entryHtml = rendition(entry, "html");
        assertTrue(entryHtml.contains(code) && entryHtml.contains("古城村核桃初加工厂建设项目")
                && entryHtml.contains("1,000,000.00") && entryHtml.contains("合计"), "the 条目化 list with its total");
        assertTrue(rendition(entry, "json").contains(code));
        assertProblem(Http.as("gucheng.clerk").send("POST", "/ledger/api/notices", "application/json",
                "{\"type\": \"LIBRARY_ENTRY\", \"subjectId\": \"" + BINCHUAN + ":2030\"}"), 403);
        assertProblem(Http.as("binchuan.rural").send("POST", "/ledger/api/notices", "application/json",
                "{\"type\": \"LIBRARY_ENTRY\", \"subjectId\": \"" + BINCHUAN + ":2039\"}"), 409);
        assertProblem(Http.as("binchuan.rural").send("POST", "/ledger/api/notices", "application/json",
                "{\"type\": \"LIBRARY_ENTRY\", \"subjectId\": \"532922101201:2030\"}"), 400);

        // 年度项目计划公告: nothing planned yet is refused; after the plan it lists funds and targets
        assertProblem(Http.as("binchuan.rural").send("POST", "/ledger/api/notices", "application/json",
                "{\"type\": \"ANNUAL_PLAN\", \"subjectId\": \"" + BINCHUAN + ":2030\"}"), 409);
        assertStatus(act("binchuan.rural", id, "plan", "{\"decisionRef\": \"宾乡振领〔2030〕1号\"}"), "PLANNED");
        long plan = publishCountyNotice("ANNUAL_PLAN", BINCHUAN + ":2030");
        JsonObject planView = Http.json(Http.as("binchuan.rural").get("/ledger/api/notices/" + plan));
        assertEquals("[\"" + BINCHUAN + "\"]", planView.getJsonArray("regionCodes").toString());
        assertFalse(planView.getString("title").contains("调整"), planView.getString("title"));
        String planHtml = rendition(plan, "html");
        assertTrue(planHtml.contains(code) && planHtml.contains("中央财政衔接推进乡村振兴补助资金")
                && planHtml.contains("800,000.00") && planHtml.contains("带动脱贫户户均增收"), "funds by source and targets");
        assertFalse(planHtml.contains("计划调整情况"));

        // an adjustment: proposed by the county rural bureau, once at a time
        String adjusted = record.replace("古城村核桃初加工厂建设项目", "古城村核桃初加工厂扩建项目")
                .replace("\"800000.00\"", "\"900000.00\"");
        String proposal = adjusted.replaceFirst("\\{", "{\"reason\": \"市场需求扩大，增加加工设备\",");
        assertProblem(Http.as("gucheng.clerk").send("POST", API + "/" + id + "/adjustments", "application/json",
                proposal), 403);
        assertProblem(Http.as("binchuan.rural").send("POST", API + "/" + id + "/adjustments", "application/json",
                record), 422);
        HttpResponse<String> proposed = Http.as("binchuan.rural").send("POST", API + "/" + id + "/adjustments",
                "application/json", proposal);
        assertEquals(201, proposed.statusCode(), proposed.body());
        assertEquals("PENDING", Http.json(proposed).getString("status"));
        assertEquals("PREFECTURE_BUREAU", Http.json(proposed).getString("requiredApprover"));
        assertProblem(Http.as("binchuan.rural").send("POST", API + "/" + id + "/adjustments", "application/json",
                proposal), 409);
        JsonArray listed = Json.array(Http.as("gucheng.clerk").get(API + "/" + id + "/adjustments"));
        JsonObject change = listed.getJsonObject(0).getJsonArray("changes").getJsonObject(0);
        assertEquals("name", change.getString("field"));
        assertEquals("古城村核桃初加工厂建设项目", change.getString("before"));
        assertEquals("古城村核桃初加工厂扩建项目", change.getString("after"));
        assertEquals("binchuan.rural", listed.getJsonObject(0).getString("proposedBy"));

        // applied only by the approver that put it into the library: the prefecture bureau
        HttpResponse<String> wrongRole = act("binchuan.rural", id, "adjust", "{}");
        assertProblem(wrongRole, 403);
        assertTrue(Http.json(wrongRole).getString("detail").contains("州级主管部门"), wrongRole.body());
        assertProblem(act("gucheng.clerk", id, "adjust", "{}"), 403);
        assertStatus(act("dali.bureau", id, "adjust", "{\"opinion\": \"同意调整\", \"decisionRef\": \"大乡振〔2030〕7号\","
                + " \"decidedOn\": \"" + TODAY + "\"}"), "PLANNED");
        assertProblem(act("dali.bureau", id, "adjust", "{}"), 409);
        JsonObject now = Http.json(Http.as("binchuan.rural").get(API + "/" + id));
        assertEquals("古城村核桃初加工厂扩建项目", now.getString("name"));
        assertEquals("1100000.00", now.getString("totalInvestment"));
        JsonObject adjustStep = step(id, "adjust");
        assertEquals("PLANNED", adjustStep.getString("fromStatus"));
        assertEquals("PLANNED", adjustStep.getString("toStatus"));
        assertEquals("大乡振〔2030〕7号", adjustStep.getString("decisionRef"));
        String audit = Http.as("dali.auditor").get("/ledger/api/audit/project/" + id).body();
        assertTrue(audit.contains("古城村核桃初加工厂扩建项目") && audit.contains("dali.bureau"), audit);
        assertEquals("APPLIED", Json.array(Http.as("binchuan.rural").get(API + "/" + id + "/adjustments"))
                .getJsonObject(0).getString("status"));

        // the new plan notice says what changed
        long replan = publishCountyNotice("ANNUAL_PLAN", BINCHUAN + ":2030");
        JsonObject replanView = Http.json(Http.as("binchuan.rural").get("/ledger/api/notices/" + replan));
        assertTrue(replanView.getString("title").endsWith("（调整）"), replanView.getString("title"));
        String replanHtml = rendition(replan, "html");
        assertTrue(replanHtml.contains("计划调整情况") && replanHtml.contains("古城村核桃初加工厂建设项目")
                && replanHtml.contains("古城村核桃初加工厂扩建项目") && replanHtml.contains("市场需求扩大，增加加工设备")
                && replanHtml.contains("大乡振〔2030〕7号"), "before → after with reason and decision");

        // a rejected adjustment changes nothing
        HttpResponse<String> second = Http.as("binchuan.rural").send("POST", API + "/" + id + "/adjustments",
                "application/json", adjusted.replace("古城村核桃初加工厂扩建项目", "另一个名称"));
        assertEquals(201, second.statusCode(), second.body());
        long secondId = Http.json(second).getJsonNumber("id").longValue();
        String reject = API + "/" + id + "/adjustments/" + secondId + "/reject";
        assertProblem(Http.as("binchuan.rural").send("POST", reject, "application/json", "{\"opinion\": \"不同意\"}"), 403);
        assertProblem(Http.as("dali.bureau").send("POST", reject, "application/json", "{}"), 400);
        HttpResponse<String> rejected = Http.as("dali.bureau").send("POST", reject, "application/json",
                "{\"opinion\": \"名称不规范\"}");
        assertEquals(200, rejected.statusCode(), rejected.body());
        assertEquals("REJECTED", Http.json(rejected).getString("status"));
        assertEquals("古城村核桃初加工厂扩建项目", Http.json(Http.as("binchuan.rural").get(API + "/" + id)).getString("name"));
        assertProblem(act("dali.bureau", id, "adjust", "{}"), 409);
    }

    @Test
    void aRollOverMovesAnUnfundedProjectToNextYearAndThePipelineCountsEachStage() {
        JsonObject before2031 = countyRow(2031);
        JsonObject before2032 = countyRow(2032);
        long first = intoLibrary(record(2031, "古城村烤烟房改造项目"));
        long second = intoLibrary(record(2031, "古城村农产品冷库建设项目"));
        assertEquals(2, count(countyRow(2031), "reserve") - count(before2031, "reserve"));
        assertEquals("2000000.00", new java.math.BigDecimal(countyRow(2031).getJsonObject("reserve").getString("investment"))
                .subtract(new java.math.BigDecimal(before2031.getJsonObject("reserve").getString("investment"))).toPlainString());

        // the second project starts after its 项目实施前公示 (posted by default to its village and natural villages)
        assertStatus(act("binchuan.rural", second, "plan", "{}"), "PLANNED");
        HttpResponse<String> draft = Http.as("binchuan.rural").send("POST", "/ledger/api/notices", "application/json",
                "{\"type\": \"PROJECT_START\", \"subjectId\": \"" + second + "\", \"periodStart\": \""
                        + TODAY.minusDays(12) + "\", \"periodEnd\": \"" + TODAY.minusDays(2) + "\"}");
        assertEquals(201, draft.statusCode(), draft.body());
        assertEquals("[\"532924102201\",\"532924102201001\",\"532924102201002\"]",
                Http.json(draft).getJsonArray("regionCodes").toString());
        long startNotice = Http.json(draft).getJsonNumber("id").longValue();
        publish(startNotice);
        BoardPostings.recordWithPhoto("gucheng.clerk", startNotice, "532924102201", TODAY.minusDays(12));
        assertStatus(act("binchuan.rural", second, "start", "{}"), "IN_PROGRESS");
        JsonObject started = countyRow(2031);
        assertEquals(1, count(started, "reserve") - count(before2031, "reserve"));
        assertEquals(1, count(started, "started") - count(before2031, "started"));
        assertEquals(1, count(started, "underway") - count(before2031, "underway"));
        assertEquals(0, count(started, "finished") - count(before2031, "finished"));

        // roll-over: county rural bureau only, with a reason, nothing allocated (no fund ledger yet)
        assertStatus(act("binchuan.rural", first, "plan", "{}"), "PLANNED");
        assertProblem(act("binchuan.dept", first, "roll-over", "{\"opinion\": \"x\"}"), 403);
        assertProblem(act("binchuan.rural", first, "roll-over", "{}"), 400);
        assertProblem(act("binchuan.rural", second, "roll-over", "{\"opinion\": \"x\"}"), 409);
        HttpResponse<String> rolled = act("binchuan.rural", first, "roll-over",
                "{\"opinion\": \"用地手续未能在年内办妥\", \"decisionRef\": \"宾乡振领〔2031〕9号\"}");
        assertStatus(rolled, "IN_LIBRARY");
        assertEquals(2032, Http.json(rolled).getInt("year"));
        assertTrue(Http.json(rolled).getString("code").startsWith("2031-532924-"), "the code is kept");
        JsonObject rollOver = step(first, "roll-over");
        assertEquals("PLANNED", rollOver.getString("fromStatus"));
        assertEquals("IN_LIBRARY", rollOver.getString("toStatus"));
        assertEquals(0, count(countyRow(2031), "planned") - count(before2031, "planned"));
        assertEquals(1, count(countyRow(2032), "reserve") - count(before2032, "reserve"));

        // the 2031 plan notice reports the roll-over as a plan change
        long plan = publishCountyNotice("ANNUAL_PLAN", BINCHUAN + ":2031");
        String html = rendition(plan, "html");
        assertTrue(html.contains("计划调整情况") && html.contains("结转") && html.contains("用地手续未能在年内办妥"), html);

        // scope: the prefecture sees every county, a village clerk its own county, nobody outside their region
        JsonObject prefecture = Http.json(Http.as("dali.bureau").get(API + "/pipeline?year=2031"));
        assertTrue(prefecture.getJsonArray("rows").size() >= 3, prefecture.toString());
        assertTrue(prefecture.getJsonObject("total").getJsonObject("started").getInt("count") >= 1);
        JsonObject clerk = Http.json(Http.as("gucheng.clerk").get(API + "/pipeline?year=2031"));
        assertEquals(1, clerk.getJsonArray("rows").size());
        assertEquals(BINCHUAN, clerk.getJsonArray("rows").getJsonObject(0).getString("countyCode"));
        assertProblem(Http.as("binchuan.rural").get(API + "/pipeline?year=2031&region=532922000000"), 403);
        assertProblem(Http.as("binchuan.rural").get(API + "/pipeline?year=2031&region=12"), 400);
    }

    /**
     * The api.md example moved to 宾川县's 古城村, to {@code year} and renamed, so that each test has its own lists
     * and counts and no 漾濞 user's notice list grows with them.
     */
    static String record(int year, String name) {
        return AcceptedProject.record(AcceptedProject.GUCHENG, year, name);
    }

    /** Creates a 古城村 project and walks it into the library, each gating notice published with a past period. */
    static long intoLibrary(String record) {
        return AcceptedProject.intoLibrary(AcceptedProject.GUCHENG, record);
    }

    /** Drafts a county-wide list notice naming no regions, and publishes it. */
    private static long publishCountyNotice(String type, String subject) {
        HttpResponse<String> draft = Http.as("binchuan.rural").send("POST", "/ledger/api/notices", "application/json",
                "{\"type\": \"" + type + "\", \"subjectId\": \"" + subject + "\"}");
        assertEquals(201, draft.statusCode(), draft.body());
        long notice = Http.json(draft).getJsonNumber("id").longValue();
        publish(notice);
        return notice;
    }

    private static void publish(long notice) {
        HttpResponse<String> published = Http.as("binchuan.rural").sendNoBody("POST", "/ledger/api/notices/" + notice + "/publish");
        assertEquals(200, published.statusCode(), published.body());
    }

    private static String rendition(long notice, String format) {
        HttpResponse<String> r = Http.as("binchuan.rural").get("/ledger/api/notices/" + notice + "/preview?format=" + format);
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    /** The last step of the project's history taken with {@code action}. */
    private static JsonObject step(long id, String action) {
        JsonArray history = Json.array(Http.as("binchuan.rural").get(API + "/" + id + "/history"));
        JsonObject found = null;
        for (int i = 0; i < history.size(); i++) {
            if (action.equals(history.getJsonObject(i).getString("action"))) {
                found = history.getJsonObject(i);
            }
        }
        assertTrue(found != null, action + " in " + history);
        return found;
    }

    private static JsonObject countyRow(int year) {
        HttpResponse<String> r = Http.as("binchuan.rural").get(API + "/pipeline?year=" + year);
        assertEquals(200, r.statusCode(), r.body());
        JsonArray rows = Http.json(r).getJsonArray("rows");
        assertEquals(1, rows.size(), r.body());
        return rows.getJsonObject(0);
    }

    private static int count(JsonObject row, String stage) {
        return row.getJsonObject(stage).getInt("count");
    }

    private static HttpResponse<String> act(String user, long id, String action, String body) {
        return Http.as(user).send("POST", API + "/" + id + "/actions/" + action, "application/json", body);
    }

    private static void assertStatus(HttpResponse<String> response, String status) {
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(status, Http.json(response).getString("status"));
    }

    /** JSON arrays of a response body. */
    private static final class Json {
        static JsonArray array(HttpResponse<String> response) {
            assertEquals(200, response.statusCode(), response.body());
            try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(response.body()))) {
                return reader.readArray();
            }
        }
    }
}
