package cn.sunledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.Http;
import cn.sunledger.it.support.PortalHttp;
import cn.sunledger.it.support.TestServer;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An asset's life through the API (issue 11): formed from an accepted 光明村 project of its own (2043, 500,000.00
 * paid; the demo's accepted project carries the demo assets), its 原值 from what the fund ledger paid, by source,
 * 确权 with the village's 股份经济合作社 by default, the 移交书 signed and then confirmed by the village, operation, upkeep, status and 四个一批, and disposal through its whole chain — and every refusal
 * the register owes: an unfinished project, shares not summing to 1, a 原值 above what was spent, the wrong role, a
 * skipped step, a date before the previous event or in the future, a disposal completed before its 资产处置公示 has run
 * (what happens after disposal is AssetDisposalNoticeInContainerIT's, which can move the clock past the period).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssetLifecycleIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final String PLACE = "532922101201001";

    @Deployment(testable = false)
    static WebArchive probe() {
        return TestServer.probe("asset-lifecycle-probe");
    }

    @Test
    void anAssetFromAnAcceptedProjectLivesThroughHandoverOperationAndDisposal() {
        Http rural = Http.as("yangbi.rural");
        Http clerk = Http.as("guangming.clerk");
        Http reviewer = Http.as("cangshanxi.reviewer");
        Http finance = Http.as("yangbi.finance");
        long accepted = AcceptedProject.walk(AcceptedProject.GUANGMING, 2043, "光明村资产全周期测试项目"
                + System.nanoTime() % 1_000_000, TODAY.getYear(), "600000.00", "600000.00", "500000.00", "资产周期");
        long unfinished = demoProject("IN_PROGRESS");

        // refused formations change nothing
        HttpResponse<String> notAccepted = rural.send("POST", "/ledger/api/assets", "application/json",
                asset(unfinished, "1", null, "532922101201003"));
        assertEquals(409, notAccepted.statusCode(), notAccepted.body());
        assertTrue(Http.json(notAccepted).getString("detail").contains("实施"), notAccepted.body());
        HttpResponse<String> halfShare = rural.send("POST", "/ledger/api/assets", "application/json",
                asset(accepted, "0.5", null, PLACE));
        assertEquals(422, halfShare.statusCode(), halfShare.body());
        assertEquals("sourceProjects", field(halfShare));
        HttpResponse<String> byClerk = clerk.send("POST", "/ledger/api/assets", "application/json",
                asset(accepted, "1", "1000.00", PLACE));
        assertEquals(403, byClerk.statusCode(), byClerk.body());
        HttpResponse<String> numberShare = rural.send("POST", "/ledger/api/assets", "application/json",
                "{\"name\": \"x\", \"assetClass\": \"OPERATING\", \"subType\": \"产业基地\", \"sourceProjects\":"
                        + " [{\"projectId\": " + accepted + ", \"share\": 1}], \"naturalVillageCode\": \"" + PLACE
                        + "\", \"formedOn\": \"" + TODAY + "\"}");
        assertEquals(400, numberShare.statusCode(), numberShare.body());

        HttpResponse<String> created = rural.send("POST", "/ledger/api/assets", "application/json",
                asset(accepted, "1.00", "300000.00", PLACE));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject a = Http.json(created);
        long id = a.getJsonNumber("id").longValue();
        assertTrue(a.getString("code").matches(TODAY.getYear() + "-532922-ZC\\d{4}"), a.getString("code"));
        assertEquals("300000.00", a.getString("originalValue"));
        assertEquals("REGISTERED", a.getString("stage"));
        assertEquals("产业基地", a.getString("subType"));
        BigDecimal bySource = a.getJsonArray("originalValueBySource").getValuesAs(JsonObject.class).stream()
                .map(v -> new BigDecimal(v.getString("amount"))).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(new BigDecimal("300000.00"), bySource, "原值 by fund source adds up to the 原值");
        assertTrue(a.getJsonArray("originalValueBySource").size() >= 1, created.body());

        // what the project paid bounds what its assets carry: 300000.00 are carried now
        HttpResponse<String> tooMuch = rural.send("POST", "/ledger/api/assets", "application/json",
                asset(accepted, "1", "990000.00", PLACE));
        assertEquals(422, tooMuch.statusCode(), tooMuch.body());
        assertEquals("originalValue", field(tooMuch));
        String detail = Http.json(tooMuch).getString("detail");
        assertTrue(detail.contains("990000.00") && detail.contains("300000.00"), detail);

        // 确权: the default owner is the village's 股份经济合作社
        HttpResponse<String> noDepartment = rural.send("PUT", "/ledger/api/assets/" + id + "/ownership",
                "application/json", "{\"confirmedOn\": \"" + TODAY + "\"}");
        assertEquals(400, noDepartment.statusCode(), noDepartment.body());
        assertEquals("supervisingDepartment", field(noDepartment));
        HttpResponse<String> ownershipByClerk = clerk.send("PUT", "/ledger/api/assets/" + id + "/ownership",
                "application/json", ownership(TODAY));
        assertEquals(403, ownershipByClerk.statusCode(), ownershipByClerk.body());
        HttpResponse<String> handoverTooEarly = rural.send("POST", "/ledger/api/assets/" + id + "/handovers",
                "application/json", handover(TODAY));
        assertEquals(409, handoverTooEarly.statusCode(), handoverTooEarly.body());
        HttpResponse<String> future = rural.send("PUT", "/ledger/api/assets/" + id + "/ownership", "application/json",
                ownership(TODAY.plusDays(1)));
        assertEquals(422, future.statusCode(), future.body());
        assertEquals("confirmedOn", field(future));
        HttpResponse<String> beforePrevious = rural.send("PUT", "/ledger/api/assets/" + id + "/ownership",
                "application/json", ownership(TODAY.minusDays(1)));
        assertEquals(422, beforePrevious.statusCode(), beforePrevious.body());
        assertEquals("confirmedOn", field(beforePrevious));
        // a household of the register as the owner: only at the level 农户, only one of the asset's village
        long ofAnotherVillage = household(rural, "532922101202001", "白章村测试户主");
        long ofThisVillage = household(rural, "532922101201003", "核桃箐测试户主");
        HttpResponse<String> otherVillage = rural.send("PUT", "/ledger/api/assets/" + id + "/ownership",
                "application/json", householdOwnership("HOUSEHOLD", ofAnotherVillage));
        assertEquals(422, otherVillage.statusCode(), otherVillage.body());
        assertEquals("owners[0].householdId", field(otherVillage));
        assertTrue(Http.json(otherVillage).getString("detail").contains("白章大村"), otherVillage.body());
        HttpResponse<String> notAHouseholdLevel = rural.send("PUT", "/ledger/api/assets/" + id + "/ownership",
                "application/json", householdOwnership("VILLAGE", ofThisVillage));
        assertEquals(422, notAHouseholdLevel.statusCode(), notAHouseholdLevel.body());
        assertEquals("owners[0].householdId", field(notAHouseholdLevel));
        HttpResponse<String> unknown = rural.send("PUT", "/ledger/api/assets/" + id + "/ownership",
                "application/json", householdOwnership("HOUSEHOLD", 999_999_999L));
        assertEquals(422, unknown.statusCode(), unknown.body());
        assertEquals("owners[0].householdId", field(unknown));
        HttpResponse<String> nameless = rural.send("PUT", "/ledger/api/assets/" + id + "/ownership",
                "application/json", "{\"ownerLevel\": \"HOUSEHOLD\", \"owners\": [{\"share\": \"1\"}],"
                        + " \"supervisingDepartment\": \"漾濞县农业农村局\", \"confirmedOn\": \"" + TODAY + "\"}");
        assertEquals(422, nameless.statusCode(), "neither a name nor a household: " + nameless.body());
        assertEquals("owners[0].entityName", field(nameless));
        assertEquals("REGISTERED", Http.json(rural.get("/ledger/api/assets/" + id)).getString("stage"),
                "the refusals changed nothing");

        HttpResponse<String> owned = rural.send("PUT", "/ledger/api/assets/" + id + "/ownership", "application/json",
                ownership(TODAY));
        assertEquals(200, owned.statusCode(), owned.body());
        JsonObject owner = Http.json(owned).getJsonArray("owners").getJsonObject(0);
        assertEquals("光明村股份经济合作社", owner.getString("entityName"));
        assertEquals("1", owner.getString("share"));
        assertEquals("VILLAGE", Http.json(owned).getString("ownerLevel"));

        // 移交: signed by the implementing side, handed over only once the village confirms receipt
        HttpResponse<String> signed = rural.send("POST", "/ledger/api/assets/" + id + "/handovers", "application/json",
                handover(TODAY));
        assertEquals(201, signed.statusCode(), signed.body());
        assertEquals("HANDOVER_SIGNED", Http.json(signed).getString("stage"));
        long handover = Http.json(signed).getJsonArray("handovers").getJsonObject(0).getJsonNumber("id").longValue();
        String confirmPath = "/ledger/api/assets/" + id + "/handovers/" + handover + "/confirmation";
        String confirmation = "{\"opinion\": \"资产已清点接收\", \"confirmedOn\": \"" + TODAY + "\"}";
        HttpResponse<String> operateEarly = rural.send("PUT", "/ledger/api/assets/" + id + "/operation",
                "application/json", operation("某蔬菜种植专业合作社", null, null));
        assertEquals(409, operateEarly.statusCode(), "not before receipt is confirmed: " + operateEarly.body());
        assertEquals(403, rural.send("POST", confirmPath, "application/json", confirmation).statusCode(),
                "the county does not confirm for the village");
        assertEquals(403, Http.as("baizhang.clerk").send("POST", confirmPath, "application/json", confirmation)
                .statusCode(), "another village's clerk does not either");
        HttpResponse<String> earlyNotice = rural.send("POST", "/ledger/api/notices", "application/json",
                noticeDraft("ASSET_HANDOVER", id, TODAY, TODAY.plusDays(9)));
        assertEquals(422, earlyNotice.statusCode(), "not before the owner confirmed receipt: " + earlyNotice.body());
        HttpResponse<String> received = clerk.send("POST", confirmPath, "application/json", confirmation);
        assertEquals(200, received.statusCode(), received.body());
        assertEquals("HANDED_OVER", Http.json(received).getString("stage"));
        assertTrue(Http.json(received).getJsonArray("handovers").getJsonObject(0).getBoolean("confirmed"));
        handoverNoticeIsPostedAtTheOwnersVillage(id);

        // 运营, a change of operator, 管护, status and 四个一批
        HttpResponse<String> operated = rural.send("PUT", "/ledger/api/assets/" + id + "/operation",
                "application/json", operation("某蔬菜种植专业合作社", null, null));
        assertEquals(200, operated.statusCode(), operated.body());
        assertEquals("NORMAL", Http.json(operated).getString("status"));
        assertEquals("60000.00", Http.json(operated).getString("expectedAnnualIncome"));
        operatorChangeWaitsForItsNotice(id);
        HttpResponse<String> upkeep = clerk.send("POST", "/ledger/api/assets/" + id + "/maintenance",
                "application/json", maintenance(TODAY));
        assertEquals(201, upkeep.statusCode(), upkeep.body());
        assertEquals("光明村股份经济合作社", Http.json(upkeep).getString("caretaker"));
        HttpResponse<String> backdated = clerk.send("POST", "/ledger/api/assets/" + id + "/maintenance",
                "application/json", maintenance(TODAY.minusDays(3)));
        assertEquals(422, backdated.statusCode(), backdated.body());
        assertEquals("maintainedOn", field(backdated));

        // 收益: posted to the journal as the village collective's income; retried under its key it posts once
        String incomes = "/ledger/api/assets/" + id + "/incomes";
        String receipt = "光明村收〔2026〕" + System.nanoTime() % 1_000_000 + "号";
        String rent = income("30000.00", receipt);
        String key = "rent-" + System.nanoTime();
        HttpResponse<String> paid = clerk.withHeader("Idempotency-Key", key).send("POST", incomes,
                "application/json", rent);
        assertEquals(201, paid.statusCode(), paid.body());
        String incomeEntry = Http.json(paid).getString("entryNo");
        assertTrue(incomeEntry.startsWith("532922-" + TODAY.getYear() + "-"), incomeEntry);
        HttpResponse<String> again = clerk.withHeader("Idempotency-Key", key).send("POST", incomes,
                "application/json", rent);
        assertEquals(incomeEntry, Http.json(again).getString("entryNo"), "the same key and body post once");
        HttpResponse<String> sameReceipt = clerk.send("POST", incomes, "application/json", rent);
        assertEquals(409, sameReceipt.statusCode(), "a receipt number is posted once: " + sameReceipt.body());
        HttpResponse<String> negative = clerk.send("POST", incomes, "application/json", income("-5.00", "x"));
        assertEquals(400, negative.statusCode(), negative.body());
        assertEquals("amount", field(negative));
        assertEquals(403, finance.send("POST", incomes, "application/json", income("10.00", receipt + "-f"))
                .statusCode(), "the finance bureau does not keep the village's books");
        JsonObject entry = Http.json(finance.get("/ledger/api/journal?region=532922000000&year=" + TODAY.getYear()))
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("entryNo").equals(incomeEntry)).findFirst().orElseThrow();
        assertEquals("ASSET_INCOME", entry.getString("kind"));
        List<JsonObject> lines = entry.getJsonArray("lines").getValuesAs(JsonObject.class);
        assertEquals(List.of("OWNER_FUNDS:30000.00:0.00", "ASSET_INCOME:0.00:30000.00"), lines.stream()
                .map(l -> l.getString("account") + ":" + l.getString("debit") + ":" + l.getString("credit")).toList());
        assertTrue(lines.stream().allMatch(l -> l.getString("ownerName").equals("光明村股份经济合作社")
                && l.getJsonNumber("assetId").longValue() == id), lines.toString());
        JsonObject incomeLedger = Http.json(rural.get(incomes));
        JsonObject thisYear = incomeLedger.getJsonArray("years").getValuesAs(JsonObject.class).stream()
                .filter(y -> y.getInt("year") == TODAY.getYear()).findFirst().orElseThrow();
        assertEquals("30000.00", thisYear.getString("received"));
        assertEquals("租金", incomeLedger.getJsonArray("receipts").getJsonObject(0).getString("kindName"));
        HttpResponse<String> idle = rural.send("PUT", "/ledger/api/assets/" + id + "/status", "application/json",
                "{\"status\": \"IDLE\", \"fourBatch\": \"REVITALIZE\", \"measure\": \"引进新经营主体盘活\","
                        + " \"statusOn\": \"" + TODAY + "\"}");
        assertEquals(200, idle.statusCode(), idle.body());
        assertEquals("闲置", Http.json(idle).getString("statusName"));
        assertEquals("盘活一批", Http.json(idle).getString("fourBatchName"));
        HttpResponse<String> disposedByStatus = rural.send("PUT", "/ledger/api/assets/" + id + "/status",
                "application/json", "{\"status\": \"DISPOSED\", \"statusOn\": \"" + TODAY + "\"}");
        assertEquals(422, disposedByStatus.statusCode(), disposedByStatus.body());

        // 处置: 村民代表大会 → 乡镇审核 → 县农业农村 and 财政 → complete; out of order 409, by the wrong role 403
        HttpResponse<String> proposed = rural.send("POST", "/ledger/api/assets/" + id + "/disposals",
                "application/json", "{\"method\": \"AUCTION\", \"reason\": \"长期闲置，经评估拍卖\","
                        + " \"appraisedValue\": \"250000.00\", \"proceedsUse\": \"用于巩固衔接项目\", \"proposedOn\": \""
                        + TODAY + "\"}");
        assertEquals(201, proposed.statusCode(), proposed.body());
        long disposal = Http.json(proposed).getJsonArray("disposals").getJsonObject(0).getJsonNumber("id").longValue();
        String steps = "/ledger/api/assets/" + id + "/disposals/" + disposal + "/actions/";
        assertEquals(409, reviewer.send("POST", steps + "township-approve", "application/json", step("乡审"))
                .statusCode(), "the village meeting comes first");
        assertEquals(403, reviewer.send("POST", steps + "village-approve", "application/json", step("决议"))
                .statusCode(), "the township does not record the village meeting");
        assertEquals(404, clerk.send("POST", steps + "approve", "application/json", step("决议")).statusCode());
        assertEquals(200, clerk.send("POST", steps + "village-approve", "application/json",
                step("光明村村民代表大会决议〔2026〕4号")).statusCode());
        assertEquals(403, clerk.send("POST", steps + "township-approve", "application/json", step("乡审"))
                .statusCode());
        assertEquals(200, reviewer.send("POST", steps + "township-approve", "application/json",
                step("苍山西镇审〔2026〕9号")).statusCode());
        assertEquals(409, rural.send("POST", steps + "complete", "application/json", step(null)).statusCode(),
                "no completion before the county's approval");
        assertEquals(403, reviewer.send("POST", steps + "county-approve", "application/json", step("x")).statusCode());
        HttpResponse<String> ruralApproves = rural.send("POST", steps + "county-approve", "application/json",
                step("漾农批〔2026〕2号"));
        assertEquals(200, ruralApproves.statusCode(), ruralApproves.body());
        assertEquals("TOWNSHIP_APPROVED", disposalOf(ruralApproves).getString("status"), "the finance bureau too");
        assertEquals(409, rural.send("POST", steps + "county-approve", "application/json", step("again"))
                .statusCode());
        HttpResponse<String> financeApproves = finance.send("POST", steps + "county-approve", "application/json",
                step("漾财批〔2026〕7号"));
        assertEquals(200, financeApproves.statusCode(), financeApproves.body());
        assertEquals("COUNTY_APPROVED", disposalOf(financeApproves).getString("status"));
        disposalWaitsForItsNotice(id, disposal, steps);

        // the history: every step, in order, by name and role, never before its predecessor
        JsonObject read = Http.json(Http.as("yangbi.auditor").get("/ledger/api/assets/" + id));
        List<JsonObject> history = read.getJsonArray("history").getValuesAs(JsonObject.class);
        assertEquals(List.of("REGISTERED", "OWNERSHIP_CONFIRMED", "HANDOVER_SIGNED", "HANDOVER_CONFIRMED",
                "OPERATION_SET", "OPERATOR_CHANGE_PROPOSED", "MAINTENANCE", "INCOME_RECORDED", "STATUS_SET", "DISPOSAL_PROPOSED",
                "DISPOSAL_VILLAGE_APPROVED", "DISPOSAL_TOWNSHIP_APPROVED", "DISPOSAL_COUNTY_APPROVED",
                "DISPOSAL_COUNTY_APPROVED"),
                history.stream().map(e -> e.getString("kind")).toList());
        assertEquals("村级填报员", history.get(3).getString("actorRoleName"));
        assertTrue(history.get(3).getString("actor").contains("村级填报员"), history.get(3).toString());
        assertEquals("光明村村民代表大会决议〔2026〕4号", history.get(10).getString("documentRef"));
        assertEquals(receipt, history.get(7).getString("documentRef"), "the income step names its receipt");
        for (int i = 1; i < history.size(); i++) {
            assertFalse(LocalDate.parse(history.get(i).getString("on"))
                    .isBefore(LocalDate.parse(history.get(i - 1).getString("on"))), history.get(i).toString());
        }

        // the register: filtered, in scope
        JsonObject listed = Http.json(rural.get("/ledger/api/assets?region=532922101201&class=OPERATING"
                + "&status=IDLE&size=200"));
        assertTrue(listed.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(i -> i.getJsonNumber("id").longValue() == id), listed.toString());
        assertTrue(listed.getInt("total") >= 1);
        JsonObject normalOnly = Http.json(rural.get("/ledger/api/assets?region=532922000000&status=NORMAL&size=200"));
        assertTrue(normalOnly.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .noneMatch(i -> i.getJsonNumber("id").longValue() == id));
        assertEquals(403, Http.as("binchuan.rural").get("/ledger/api/assets?region=532922000000").statusCode());
        assertEquals(403, Http.as("binchuan.rural").get("/ledger/api/assets/" + id).statusCode());
        assertEquals(400, rural.get("/ledger/api/assets?class=FACTORY").statusCode());
    }

    /**
     * 资产确权移交公示: drafted without places, it goes to the owning village and its natural villages; published, its
     * PDF names the asset, its owner, the 移交书 and what is not decided yet.
     */
    private static void handoverNoticeIsPostedAtTheOwnersVillage(long id) {
        Http rural = Http.as("yangbi.rural");
        HttpResponse<String> backdated = rural.send("POST", "/ledger/api/notices", "application/json",
                noticeDraft("ASSET_HANDOVER", id, TODAY.minusDays(1), TODAY.plusDays(9)));
        assertEquals(422, backdated.statusCode(), "not from before the receipt: " + backdated.body());
        HttpResponse<String> draft = rural.send("POST", "/ledger/api/notices", "application/json",
                noticeDraft("ASSET_HANDOVER", id, TODAY, TODAY.plusDays(9)));
        assertEquals(201, draft.statusCode(), draft.body());
        JsonObject notice = Http.json(draft);
        List<String> places = notice.getJsonArray("regionCodes").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
        assertTrue(places.contains("532922101201") && places.contains(PLACE) && places.contains("532922101201002"),
                places.toString());
        HttpResponse<String> published = rural.sendNoBody("POST", "/ledger/api/notices/"
                + notice.getJsonNumber("id") + "/publish");
        assertEquals(200, published.statusCode(), published.body());
        String pdf = ProjectWorkflowIT.pdfText(PortalHttp.getOk("/portal/notices/"
                + Http.json(published).getString("noticeNo") + ".pdf").body()).replaceAll("\\s+", "");
        for (String expected : List.of("资产确权移交公示", "光明村股份经济合作社", "苍山西镇人民政府", "漾农验〔2026〕8号",
                "运营方式尚未确定", "管护主体尚未确定")) {
            assertTrue(pdf.contains(expected), expected + " in " + pdf);
        }
    }

    /**
     * A county-approved disposal is completed only after its 资产处置公示 has run: refused while there is none, the
     * notice refused before the approval and from a day before it, and completion refused while the period runs.
     * (AssetDisposalNoticeInContainerIT moves the clock past the period and completes it.)
     */
    private static void disposalWaitsForItsNotice(long id, long disposal, String steps) {
        Http rural = Http.as("yangbi.rural");
        String completion = "{\"proceeds\": \"248000.00\", \"decidedOn\": \"" + TODAY + "\"}";
        HttpResponse<String> noNotice = rural.send("POST", steps + "complete", "application/json", completion);
        assertEquals(409, noNotice.statusCode(), noNotice.body());
        assertTrue(Http.json(noNotice).getString("detail").contains("资产处置公示"), noNotice.body());
        HttpResponse<String> early = rural.send("POST", "/ledger/api/notices", "application/json",
                noticeDraft("ASSET_DISPOSAL", disposal, TODAY.minusDays(1), TODAY.plusDays(9)));
        assertEquals(422, early.statusCode(), "not from before the county's approval: " + early.body());
        HttpResponse<String> draft = rural.send("POST", "/ledger/api/notices", "application/json",
                noticeDraft("ASSET_DISPOSAL", disposal, TODAY, TODAY.plusDays(9)));
        assertEquals(201, draft.statusCode(), draft.body());
        HttpResponse<String> published = rural.sendNoBody("POST", "/ledger/api/notices/"
                + Http.json(draft).getJsonNumber("id") + "/publish");
        assertEquals(200, published.statusCode(), published.body());
        String noticeNo = Http.json(published).getString("noticeNo");
        String pdf = ProjectWorkflowIT.pdfText(PortalHttp.getOk("/portal/notices/" + noticeNo + ".pdf").body())
                .replaceAll("\\s+", "");
        for (String expected : List.of("资产处置公示", "拍卖", "长期闲置，经评估拍卖", "250,000.00",
                "光明村村民代表大会", "苍山西镇人民政府", "漾濞彝族自治县财政局", "漾财批〔2026〕7号")) {
            assertTrue(pdf.contains(expected), expected + " in " + pdf);
        }
        HttpResponse<String> running = rural.send("POST", steps + "complete", "application/json", completion);
        assertEquals(409, running.statusCode(), running.body());
        assertTrue(Http.json(running).getString("detail").contains(noticeNo)
                && Http.json(running).getString("detail").contains(TODAY.plusDays(9).toString()), running.body());
        assertEquals("COUNTY_APPROVED", Http.json(rural.get("/ledger/api/assets/" + id)).getJsonArray("disposals")
                .getJsonObject(0).getString("status"), "nothing changed");
    }

    /**
     * A new operator only as the village proposed it and after the proposal's notice has run: refused before the
     * proposal (naming the operator), proposed by the village clerk (not by the finance bureau), its notice published,
     * and the change still refused while the period runs (AssetNoticeGatesInContainerIT moves the clock and makes it).
     */
    private static void operatorChangeWaitsForItsNotice(long id) {
        Http rural = Http.as("yangbi.rural");
        String change = operation("另一家公司", "光明村决〔2026〕3号", "苍山西镇批〔2026〕5号");
        HttpResponse<String> unproposed = rural.send("PUT", "/ledger/api/assets/" + id + "/operation",
                "application/json", change);
        assertEquals(422, unproposed.statusCode(), unproposed.body());
        assertEquals("operator", field(unproposed));
        String proposal = "{\"operator\": \"另一家公司\", \"villageDecisionRef\": \"光明村决〔2026〕3号\","
                + " \"proposedOn\": \"" + TODAY + "\"}";
        assertEquals(403, Http.as("yangbi.finance").send("POST", "/ledger/api/assets/" + id + "/operator-changes",
                "application/json", proposal).statusCode());
        HttpResponse<String> proposed = Http.as("guangming.clerk").send("POST", "/ledger/api/assets/" + id
                + "/operator-changes", "application/json", proposal);
        assertEquals(201, proposed.statusCode(), proposed.body());
        assertEquals("某蔬菜种植专业合作社", Http.json(proposed).getString("operator"), "nothing changes yet");
        int seq = Http.json(proposed).getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("kind").equals("OPERATOR_CHANGE_PROPOSED")).findFirst().orElseThrow()
                .getInt("seq");
        HttpResponse<String> noNotice = rural.send("PUT", "/ledger/api/assets/" + id + "/operation",
                "application/json", change);
        assertEquals(409, noNotice.statusCode(), noNotice.body());
        assertTrue(Http.json(noNotice).getString("detail").contains("资产经营主体变更公示"), noNotice.body());
        HttpResponse<String> draft = rural.send("POST", "/ledger/api/notices", "application/json",
                noticeDraft("ASSET_OPERATOR_CHANGE", id + "-" + seq, TODAY, TODAY.plusDays(9)));
        assertEquals(201, draft.statusCode(), draft.body());
        HttpResponse<String> published = rural.sendNoBody("POST", "/ledger/api/notices/"
                + Http.json(draft).getJsonNumber("id") + "/publish");
        assertEquals(200, published.statusCode(), published.body());
        String pdf = ProjectWorkflowIT.pdfText(PortalHttp.getOk("/portal/notices/"
                + Http.json(published).getString("noticeNo") + ".pdf").body()).replaceAll("\\s+", "");
        for (String expected : List.of("资产经营主体变更公示", "现经营主体某蔬菜种植专业合作社", "拟变更经营主体另一家公司",
                "光明村决〔2026〕3号")) {
            assertTrue(pdf.contains(expected), expected + " in " + pdf);
        }
        HttpResponse<String> running = rural.send("PUT", "/ledger/api/assets/" + id + "/operation",
                "application/json", change);
        assertEquals(409, running.statusCode(), running.body());
        assertEquals("某蔬菜种植专业合作社", Http.json(rural.get("/ledger/api/assets/" + id)).getString("operator"));
    }

    private static String noticeDraft(String type, Object subject, LocalDate from, LocalDate to) {
        return "{\"type\": \"" + type + "\", \"subjectId\": \"" + subject + "\", \"regionCodes\": [],"
                + " \"periodStart\": \"" + from + "\", \"periodEnd\": \"" + to + "\"}";
    }

    private static long demoProject(String status) {
        JsonObject list = Http.json(Http.as("yangbi.rural").get("/ledger/api/projects?region=532922101201&status="
                + status));
        return list.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("name").contains("演示")).findFirst()
                .orElseThrow(() -> new AssertionError("the demo has a " + status + " project in 光明村: " + list))
                .getJsonNumber("id").longValue();
    }

    private static String asset(long project, String share, String value, String place) {
        return "{\"name\": \"光明村蔬菜大棚\", \"assetClass\": \"OPERATING\", \"subType\": \"产业基地\","
                + " \"sourceProjects\": [{\"projectId\": " + project + ", \"share\": \"" + share + "\"}],"
                + (value == null ? "" : " \"originalValue\": \"" + value + "\",")
                + " \"quantity\": \"40\", \"unit\": \"亩\", \"naturalVillageCode\": \"" + place + "\","
                + " \"formedOn\": \"" + TODAY + "\"}";
    }

    private static String ownership(LocalDate on) {
        return "{\"supervisingDepartment\": \"漾濞县农业农村局\", \"decisionRef\": \"漾农确〔2026〕1号\","
                + " \"confirmedOn\": \"" + on + "\"}";
    }

    /** 确权 naming a household of the register by its id alone (its head's name is then the owner's). */
    private static String householdOwnership(String level, long household) {
        return "{\"ownerLevel\": \"" + level + "\", \"owners\": [{\"householdId\": " + household
                + ", \"share\": \"1\"}], \"supervisingDepartment\": \"漾濞县农业农村局\", \"confirmedOn\": \"" + TODAY + "\"}";
    }

    /** A household registered by the county bureau; its id. */
    private static long household(Http rural, String naturalVillage, String head) {
        HttpResponse<String> created = rural.send("POST", "/ledger/api/households", "application/json",
                "{\"naturalVillageCode\": \"" + naturalVillage + "\", \"headName\": \"" + head
                        + "\", \"idNumber\": \"" + HouseholdRegisterIT.idNumber()
                        + "\", \"members\": 3, \"category\": \"ORDINARY\"}");
        assertEquals(201, created.statusCode(), created.body());
        return Http.json(created).getJsonNumber("id").longValue();
    }

    private static String handover(LocalDate on) {
        return "{\"fromUnit\": \"苍山西镇人民政府\", \"assetList\": \"蔬菜大棚 40 亩、滴灌设施 1 套\","
                + " \"acceptanceReportRef\": \"漾农验〔2026〕8号\", \"archiveList\": \"立项批复、竣工图、验收报告\","
                + " \"handedOverOn\": \"" + on + "\", \"bookedOn\": \"" + on + "\"}";
    }

    private static String operation(String operator, String decision, String approval) {
        return "{\"mode\": \"LEASE\", \"operator\": \"" + operator + "\", \"contractFrom\": \"" + TODAY + "\","
                + " \"contractTo\": \"" + TODAY.plusYears(5) + "\", \"expectedAnnualIncome\": \"60000.00\","
                + (decision == null ? "" : " \"villageDecisionRef\": \"" + decision + "\",")
                + (approval == null ? "" : " \"townshipApprovalRef\": \"" + approval + "\",")
                + " \"operatedFrom\": \"" + TODAY + "\"}";
    }

    private static String income(String amount, String receiptNo) {
        return "{\"kind\": \"RENT\", \"receivedOn\": \"" + TODAY + "\", \"payer\": \"另一家公司\", \"amount\": \""
                + amount + "\", \"receiptNo\": \"" + receiptNo + "\", \"periodFrom\": \"" + TODAY.withDayOfYear(1)
                + "\", \"periodTo\": \"" + TODAY.withMonth(12).withDayOfMonth(31) + "\"}";
    }

    private static String maintenance(LocalDate on) {
        return "{\"caretaker\": \"光明村股份经济合作社\", \"maintainedOn\": \"" + on + "\", \"work\": \"更换棚膜\","
                + " \"cost\": \"3200.00\", \"doneBy\": \"村管护员\"}";
    }

    private static String step(String decisionRef) {
        return "{" + (decisionRef == null ? "" : "\"decisionRef\": \"" + decisionRef + "\", ") + "\"decidedOn\": \""
                + TODAY + "\"}";
    }

    private static JsonObject disposalOf(HttpResponse<String> response) {
        return Http.json(response).getJsonArray("disposals").getJsonObject(0);
    }

    private static String field(HttpResponse<String> problem) {
        return Http.json(problem).getJsonArray("errors").getJsonObject(0).getString("field");
    }
}
