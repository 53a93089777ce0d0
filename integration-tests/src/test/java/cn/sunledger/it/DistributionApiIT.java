package cn.sunledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.FieldProblems;
import cn.sunledger.it.support.Http;
import cn.sunledger.it.support.PortalHttp;
import cn.sunledger.it.support.StaffSession;
import cn.sunledger.it.support.TestServer;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
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
 * A distribution plan over HTTP, in real time, from its income to its published 收益分配方案公示 on the portal: the
 * owner's rent posted through the asset API, the plan created with api.md's example body (the 决议 as
 * {@code decision}), a banned use and an unbalanced plan refused naming their fields, submission refused until the
 * other three meetings are recorded, approval by the township of the village only, the plan notice drafted and
 * published with the households' ID numbers masked on the portal, and payment refused (409) before the notice and
 * while it runs. Paying after the period is DistributionInContainerIT's, which can move its clock.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DistributionApiIT {

    private static final String JSON = "application/json";
    private static final String UPPER = "532922101201001";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Deployment(testable = false)
    static WebArchive probe() {
        return TestServer.probe("distribution-api-probe");
    }

    @Test
    void aPlanIsCreatedCheckedApprovedAndAnnouncedAndNotPaidBeforeItsNoticeHasRun() throws Exception {
        Http clerk = Http.as("guangming.clerk");
        String ownerName = "光明村股份经济合作社（接口分配测试" + System.nanoTime() % 1_000_000_000L + "）";
        long asset;
        try (Connection c = owner()) {
            asset = BareAssets.leasedTo(c, "接口分配测试资产", TODAY.minusDays(60), ownerName);
        }
        HttpResponse<String> income = clerk.send("POST", "/ledger/api/assets/" + asset + "/incomes", JSON,
                "{\"kind\": \"RENT\", \"receivedOn\": \"" + TODAY + "\", \"payer\": \"某蔬菜公司\", \"amount\": \"10000.00\","
                        + " \"receiptNo\": \"收-接口-" + asset + "\"}");
        assertEquals(201, income.statusCode(), income.body());
        String id = HouseholdRegisterIT.idNumber();
        HttpResponse<String> household = clerk.send("POST", "/ledger/api/households", JSON, "{\"naturalVillageCode\": \""
                + UPPER + "\", \"headName\": \"接口分配户\", \"idNumber\": \"" + id + "\", \"members\": 2,"
                + " \"category\": \"MONITORED_UNSTABLE\"}");
        assertEquals(201, household.statusCode(), household.body());
        long householdId = Http.json(household).getJsonNumber("id").longValue();

        HttpResponse<String> banned = clerk.send("POST", "/ledger/api/distributions", JSON, plan(ownerName,
                "{\"purpose\": \"VILLAGE_COMMITTEE_EXPENSES\", \"amount\": \"8000.00\"}"));
        assertEquals(422, banned.statusCode(), banned.body());
        JsonObject bannedProblem = Http.json(banned);
        assertEquals("lines[0].purpose", bannedProblem.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(bannedProblem.getString("detail").contains("严禁"), banned.body());
        HttpResponse<String> unbalanced = clerk.send("POST", "/ledger/api/distributions", JSON, plan(ownerName,
                "{\"purpose\": \"PUBLIC_WELFARE_JOBS\", \"amount\": \"9000.00\"}"));
        assertEquals(422, unbalanced.statusCode(), unbalanced.body());
        JsonObject unbalancedError = Http.json(unbalanced).getJsonArray("errors").getJsonObject(0);
        assertEquals("lines", unbalancedError.getString("field"));
        assertTrue(unbalancedError.getString("message").contains("8000.00"), "says what the lines should add up to: "
                + unbalanced.body());

        HttpResponse<String> created = clerk.send("POST", "/ledger/api/distributions", JSON, plan(ownerName,
                "{\"purpose\": \"PUBLIC_WELFARE_JOBS\", \"amount\": \"5000.00\"}, {\"purpose\": \"HOUSEHOLD_SUPPORT\","
                        + " \"householdId\": " + householdId + ", \"amount\": \"3000.00\", \"note\": \"监测户\"}"));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject p = Http.json(created);
        long plan = p.getJsonNumber("id").longValue();
        assertEquals("DRAFT", p.getString("status"));
        assertEquals("10000.00", p.getJsonObject("figures").getString("income"));
        assertEquals("2000.00", p.getJsonObject("figures").getString("reserve"));
        assertTrue(p.getJsonObject("figures").getBoolean("balanced"));
        assertEquals(id.substring(0, 4) + "**********" + id.substring(14),
                p.getJsonArray("lines").getJsonObject(1).getString("idNumber"));
        assertFalse(created.body().contains(id), "no whole ID number in the answer");
        String base = "/ledger/api/distributions/" + plan;

        HttpResponse<String> early = clerk.send("POST", base + "/actions/submit", JSON, "{}");
        assertEquals(422, early.statusCode(), early.body());
        assertEquals(List.of("meetings.PARTY_PROPOSAL", "meetings.COMMITTEES_DELIBERATION",
                "meetings.PARTY_MEMBERS_REVIEW"), Http.json(early).getJsonArray("errors").stream()
                .map(e -> ((JsonObject) e).getString("field")).toList());
        String[] kinds = {"PARTY_PROPOSAL", "COMMITTEES_DELIBERATION", "PARTY_MEMBERS_REVIEW"};
        for (int i = 0; i < kinds.length; i++) {
            HttpResponse<String> m = clerk.send("POST", base + "/meetings", JSON, "{\"kind\": \"" + kinds[i]
                    + "\", \"heldOn\": \"" + TODAY.minusDays(3 - i) + "\", \"attendees\": 9, \"votesFor\": 9}");
            assertEquals(200, m.statusCode(), m.body());
        }
        assertEquals(200, clerk.send("POST", base + "/actions/submit", JSON, "{}").statusCode());
        assertEquals(403, Http.as("yangjiang.reviewer").send("POST", base + "/actions/approve", JSON, "{}").statusCode(),
                "another township's reviewer");
        // a 批复 entered later keeps its date, but never one to come nor one before the submission
        FieldProblems.assertRefused(Http.as("cangshanxi.reviewer").send("POST", base + "/actions/approve", JSON,
                "{\"opinion\": \"同意\", \"decidedOn\": \"" + TODAY.plusDays(1) + "\"}"), 422, "decidedOn");
        FieldProblems.assertRefused(Http.as("cangshanxi.reviewer").send("POST", base + "/actions/approve", JSON,
                "{\"opinion\": \"同意\", \"decidedOn\": \"" + TODAY.minusDays(1) + "\"}"), 422, "decidedOn");
        HttpResponse<String> approved = Http.as("cangshanxi.reviewer").send("POST", base + "/actions/approve", JSON,
                "{\"opinion\": \"同意\"}");
        assertEquals(200, approved.statusCode(), approved.body());
        assertEquals("APPROVED", Http.json(approved).getString("status"));

        long line = p.getJsonArray("lines").getJsonObject(0).getJsonNumber("id").longValue();
        String pay = "{\"paidOn\": \"" + TODAY + "\", \"payments\": [{\"lineId\": " + line
                + ", \"outcome\": \"PAID\", \"amount\": \"5000.00\", \"voucherNo\": \"付-接口-1\"}]}";
        Http keyed = clerk.withHeader("Idempotency-Key", "dist-" + System.nanoTime());
        HttpResponse<String> before = keyed.send("POST", base + "/actions/pay", JSON, pay);
        assertEquals(409, before.statusCode(), before.body());
        assertTrue(Http.json(before).getString("detail").contains("收益分配方案公示"), before.body());

        Http rural = Http.as("yangbi.rural");
        HttpResponse<String> draft = rural.send("POST", "/ledger/api/notices", JSON, "{\"type\": \"DISTRIBUTION_PLAN\","
                + " \"subjectId\": \"" + plan + "\", \"regionCodes\": [], \"periodStart\": \"" + TODAY
                + "\", \"periodEnd\": \"" + TODAY.plusDays(9) + "\"}");
        assertEquals(201, draft.statusCode(), draft.body());
        long notice = Http.json(draft).getJsonNumber("id").longValue();
        HttpResponse<String> published = rural.sendNoBody("POST", "/ledger/api/notices/" + notice + "/publish");
        assertEquals(200, published.statusCode(), published.body());
        String noticeNo = Http.json(published).getString("noticeNo");
        HttpResponse<String> running = keyed.send("POST", base + "/actions/pay", JSON, pay);
        assertEquals(409, running.statusCode(), running.body());
        assertTrue(Http.json(running).getString("detail").contains(noticeNo), running.body());

        String html = PortalHttp.text(PortalHttp.getOk("/portal/notices/" + noticeNo));
        assertFalse(html.contains(id), "the portal shows no whole ID number");
        assertTrue(html.contains(id.substring(0, 4) + "**********" + id.substring(14)), "the masked one");
        assertTrue(html.contains("接口分配户") && html.contains("公积公益金"), "the household's line and the reserve");
        assertEquals(404, clerk.send("POST", base + "/actions/distribute", JSON, "{}").statusCode());

        // the staff screens: the plans list links the plan, whose page shows its checks by label, the household masked
        StaffSession township = StaffSession.signIn("cangshanxi.reviewer");
        HttpResponse<String> list = township.get("/ledger/distributions.xhtml");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains(ownerName) && list.body().contains("distribution.xhtml?id=" + plan), "listed");
        HttpResponse<String> page = township.get("/ledger/distribution.xhtml?id=" + plan);
        assertEquals(200, page.statusCode());
        String staffHtml = page.body();
        for (String shown : List.of("乡镇审核通过", "村级公益性岗位工资", "到户收益分配", "脱贫不稳定户", "村民代表大会决议",
                "相符", "5,000.00", id.substring(0, 4) + "**********" + id.substring(14))) {
            assertTrue(staffHtml.contains(shown), shown);
        }
        // (the demo users' display names carry their usernames, so those are not looked for here)
        for (String code : List.of(id, "PUBLIC_WELFARE_JOBS", "HOUSEHOLD_SUPPORT", "MONITORED_UNSTABLE",
                "TOWNSHIP_REVIEWER", "APPROVED")) {
            assertFalse(staffHtml.contains(code), "no code or whole ID number on the page: " + code);
        }
        assertEquals(404, township.get("/ledger/distribution.xhtml?id=999999999").statusCode());
    }

    /** api.md's example body for this owner and the current year, with the given lines. */
    private static String plan(String ownerName, String lines) {
        return "{\"ownerRegionCode\": \"532922101201\", \"ownerName\": \"" + ownerName + "\", \"periodFrom\": \""
                + TODAY.withDayOfYear(1) + "\", \"periodTo\": \"" + TODAY.withDayOfYear(1).plusYears(1).minusDays(1)
                + "\", \"reserveRate\": \"0.20\", \"decision\": {\"meetingOn\": \"" + TODAY
                + "\", \"attendees\": 45, \"votesFor\": 41}, \"lines\": [" + lines + "]}";
    }

    private static Connection owner() throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://" + env("MARIADB_HOST", "127.0.0.1") + ":"
                + env("MARIADB_PORT", "3407") + "/" + env("MARIADB_DATABASE", "sunledger_test"),
                env("MARIADB_OWNER_USER", "sunledger_owner"), env("MARIADB_OWNER_PASSWORD", "sunledger_owner"));
    }

    private static String env(String name, String otherwise) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? otherwise : v;
    }
}
