package cn.sunledger.it;

import static cn.sunledger.it.StaffApiIT.assertProblem;
import static cn.sunledger.it.support.FieldProblems.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.BoardPostings;
import cn.sunledger.it.support.Http;
import cn.sunledger.it.support.PortalHttp;
import cn.sunledger.it.support.TestServer;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * One project of 光明村 walks the library's approval chain through the REST API, each step taken by the user
 * whose role and region allow it, every notice stage gating the next step: 项目申报公示 before declaring,
 * 乡镇审核公示 before the department's appraisal, 项目实施前公示 before the start. Gating notices are entered online
 * today with periods that began in the past, evidenced by the village board's posting with a photo on the
 * period's first day, so the gate can open today; "too early" uses a period still running.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProjectWorkflowIT {

    private static final String API = "/ledger/api/projects";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final String VILLAGE_REGIONS = "[\"532922101201\", \"532922101201001\", \"532922101201002\"]";

    /** The create-project example of api.md, exactly as written there. */
    static final String EXAMPLE = """
            {
              "year": 2026,
              "name": "某村高原特色蔬菜种植基地建设项目",
              "categoryCode": "CY-SC",
              "nature": "NEW",
              "naturalVillageCodes": ["532922101201001", "532922101201002"],
              "content": "新建蔬菜大棚 40 亩及配套滴灌设施",
              "scale": {"quantity": "40", "unit": "亩"},
              "plannedInvestment": [{"source": "CENTRAL_LINKAGE", "amount": "800000.00"},
                                     {"source": "COUNTY_LINKAGE", "amount": "200000.00"}],
              "startMonth": "2026-03", "endMonth": "2026-10",
              "implementingUnit": "某乡人民政府", "responsiblePerson": "张三",
              "beneficiaries": {"households": 120, "people": 450, "alleviatedHouseholds": 60, "alleviatedPeople": 210,
                                "monitoredHouseholds": 8, "monitoredPeople": 27},
              "indicators": [{"kind": "OUTPUT", "name": "新建大棚面积", "target": "40", "unit": "亩"},
                             {"kind": "BENEFIT", "name": "带动脱贫户户均增收", "target": "1500", "unit": "元"},
                             {"kind": "SATISFACTION", "name": "受益群众满意度", "target": "95", "unit": "%"}],
              "linkage": {"type": "EMPLOYMENT", "description": "优先吸纳脱贫户务工，土地流转租金按年兑付"},
              "emergency": false
            }
            """;

    @Deployment(testable = false)
    static WebArchive probe() {
        return TestServer.probe("project-workflow-probe");
    }

    @Test
    void aGuangmingProjectClimbsFromDraftToAcceptedThroughEveryNoticeStage() {
        HttpResponse<String> created = Http.as("guangming.clerk").send("POST", API, "application/json", EXAMPLE);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject project = Http.json(created);
        long id = project.getJsonNumber("id").longValue();
        String p = API + "/" + id;
        assertTrue(project.getString("code").matches("2026-532922-\\d{4}"), project.getString("code"));
        assertEquals("DRAFT", project.getString("status"));
        assertEquals("532922101201", project.getString("villageCode"));
        assertEquals("532922101000", project.getString("townshipCode"));
        assertEquals("532922000000", project.getString("countyCode"));
        assertEquals("800000.00", project.getJsonArray("plannedInvestment").getJsonObject(0).getString("amount"));
        assertEquals("1000000.00", project.getString("totalInvestment"));
        assertFalse(project.getBoolean("lateNoticeRequired"));

        // another village's clerk neither sees nor touches it
        assertProblem(Http.as("baizhang.clerk").get(p), 403);
        assertFalse(Http.as("baizhang.clerk").get(API + "?year=2026").body().contains(project.getString("code")));
        assertTrue(Http.as("guangming.clerk").get(API + "?year=2026&status=DRAFT&category=CY").body()
                .contains(project.getString("code")));
        assertTrue(Http.as("yangbi.rural").get(API + "?region=532922101201001").body().contains(project.getString("code")));
        assertProblem(Http.as("baizhang.clerk").send("PUT", p, "application/json", EXAMPLE), 403);

        // a draft can be edited by its village
        HttpResponse<String> edited = Http.as("guangming.clerk").send("PUT", p, "application/json",
                EXAMPLE.replace("某村高原特色蔬菜", "光明村高原特色蔬菜"));
        assertEquals(200, edited.statusCode(), edited.body());
        assertEquals("光明村高原特色蔬菜种植基地建设项目", Http.json(edited).getString("name"));

        // steps out of order, by the wrong role, or without the village meeting's decision
        assertProblem(act("guangming.clerk", id, "declare", "{}"), 409);
        assertProblem(act("baizhang.clerk", id, "submit", "{\"decisionRef\": \"白章村决议\"}"), 403);
        assertProblem(act("cangshanxi.reviewer", id, "submit", "{\"decisionRef\": \"x\"}"), 403);
        assertProblem(act("guangming.clerk", id, "submit", "{}"), 400);
        assertStatus(act("guangming.clerk", id, "submit",
                "{\"decisionRef\": \"光明村村民代表大会决议〔2026〕3号\", \"decidedOn\": \"" + TODAY.minusDays(14) + "\"}"),
                "VILLAGE_NOTICE");
        assertProblem(Http.as("guangming.clerk").send("PUT", p, "application/json", EXAMPLE), 409);

        // the 项目申报公示 cannot run from before the village meeting it announces (decided TODAY-14)
        HttpResponse<String> beforeMeeting = draft("PROJECT_DECLARATION", id, VILLAGE_REGIONS, TODAY.minusDays(20),
                TODAY.minusDays(10));
        assertProblem(beforeMeeting, 422);
        assertTrue(Http.json(beforeMeeting).getString("detail").contains(TODAY.minusDays(14).toString()),
                beforeMeeting.body());

        // 项目申报公示: missing; entered online only after its period, with no board posting as evidence; a posting
        // without a photo is no evidence either; a notice entered today runs its own period; the board posting
        // with its photo on the first day of the late notice's period clears the step
        HttpResponse<String> missing = act("guangming.clerk", id, "declare", "{}");
        assertProblem(missing, 409);
        assertTrue(Http.json(missing).getString("detail").contains("项目申报公示"), missing.body());
        long declaration = publishOnlineOnly("PROJECT_DECLARATION", id, VILLAGE_REGIONS, TODAY.minusDays(12),
                TODAY.minusDays(2));
        HttpResponse<String> unverified = act("guangming.clerk", id, "declare", "{}");
        assertProblem(unverified, 409);
        String why = Http.json(unverified).getString("detail");
        assertTrue(why.contains("张贴记录") && why.contains(TODAY.toString()) && why.contains(TODAY.minusDays(11).toString()),
                "says it went online too late and which board posting would clear it: " + why);
        assertEquals(201, BoardPostings.post("guangming.clerk", declaration, "532922101201001",
                TODAY.minusDays(12).toString(), null).statusCode());
        assertProblem(act("guangming.clerk", id, "declare", "{}"), 409);
        publishOnlineOnly("PROJECT_DECLARATION", id, VILLAGE_REGIONS, TODAY, TODAY.plusDays(9));
        HttpResponse<String> running = act("guangming.clerk", id, "declare", "{}");
        assertProblem(running, 409);
        assertTrue(Http.json(running).getString("detail").contains(TODAY.plusDays(9).toString()), running.body());
        BoardPostings.recordWithPhoto("guangming.clerk", declaration, "532922101201001", TODAY.minusDays(12));
        String html = Http.as("yangbi.rural").get("/ledger/api/notices/" + declaration + "/preview?format=html").body();
        assertTrue(html.contains("光明村村民代表大会决议〔2026〕3号"), "the declaration notice names the village decision");
        assertTrue(html.contains("800,000.00"), "fund sources are in the notice");
        assertProblem(act("baizhang.clerk", id, "declare", "{}"), 403);
        assertStatus(act("guangming.clerk", id, "declare", "{}"), "DECLARED");

        // township review
        assertProblem(act("yangbi.dept", id, "township-approve", "{}"), 403);
        assertProblem(act("yangjiang.reviewer", id, "township-approve", "{}"), 403);
        assertStatus(act("cangshanxi.reviewer", id, "township-approve",
                "{\"opinion\": \"同意上报，用地已落实\", \"decisionRef\": \"苍政审〔2026〕5号\"}"), "TOWNSHIP_APPROVED");

        // 乡镇审核公示 with an objection: held until it is resolved
        String township = "[\"532922101000\", \"532922101201\"]";
        long review = publish("TOWNSHIP_REVIEW", id, township, TODAY.minusDays(12), TODAY.minusDays(2));
        assertTrue(Http.as("yangbi.rural").get("/ledger/api/notices/" + review + "/preview?format=html").body()
                .contains("同意上报，用地已落实"), "the township notice carries the township's opinion");
        HttpResponse<String> objection = Http.as("cangshanxi.reviewer").send("POST",
                "/ledger/api/notices/" + review + "/objections", "application/json",
                "{\"receivedOn\": \"" + TODAY.minusDays(6) + "\", \"raisedBy\": \"李四\", \"contact\": \"13812345678\","
                        + " \"content\": \"大棚选址占用了我家承包地\"}");
        assertEquals(201, objection.statusCode(), objection.body());
        long objectionId = Http.json(objection).getJsonNumber("id").longValue();
        HttpResponse<String> held = act("yangbi.dept", id, "department-approve", "{}");
        assertProblem(held, 409);
        assertTrue(Http.json(held).getString("detail").contains("异议"), held.body());
        HttpResponse<String> resolved = Http.as("cangshanxi.reviewer").send("PUT",
                "/ledger/api/notices/" + review + "/objections/" + objectionId, "application/json",
                "{\"resolution\": \"经核实已调整选址并签订流转协议\", \"resolvedOn\": \"" + TODAY + "\"}");
        assertEquals(200, resolved.statusCode(), resolved.body());
        assertProblem(act("yangbi.rural", id, "department-approve", "{}"), 403);
        assertStatus(act("yangbi.dept", id, "department-approve", "{\"opinion\": \"投资概算合理\"}"), "DEPARTMENT_APPROVED");

        // county and prefecture leading groups
        assertProblem(act("yangbi.dept", id, "county-approve", "{}"), 403);
        assertStatus(act("yangbi.rural", id, "county-approve", "{\"decisionRef\": \"漾乡振领〔2026〕2号\"}"),
                "COUNTY_APPROVED");
        assertProblem(act("yangbi.rural", id, "prefecture-approve", "{}"), 403);
        assertStatus(act("dali.bureau", id, "prefecture-approve", "{\"decisionRef\": \"大乡振领〔2026〕1号\"}"),
                "IN_LIBRARY");

        // annual plan, 项目实施前公示, start, completion, acceptance
        assertProblem(act("binchuan.rural", id, "plan", "{}"), 403);
        assertStatus(act("yangbi.rural", id, "plan", "{}"), "PLANNED");
        assertProblem(act("yangbi.rural", id, "start", "{}"), 409);
        long start = publish("PROJECT_START", id, VILLAGE_REGIONS, TODAY.minusDays(12), TODAY.minusDays(2));
        String startHtml = Http.as("yangbi.rural").get("/ledger/api/notices/" + start + "/preview?format=html").body();
        assertTrue(startHtml.contains("带动脱贫户户均增收") && startHtml.contains("12317"), "targets and hotlines");
        assertStatus(act("yangbi.rural", id, "start", "{}"), "IN_PROGRESS");
        assertProblem(act("yangbi.rural", id, "accept", "{}"), 409);
        // the county finance bureau allocates the central share and pays most of it while the work goes on
        String payment = fundsPaid(id, "800000.00", "733500.00");
        assertStatus(act("yangbi.rural", id, "complete", "{}"), "COMPLETED");

        // 验收 records the acceptance report and every indicator's actual value (绩效自评), or nothing at all
        String accepted = "{\"decisionRef\": \"漾验〔2026〕9号\", \"opinion\": \"验收合格\"";
        HttpResponse<String> bare = act("yangbi.rural", id, "accept", accepted + "}");
        assertRefused(bare, 400, "acceptanceReportRef");
        assertRefused(bare, 400, "indicatorActuals[0].actual");
        String actuals = ", \"acceptanceReportRef\": \"漾农验〔2026〕17号\", \"indicatorActuals\": [{\"index\": 0,"
                + " \"actual\": \"42\"}, {\"index\": 1, \"actual\": \"1680\"}, {\"index\": 2, \"actual\": \"%s\"}]}";
        assertTrue(assertRefused(act("yangbi.rural", id, "accept", accepted + actuals.formatted("大多满意")), 400,
                "indicatorActuals[2].actual").contains("受益群众满意度"), "the refusal names the indicator");
        assertEquals("COMPLETED", Http.json(Http.as("yangbi.rural").get(p)).getString("status"), "nothing changed");
        assertStatus(act("yangbi.rural", id, "accept", accepted + actuals.formatted("96.5")), "ACCEPTED");

        // the 项目完成公告: planned beside allocated and paid by source, and each target beside its actual
        long completion = publish("PROJECT_COMPLETION", id, VILLAGE_REGIONS, null, null);
        String noticeNo = Http.json(Http.as("yangbi.rural").get("/ledger/api/notices/" + completion)).getString("noticeNo");
        String completionHtml = PortalHttp.text(PortalHttp.getOk("/portal/notices/" + noticeNo));
        String completionPdf = pdfText(PortalHttp.getOk("/portal/notices/" + noticeNo + ".pdf").body());
        for (String text : List.of(completionHtml, completionPdf)) {
            assertTrue(text.contains("733,500.00") && text.contains("800,000.00"),
                    "planned and paid, as posted (" + payment + "): " + text);
            assertTrue(text.contains("1680") && text.contains("96.5"), "the actual values: " + text);
        }
        assertTrue(completionHtml.contains("已拨付") && completionHtml.contains("实际完成值")
                && completionHtml.contains("漾农验〔2026〕17号"), completionHtml);
        assertFalse(completionHtml.contains("不是实际支出"), "no plan passed off, and no placeholder for spending");
        assertProblem(act("yangbi.rural", id, "remove", "{\"opinion\": \"x\"}"), 409);
        assertProblem(act("yangbi.rural", id, "fly-away", "{}"), 404);

        String historyBody = Http.as("guangming.clerk").get(p + "/history").body();
        for (String step : List.of("submit", "declare", "township-approve", "department-approve", "county-approve",
                "prefecture-approve", "plan", "start", "complete", "accept")) {
            assertTrue(historyBody.contains("\"action\":\"" + step + "\""), step + " in " + historyBody);
        }
        assertTrue(historyBody.contains("dali.bureau") && historyBody.contains("苍政审〔2026〕5号"), historyBody);
    }

    @Test
    void reviewersReturnWithAnOpinionAndTheProjectIsADraftAgain() {
        long id = Http.json(Http.as("guangming.clerk").send("POST", API, "application/json", EXAMPLE))
                .getJsonNumber("id").longValue();
        assertStatus(act("guangming.clerk", id, "submit", "{\"decisionRef\": \"决议〔2026〕4号\", \"decidedOn\": \"" + TODAY + "\"}"), "VILLAGE_NOTICE");
        assertProblem(act("cangshanxi.reviewer", id, "return", "{}"), 400);
        assertStatus(act("cangshanxi.reviewer", id, "return", "{\"opinion\": \"请补充受益户名单\"}"), "DRAFT");
        assertEquals(200, Http.as("guangming.clerk").send("PUT", API + "/" + id, "application/json", EXAMPLE).statusCode());
        assertTrue(Http.as("guangming.clerk").get(API + "/" + id + "/history").body().contains("请补充受益户名单"));
        HttpResponse<String> audit = Http.as("yangbi.auditor").get("/ledger/api/audit/project/" + id);
        assertEquals(200, audit.statusCode(), audit.body());
        assertTrue(audit.body().contains("guangming.clerk") && audit.body().contains("CENTRAL_LINKAGE 800000.00")
                && audit.body().contains("cangshanxi.reviewer"), audit.body());
        HttpResponse<String> firstPage = Http.as("guangming.clerk").get(API + "?size=1&page=0");
        assertEquals(1, Http.json(firstPage).getJsonArray("items").size());
        assertTrue(Http.json(firstPage).getJsonNumber("total").longValue() >= 1);
        assertProblem(Http.as("guangming.clerk").get(API + "?size=1000"), 400);
    }

    @Test
    void anEmergencyProjectSkipsTheVillageAndTownshipNoticesAndPublishesThemAfterwards() {
        HttpResponse<String> created = Http.as("guangming.clerk").send("POST", API, "application/json",
                EXAMPLE.replace("\"emergency\": false", "\"emergency\": true"));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject project = Http.json(created);
        assertTrue(project.getBoolean("lateNoticeRequired"));
        long id = project.getJsonNumber("id").longValue();
        assertStatus(act("guangming.clerk", id, "submit", "{\"decisionRef\": \"应急决议〔2026〕1号\", \"decidedOn\": \"" + TODAY.minusDays(3) + "\"}"), "VILLAGE_NOTICE");
        assertStatus(act("guangming.clerk", id, "declare", "{}"), "DECLARED");
        assertStatus(act("cangshanxi.reviewer", id, "township-approve", "{}"), "TOWNSHIP_APPROVED");
        assertStatus(act("yangbi.dept", id, "department-approve", "{}"), "DEPARTMENT_APPROVED");
        long late = publish("PROJECT_DECLARATION", id, VILLAGE_REGIONS, TODAY.minusDays(3), TODAY.plusDays(7));
        JsonObject notice = Http.json(Http.as("yangbi.rural").get("/ledger/api/notices/" + late));
        assertTrue(notice.getBoolean("late"), "补公示 is flagged: " + notice);
        assertTrue(Http.as("yangbi.rural").get("/ledger/api/notices/" + late + "/preview?format=html").body()
                .contains("补公示"));
        // the start notice is never skipped
        assertStatus(act("yangbi.rural", id, "county-approve", "{}"), "COUNTY_APPROVED");
        assertStatus(act("dali.bureau", id, "prefecture-approve", "{}"), "IN_LIBRARY");
        assertStatus(act("yangbi.rural", id, "plan", "{}"), "PLANNED");
        assertProblem(act("yangbi.rural", id, "start", "{}"), 409);
        assertProblem(act("yangbi.rural", id, "remove", "{}"), 400);
        assertStatus(act("yangbi.rural", id, "remove", "{\"opinion\": \"灾后已由保险赔付重建\"}"), "REMOVED");
    }

    @Test
    void badBodiesAre400AndBrokenRulesAre422() {
        HttpResponse<String> invalid = Http.as("guangming.clerk").send("POST", API, "application/json",
                EXAMPLE.replace("\"800000.00\"", "\"800000.001\"").replace("\"startMonth\": \"2026-03\"",
                        "\"startMonth\": \"2026-13\""));
        assertProblem(invalid, 400);
        String errors = Http.json(invalid).getJsonArray("errors").toString();
        assertTrue(errors.contains("startMonth") && errors.contains("amount"), errors);
        assertProblem(Http.as("guangming.clerk").send("POST", API, "application/json",
                EXAMPLE.replace("\"startMonth\": \"2026-03\"", "\"startMonth\": \"2026-11\"")), 422);
        assertProblem(Http.as("guangming.clerk").send("POST", API, "application/json",
                EXAMPLE.replace("\"532922101201002\"", "\"532922101202001\"")), 422);
        assertProblem(Http.as("guangming.clerk").send("POST", API, "application/json",
                EXAMPLE.replace("\"CY-SC\"", "\"CY\"")), 422);
        assertProblem(Http.as("baizhang.clerk").send("POST", API, "application/json", EXAMPLE), 403);
        String categories = Http.as("guangming.clerk").get("/ledger/api/project-categories").body();
        assertTrue(categories.contains("CY-SC") && categories.contains("新型农村集体经济"), categories);
    }

    private static HttpResponse<String> act(String user, long id, String action, String body) {
        return Http.as(user).send("POST", API + "/" + id + "/actions/" + action, "application/json", body);
    }

    @Test
    void aDraftSavedBySomeoneElseSinceItWasReadIsRefusedNotOverwritten() {
        Http clerk = Http.as("guangming.clerk");
        HttpResponse<String> created = clerk.send("POST", API, "application/json", EXAMPLE);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject draft = Http.json(created);
        String path = API + "/" + draft.getJsonNumber("id").longValue();
        long read = draft.getJsonNumber("version").longValue();

        HttpResponse<String> first = clerk.send("PUT", path, "application/json", withVersion(
                EXAMPLE.replace("某村高原特色蔬菜种植基地建设项目", "第一位编辑保存的名称"), read));
        assertEquals(200, first.statusCode(), first.body());
        assertTrue(Http.json(first).getJsonNumber("version").longValue() > read);

        // a second editor who read the same version saves later: refused, and the first edit stands
        HttpResponse<String> stale = clerk.send("PUT", path, "application/json", withVersion(
                EXAMPLE.replace("某村高原特色蔬菜种植基地建设项目", "第二位编辑的名称"), read));
        assertProblem(stale, 409);
        assertTrue(Http.json(stale).getString("detail").contains("已被他人修改"), stale.body());
        assertEquals("第一位编辑保存的名称", Http.json(clerk.get(path)).getString("name"));

        // without a version the edit is taken as before (the field is optional)
        HttpResponse<String> unversioned = clerk.send("PUT", path, "application/json", EXAMPLE);
        assertEquals(200, unversioned.statusCode(), unversioned.body());
        assertEquals("某村高原特色蔬菜种植基地建设项目", Http.json(unversioned).getString("name"));
    }

    private static String withVersion(String body, long version) {
        return body.replace("\"emergency\": false", "\"emergency\": false, \"version\": " + version);
    }

    /**
     * 漾濞's finance bureau registers a central document, allocates {@code allocated} to the project and pays
     * {@code paid} of it in two payments, a third one reversed (红字冲销); returns the first payment's entry number.
     */
    static String fundsPaid(long projectId, String allocated, String paid) {
        Http finance = Http.as("yangbi.finance");
        HttpResponse<String> doc = finance.send("POST", "/ledger/api/fund-documents", "application/json",
                "{\"docNumber\": \"漾财农〔" + TODAY.getYear() + "〕工作流" + System.nanoTime() % 1000000 + "号\","
                        + " \"source\": \"CENTRAL_LINKAGE\", \"level\": \"CENTRAL\", \"regionCode\": \"532922000000\","
                        + " \"year\": " + TODAY.getYear() + ", \"issuedOn\": \"" + TODAY.minusDays(5) + "\","
                        + " \"amount\": \"" + allocated + "\", \"purpose\": \"衔接资金\"}");
        assertEquals(201, doc.statusCode(), doc.body());
        HttpResponse<String> allocation = finance.send("POST", "/ledger/api/allocations", "application/json",
                "{\"fundDocumentId\": " + Http.json(doc).getJsonNumber("id") + ", \"projectId\": " + projectId
                        + ", \"amount\": \"" + allocated + "\", \"allocatedOn\": \"" + TODAY.minusDays(4) + "\"}");
        assertEquals(201, allocation.statusCode(), allocation.body());
        long allocationId = Http.json(allocation).getJsonNumber("id").longValue();
        java.math.BigDecimal total = new java.math.BigDecimal(paid);
        java.math.BigDecimal first = total.subtract(new java.math.BigDecimal("100000.00"));
        String firstNo = pay(finance, allocationId, first.toPlainString(), "记-工作流1");
        pay(finance, allocationId, "100000.00", "记-工作流2");
        String wrong = pay(finance, allocationId, "1.00", "记-工作流3");
        assertEquals(201, finance.send("POST", "/ledger/api/journal/" + wrong + "/reversal", "application/json",
                "{\"reason\": \"重复拨付\"}").statusCode());
        return firstNo;
    }

    private static String pay(Http finance, long allocationId, String amount, String voucher) {
        HttpResponse<String> paid = finance.send("POST", "/ledger/api/disbursements", "application/json",
                "{\"allocationId\": " + allocationId + ", \"amount\": \"" + amount + "\", \"payee\": \"苍山西镇人民政府\","
                        + " \"voucherNo\": \"" + voucher + "\", \"paidOn\": \"" + TODAY + "\"}");
        assertEquals(201, paid.statusCode(), paid.body());
        return Http.json(paid).getString("entryNo");
    }

    static String pdfText(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertStatus(HttpResponse<String> response, String status) {
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(status, Http.json(response).getString("status"));
    }

    /**
     * Drafts and publishes a project notice as the county rural bureau; a period that began before today is
     * evidenced by 光明村's board posting with a photo on its first day. Returns the notice id.
     */
    private static long publish(String type, long projectId, String regions, LocalDate from, LocalDate to) {
        long notice = publishOnlineOnly(type, projectId, regions, from, to);
        if (from != null && from.isBefore(TODAY)) {
            BoardPostings.recordWithPhoto("guangming.clerk", notice, "532922101201", from);
        }
        return notice;
    }

    private static HttpResponse<String> draft(String type, long projectId, String regions, LocalDate from, LocalDate to) {
        String period = from == null ? "" : ", \"periodStart\": \"" + from + "\", \"periodEnd\": \"" + to + "\"";
        return Http.as("yangbi.rural").send("POST", "/ledger/api/notices", "application/json",
                "{\"type\": \"" + type + "\", \"subjectId\": \"" + projectId + "\", \"regionCodes\": " + regions + period + "}");
    }

    /** Drafts and publishes a project notice online, with no board posting recorded; returns the notice id. */
    private static long publishOnlineOnly(String type, long projectId, String regions, LocalDate from, LocalDate to) {
        HttpResponse<String> draft = draft(type, projectId, regions, from, to);
        assertEquals(201, draft.statusCode(), draft.body());
        long notice = Http.json(draft).getJsonNumber("id").longValue();
        HttpResponse<String> published = Http.as("yangbi.rural").sendNoBody("POST", "/ledger/api/notices/" + notice + "/publish");
        assertEquals(200, published.statusCode(), published.body());
        return notice;
    }
}
