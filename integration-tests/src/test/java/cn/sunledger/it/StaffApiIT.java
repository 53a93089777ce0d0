package cn.sunledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.Http;
import cn.sunledger.it.support.TestServer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The staff REST API of the deployed ledger.war over HTTP, as api.md describes it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffApiIT {

    @Deployment(testable = false)
    static WebArchive probe() {
        return TestServer.probe("staff-api-probe");
    }

    @Test
    void villageClerkGetsOnlyTheOwnVillageAsRootAndItsNaturalVillages() {
        JsonObject roots = Http.json(Http.as("guangming.clerk").get("/ledger/api/regions"));
        assertEquals(1, roots.getInt("total"));
        JsonObject village = roots.getJsonArray("items").getJsonObject(0);
        assertEquals("532922101201", village.getString("code"));
        assertEquals("VILLAGE", village.getString("level"));
        assertEquals("532922101000", village.getString("parentCode"));

        JsonArray natural = Http.json(Http.as("guangming.clerk").get("/ledger/api/regions?parent=532922101201"))
                .getJsonArray("items");
        assertEquals(List.of("532922101201001", "532922101201002", "532922101201003"),
                natural.getValuesAs(JsonObject.class).stream().map(o -> o.getString("code")).toList());
    }

    @Test
    void anotherVillageIsForbiddenWithAProblemDocument() {
        HttpResponse<String> response = Http.as("guangming.clerk").get("/ledger/api/regions?parent=532922101202");
        assertProblem(response, 403);
        assertTrue(Http.json(response).getString("detail").contains("532922101202"));
    }

    @Test
    void noCredentialsOrAWrongPasswordGet401ProblemJsonNotTheLoginPage() {
        HttpResponse<String> none = Http.anonymous().get("/ledger/api/regions");
        assertProblem(none, 401);
        assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        HttpResponse<String> wrong = Http.withPassword("admin", "not-the-password").get("/ledger/api/regions");
        assertEquals(401, wrong.statusCode());
    }

    @Test
    void malformedJsonIs400ProblemNever500() {
        HttpResponse<String> response = Http.as("admin").send("POST", "/ledger/api/users", "application/json",
                "{\"username\": \"x\", \"displayName\": ");
        assertProblem(response, 400);
        assertFalse(response.body().contains("Exception"), "no stack trace or exception name reaches the client");
        HttpResponse<String> wrongType = Http.as("admin").send("POST", "/ledger/api/users", "application/json",
                "{\"username\": \"abc\", \"role\": \"EMPEROR\"}");
        assertProblem(wrongType, 400);
    }

    @Test
    void beanValidationErrorsAreListedPerFieldInTheRequestedLanguage() {
        String body = "{\"username\": \"a\", \"displayName\": \"\", \"role\": \"VILLAGE_CLERK\", \"regionCode\": \"123\"}";
        HttpResponse<String> zh = Http.as("admin").send("POST", "/ledger/api/users", "application/json", body);
        assertProblem(zh, 400);
        List<String> fields = Http.json(zh).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).sorted().toList();
        assertEquals(List.of("displayName", "regionCode", "username"), fields);
        HttpResponse<String> en = Http.as("admin").inLanguage("en").send("POST", "/ledger/api/users",
                "application/json", body);
        assertEquals("Bad request", Http.json(en).getString("title"));
        assertEquals("请求无效", Http.json(zh).getString("title"));
    }

    @Test
    void regionImportWithABadRowImportsNothingAndNamesTheRow() {
        String csv = "\uFEFFcode,name,level,parentCode\n"
                + "532925101000,弥渡测试镇,TOWNSHIP,532925000000\n"
                + "532925101201,弥渡测试村,VILLAGE,532925101000\n"
                + "532925101202,孤儿村,VILLAGE,532925109000\n";
        HttpResponse<String> response = Http.as("admin").send("POST", "/ledger/api/regions/import", "text/csv", csv);
        assertProblem(response, 422);
        JsonObject problem = Http.json(response);
        assertEquals(0, problem.getInt("imported"));
        JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
        assertEquals(4, error.getInt("row"));
        assertEquals("parentCode", error.getString("field"));
        assertEquals(1, problem.getJsonArray("errors").size());
        assertEquals(404, Http.as("admin").get("/ledger/api/regions/532925101000").statusCode(),
                "the good rows of a refused file are not imported");

        String fixed = csv.replace("532925109000", "532925101000");
        HttpResponse<String> ok = Http.as("admin").send("POST", "/ledger/api/regions/import", "text/csv", fixed);
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals(3, Http.json(ok).getInt("imported"));
        assertEquals("弥渡测试镇", Http.json(Http.as("admin").get("/ledger/api/regions/532925101000")).getString("name"));
    }

    @Test
    void onlyAdministratorsMayImportRegions() {
        HttpResponse<String> response = Http.as("yangbi.rural").send("POST", "/ledger/api/regions/import",
                "text/csv", "code,name,level,parentCode\n532922103000,某镇,TOWNSHIP,532922000000\n");
        assertProblem(response, 403);
    }

    @Test
    void userUpdateShowsInTheAuditTrailWithActorAndBeforeAfter() {
        String create = "{\"username\": \"api.clerk\", \"displayName\": \"接口测试员\", \"role\": \"VILLAGE_CLERK\","
                + " \"regionCode\": \"532922101202\", \"phone\": \"13987654321\", \"password\": \"Api#Clerk2026\"}";
        HttpResponse<String> created = Http.as("yangbi.admin").send("POST", "/ledger/api/users", "application/json", create);
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("139****4321", Http.json(created).getString("phone"), "phones come back masked");

        String update = "{\"displayName\": \"接口测试员（改）\", \"role\": \"VILLAGE_CLERK\", \"regionCode\": \"532922101201\"}";
        assertEquals(200, Http.as("yangbi.admin").send("PUT", "/ledger/api/users/api.clerk", "application/json", update)
                .statusCode());
        assertEquals(200, Http.withPassword("api.clerk", "Api#Clerk2026").get("/ledger/api/me").statusCode(), "the new user can sign in");

        JsonArray trail = Http.json(Http.as("yangbi.admin").get("/ledger/api/audit/user/api.clerk")).getJsonArray("items");
        assertEquals(2, trail.size());
        JsonObject last = trail.getJsonObject(1);
        assertEquals("yangbi.admin", last.getString("actor"));
        assertEquals("MODIFIED", last.getString("kind"));
        assertTrue(last.getString("at").endsWith("+08:00"), last.getString("at"));
        assertTrue(last.getJsonArray("changes").getValuesAs(JsonObject.class).stream().anyMatch(c ->
                c.getString("field").equals("displayName") && c.getString("before").equals("接口测试员")
                        && c.getString("after").equals("接口测试员（改）")));
    }

    @Test
    void aCountyAdministratorCannotCreateUsersOutsideTheCounty() {
        String body = "{\"username\": \"outside.clerk\", \"displayName\": \"越权\", \"role\": \"VILLAGE_CLERK\","
                + " \"regionCode\": \"532924102201\", \"password\": \"Outside#2026\"}";
        assertProblem(Http.as("yangbi.admin").send("POST", "/ledger/api/users", "application/json", body), 403);
        assertEquals(404, Http.as("admin").get("/ledger/api/users/outside.clerk").statusCode());
    }

    @Test
    void unknownPathsAre404ProblemDocuments() {
        assertProblem(Http.as("admin").get("/ledger/api/no-such-thing"), 404);
    }

    @Test
    void openApiAndHealthAreServed() {
        HttpResponse<String> openapi = Http.anonymous().get("/openapi?format=JSON");
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/api/regions"), "the staff API is described");
        HttpResponse<String> health = java.net.http.HttpClient.newHttpClient().sendAsync(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(TestServer.MANAGEMENT + "/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString()).join();
        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().contains("ledger-database"));
    }

    static void assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        JsonObject problem = Http.json(response);
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("title").isBlank());
        assertFalse(problem.getString("detail").isBlank());
    }
}
