package cn.sunledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.Http;
import cn.sunledger.it.support.PdfText;
import cn.sunledger.it.support.PortalHttp;
import cn.sunledger.it.support.TestDatabase;
import cn.sunledger.it.support.TestServer;
import cn.sunledger.ledger.infrastructure.persistence.migration.DemoHouseholdCatalog;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo's income distribution plans (issue 12 item 5), made through the real services on a past timeline entered
 * today: 光明村股份经济合作社's rent plan PAID — its meetings, submission, approval, 收益分配方案公示, payments and
 * 收益分配结果公告 each dated after the step before it, its two payment entries in 漾濞's journal lowering the owner's
 * balance by exactly what was paid, both notices on the portal with masked ID numbers only — and its dividend plan
 * SUBMITTED, awaiting 苍山西镇.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DemoDistributionsIT {

    private static final String OWNER = "光明村股份经济合作社";

    @Deployment(testable = false)
    static WebArchive probe() {
        return TestServer.probe("demo-distributions-probe");
    }

    @Test
    void theDemoHasAPaidAndAnnouncedPlanAndOneAwaitingTheTownshipsApproval() throws Exception {
        Http clerk = Http.as("guangming.clerk");
        Map<String, JsonObject> demo = Http.json(clerk.get("/ledger/api/distributions?region="
                + DemoHouseholdCatalog.VILLAGE + "&size=200")).getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(s -> s.getString("ownerName").equals(OWNER))
                .map(s -> Http.json(clerk.get("/ledger/api/distributions/" + s.getJsonNumber("id"))))
                .filter(p -> p.getJsonArray("meetings").getValuesAs(JsonObject.class).stream()
                        .allMatch(m -> m.getString("minutesRef", "").contains("演示")))
                .collect(Collectors.toMap(p -> p.getString("status"), p -> p, (a, b) -> a));
        assertEquals(Set.of("PAID", "SUBMITTED"), demo.keySet(), "the demo's two plans");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        JsonObject paid = demo.get("PAID");
        JsonObject figures = paid.getJsonObject("figures");
        assertEquals("30000.00", figures.getString("income"), "the first half-year's rent");
        assertEquals("6000.00", figures.getString("reserve"));
        assertEquals("24000.00", figures.getString("linesTotal"));
        assertTrue(figures.getBoolean("balanced"));
        assertEquals("24000.00", paid.getString("paidTotal"));
        List<JsonObject> lines = paid.getJsonArray("lines").getValuesAs(JsonObject.class);
        assertTrue(lines.stream().allMatch(l -> l.getBoolean("paid")), "every line paid");
        assertTrue(lines.stream().anyMatch(l -> l.getJsonArray("attempts").size() == 2
                && l.getJsonArray("attempts").getJsonObject(0).getString("outcome").equals("FAILED")
                        != l.getJsonArray("attempts").getJsonObject(1).getString("outcome").equals("FAILED")),
                "one line failed once and was paid later");

        // one consistent past: 决议 ≤ submission ≤ approval ≤ the plan notice < payments ≤ the result notice ≤ today
        LocalDate resolution = paid.getJsonArray("meetings").getValuesAs(JsonObject.class).stream()
                .map(m -> LocalDate.parse(m.getString("heldOn"))).max(Comparator.naturalOrder()).orElseThrow();
        LocalDate submitted = stepDay(paid, "submit");
        LocalDate approved = stepDay(paid, "approve");
        assertTrue(!submitted.isBefore(resolution) && !approved.isBefore(submitted) && approved.isBefore(today),
                "resolution " + resolution + ", submitted " + submitted + ", approved " + approved);
        assertTrue(LocalDate.parse(paid.getString("periodTo")).isBefore(resolution), "the plan spends a past period");
        long planId = paid.getJsonNumber("id").longValue();
        JsonObject planNotice = notice("DISTRIBUTION_PLAN", planId);
        JsonObject resultNotice = notice("DISTRIBUTION_RESULT", planId);
        TreeSet<LocalDate> paidOn = lines.stream().flatMap(l -> l.getJsonArray("attempts").getValuesAs(JsonObject.class)
                .stream()).map(a -> LocalDate.parse(a.getString("paidOn"))).collect(Collectors.toCollection(TreeSet::new));
        assertFalse(LocalDate.parse(planNotice.getString("periodStart")).isBefore(approved));
        assertTrue(LocalDate.parse(planNotice.getString("periodEnd")).isBefore(paidOn.first()),
                "paid after the plan notice's period: " + paidOn + " " + planNotice);
        assertFalse(LocalDate.parse(resultNotice.getString("periodStart")).isBefore(paidOn.last()));
        assertTrue(LocalDate.parse(resultNotice.getString("periodEnd")).isBefore(today), "its period is over");
        assertTrue(planNotice.getInt("postings") >= 1 && resultNotice.getInt("postings") >= 1,
                "each back-dated notice carries its board posting");

        // the journal: the plan's paid lines are two DISTRIBUTION entries, and the owner's balance fell by 24,000.00
        Set<String> entries = lines.stream().flatMap(l -> l.getJsonArray("attempts").getValuesAs(JsonObject.class)
                .stream()).filter(a -> a.getString("outcome").equals("PAID")).map(a -> a.getString("entryNo"))
                .collect(Collectors.toSet());
        assertEquals(2, entries.size(), entries.toString());
        assertEquals(entries, distributionEntries(), "the owner's only distributions are the plan's two batches");
        BigDecimal balance = ownerFundsExcept(null);
        BigDecimal received = ownerFundsExcept("DISTRIBUTION");
        assertTrue(received.compareTo(new BigDecimal("38000.00")) >= 0, "at least the rent and the dividend: " + received);
        assertEquals(received.subtract(new BigDecimal("24000.00")), balance, "the balance fell by what was paid");

        // both notices on the portal, households by masked ID number only
        List<String> secrets = DemoHouseholdCatalog.secrets();
        String masked = lines.stream().filter(l -> l.getString("idNumber", null) != null).findFirst().orElseThrow().getString("idNumber");
        assertTrue(masked.contains("**********"), masked);
        for (JsonObject n : List.of(planNotice, resultNotice)) {
            String pdf = PdfText.of(PortalHttp.getOk("/portal/notices/" + n.getString("noticeNo") + ".pdf").body());
            assertTrue(pdf.contains("公积公益金"), "the PDF is the plan's: " + n.getString("noticeNo"));
            for (String secret : secrets) {
                assertFalse(pdf.contains(secret), n.getString("noticeNo") + ".pdf shows a whole ID or phone");
            }
            for (String suffix : List.of("", ".json")) {
                String body = PortalHttp.text(PortalHttp.getOk("/portal/notices/" + n.getString("noticeNo") + suffix));
                assertTrue(body.contains(masked), n.getString("noticeNo") + suffix + " lists the households masked");
                for (String secret : secrets) {
                    assertFalse(body.contains(secret), n.getString("noticeNo") + suffix + " shows a whole ID or phone");
                }
            }
        }

        JsonObject submittedPlan = demo.get("SUBMITTED");
        assertEquals("8000.00", submittedPlan.getJsonObject("figures").getString("income"), "the season's dividend");
        assertEquals("0.00", submittedPlan.getJsonObject("figures").getString("earlierPlans"), "a period of its own");
        assertEquals("0.00", submittedPlan.getString("paidTotal"));
        assertTrue(stepDay(submittedPlan, "submit").isBefore(today), "submitted on its paper's day");
        HttpResponse<String> approvable = Http.as("cangshanxi.reviewer").get("/ledger/api/distributions/"
                + submittedPlan.getJsonNumber("id"));
        assertEquals(200, approvable.statusCode(), "苍山西镇 sees the plan it is to approve");
    }

    /** The day of the plan's last step of this action: its decided date, else the day it was recorded. */
    private static LocalDate stepDay(JsonObject plan, String action) {
        JsonObject step = plan.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("action").equals(action)).reduce((a, b) -> b).orElseThrow();
        String decided = step.getString("decidedOn", null);
        return decided == null ? LocalDate.parse(step.getString("at").substring(0, 10)) : LocalDate.parse(decided);
    }

    /** The published notice of {@code type} about the plan, as the county rural bureau lists it. */
    private static JsonObject notice(String type, long planId) {
        return Http.json(Http.as("yangbi.rural").get("/ledger/api/notices?type=" + type + "&status=PUBLISHED&size=200"))
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("subjectId").equals(String.valueOf(planId))).findFirst()
                .orElseThrow(() -> new AssertionError("no published " + type + " of plan " + planId));
    }

    private static Set<String> distributionEntries() throws SQLException {
        try (Connection c = TestDatabase.owner(); PreparedStatement p = c.prepareStatement("SELECT DISTINCT e.entry_no"
                + " FROM journal_entry e JOIN journal_line l ON l.entry_no = e.entry_no WHERE e.kind = 'DISTRIBUTION'"
                + " AND l.owner_region = ? AND l.owner_name = ?")) {
            p.setString(1, DemoHouseholdCatalog.VILLAGE);
            p.setString(2, OWNER);
            try (ResultSet rs = p.executeQuery()) {
                Set<String> entries = new TreeSet<>();
                while (rs.next()) {
                    entries.add(rs.getString(1));
                }
                return entries;
            }
        }
    }

    /** Σ debit − credit of the owner's OWNER_FUNDS lines: of every entry, or of every entry not of one kind. */
    private static BigDecimal ownerFundsExcept(String kind) throws SQLException {
        try (Connection c = TestDatabase.owner(); PreparedStatement p = c.prepareStatement("SELECT COALESCE(SUM(l.debit"
                + " - l.credit), 0) FROM journal_line l JOIN journal_entry e ON e.entry_no = l.entry_no"
                + " WHERE l.owner_region = ? AND l.owner_name = ? AND l.account = 'OWNER_FUNDS'"
                + (kind == null ? "" : " AND e.kind <> ?"))) {
            p.setString(1, DemoHouseholdCatalog.VILLAGE);
            p.setString(2, OWNER);
            if (kind != null) {
                p.setString(3, kind);
            }
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1).setScale(2);
            }
        }
    }
}
