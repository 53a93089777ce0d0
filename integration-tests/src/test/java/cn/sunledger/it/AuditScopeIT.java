package cn.sunledger.it;

import static cn.sunledger.it.StaffApiIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.DemoLogins;
import cn.sunledger.it.support.Http;
import cn.sunledger.it.support.TestServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail of a record is readable by exactly those who may read the record: for every demo user, the
 * status of {@code /api/audit/{type}/{id}} is the status of the record's own API, for staff accounts, projects
 * and a notice's objections.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditScopeIT {

    private static final String API = "/ledger/api";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Deployment(testable = false)
    static WebArchive probe() {
        return TestServer.probe("audit-scope-probe");
    }

    @Test
    void aCountyDepartmentReadsNeitherTheCountyBureausAccountNorItsHistory() {
        assertProblem(Http.as("binchuan.dept").get(API + "/users/binchuan.rural"), 403);
        assertProblem(Http.as("binchuan.dept").get(API + "/audit/user/binchuan.rural"), 403);
        assertEquals(200, Http.as("admin").get(API + "/audit/user/binchuan.rural").statusCode());
    }

    @Test
    void staffAccountHistoriesFollowTheAccountsScope() {
        assertSameScope(List.of("binchuan.rural", "guangming.clerk"), name -> API + "/users/" + name,
                name -> API + "/audit/user/" + name);
    }

    @Test
    void projectHistoriesFollowTheProjectsScope() {
        List<JsonObject> projects = Http.json(Http.as("admin").get(API + "/projects?size=200")).getJsonArray("items")
                .getValuesAs(JsonObject.class);
        List<String> ids = new ArrayList<>();
        for (String county : List.of("532922", "532924")) {
            projects.stream().filter(p -> p.getString("villageCode").startsWith(county)).findFirst()
                    .ifPresent(p -> ids.add(String.valueOf(p.getJsonNumber("id").longValue())));
        }
        assertEquals(2, ids.size(), "demo projects in 漾濞 and 宾川");
        assertSameScope(ids, id -> API + "/projects/" + id, id -> API + "/audit/project/" + id);
    }

    /**
     * An objection's history is read where its notice's objections are: also by the villages the notice is posted
     * to, which lie outside the issuing county's office but inside its county.
     */
    @Test
    void objectionHistoriesFollowTheirNoticesScope() {
        JsonObject notice = Http.json(Http.as("admin").get(API + "/notices?status=PUBLISHED&type=PROJECT_DECLARATION"
                + "&size=200")).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("issuerRegionCode").equals("532922000000") && n.getJsonArray("regionCodes")
                        .getValuesAs(JsonString.class).stream()
                        .anyMatch(r -> r.getString().startsWith("532922101201")))
                .findFirst().orElseThrow(() -> new AssertionError("a demo declaration of 漾濞 posted in 光明村"));
        long noticeId = notice.getJsonNumber("id").longValue();
        Http bureau = Http.as("dali.bureau");
        HttpResponse<String> recorded = bureau.send("POST", API + "/notices/" + noticeId + "/objections",
                "application/json", "{\"receivedOn\": \"" + notice.getString("periodStart") + "\", \"raisedBy\": \"王五\","
                        + " \"content\": \"审计范围测试异议\"}");
        assertEquals(201, recorded.statusCode(), recorded.body());
        long objection = Http.json(recorded).getJsonNumber("id").longValue();
        // resolved at once, so the demo project's next step is not held by this test
        HttpResponse<String> resolved = bureau.send("PUT", API + "/notices/" + noticeId + "/objections/" + objection,
                "application/json", "{\"resolution\": \"已核实答复\", \"resolvedOn\": \"" + TODAY + "\"}");
        assertEquals(200, resolved.statusCode(), resolved.body());

        Map<String, Integer> seen = assertSameScope(List.of(String.valueOf(objection)),
                id -> API + "/notices/" + noticeId + "/objections", id -> API + "/audit/objection/" + id);
        assertEquals(200, seen.get("guangming.clerk@" + objection), "a village the notice is posted to reads both");
    }

    @Test
    void anUnknownRecordTypeOrRecordIsNotFound() {
        assertProblem(Http.as("admin").get(API + "/audit/payment/1"), 404);
        assertProblem(Http.as("admin").get(API + "/audit/project/999999999"), 404);
        assertProblem(Http.as("admin").get(API + "/audit/project/abc"), 404);
        assertProblem(Http.as("admin").get(API + "/audit/user/no.such.user"), 404);
    }

    /**
     * For every demo user and record: the history answers as the record does, and the users include both some
     * who may and some who may not read each record (else the comparison would prove nothing).
     */
    private static Map<String, Integer> assertSameScope(List<String> records, Function<String, String> record,
            Function<String, String> history) {
        Map<String, Integer> seen = new TreeMap<>();
        for (String id : records) {
            boolean someRead = false;
            boolean someRefused = false;
            for (String user : DemoLogins.usernames()) {
                Http http = Http.as(user);
                int expected = http.get(record.apply(id)).statusCode();
                HttpResponse<String> audit = http.get(history.apply(id));
                assertEquals(expected, audit.statusCode(), user + " on " + history.apply(id) + ": " + audit.body());
                if (expected == 403) {
                    assertProblem(audit, 403);
                }
                assertTrue(expected == 200 || expected == 403, user + " on " + record.apply(id) + ": " + expected);
                someRead |= expected == 200;
                someRefused |= expected == 403;
                seen.put(user + "@" + id, expected);
            }
            assertTrue(someRead && someRefused, "both outcomes occur for " + record.apply(id) + ": " + seen);
        }
        return seen;
    }
}
