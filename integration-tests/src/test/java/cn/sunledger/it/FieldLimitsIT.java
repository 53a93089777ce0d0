package cn.sunledger.it;

import static cn.sunledger.it.support.FieldProblems.assertProblem;
import static cn.sunledger.it.support.FieldProblems.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.sunledger.it.support.Http;
import cn.sunledger.it.support.TestServer;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Text longer than its column and bodies larger than the server takes (issue 9, item 5): each was a 500 or an
 * empty 400; each is now a problem document — 400 naming the field, checked where the body is read, or 413 — and
 * nothing is stored.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FieldLimitsIT {

    @Deployment(testable = false)
    static WebArchive probe() {
        return TestServer.probe("field-limits-probe");
    }

    private static String longText(int chars) {
        return "长".repeat(chars);
    }

    @Test
    void anApprovalStepsOpinionAndDecisionReferenceFitTheirColumns() {
        Http clerk = Http.as("guangming.clerk");
        long project = Http.json(clerk.send("POST", "/ledger/api/projects", "application/json", ProjectWorkflowIT.EXAMPLE))
                .getJsonNumber("id").longValue();
        String submit = "/ledger/api/projects/" + project + "/actions/submit";
        String history = clerk.get("/ledger/api/projects/" + project + "/history").body();
        assertRefused(clerk.send("POST", submit, "application/json",
                "{\"decisionRef\": \"" + longText(100_000) + "\", \"decidedOn\": \"2026-03-01\"}"), 400, "decisionRef");
        assertRefused(clerk.send("POST", submit, "application/json",
                "{\"opinion\": \"" + longText(100_000) + "\", \"decisionRef\": \"决议\", \"decidedOn\": \"2026-03-01\"}"),
                400, "opinion");
        assertRefused(clerk.send("POST", "/ledger/api/projects/" + project + "/actions/remove", "application/json",
                "{\"opinion\": \"" + longText(2001) + "\"}"), 400, "opinion");
        assertEquals("DRAFT", Http.json(clerk.get("/ledger/api/projects/" + project)).getString("status"));
        assertEquals(history, clerk.get("/ledger/api/projects/" + project + "/history").body(), "no step taken");
    }

    @Test
    void anObjectionAndItsResolutionFitTheirColumns() {
        long notice = publishedNoticeOf("guangming.clerk");
        Http clerk = Http.as("guangming.clerk");
        int before = clerk.get("/ledger/api/notices/" + notice + "/objections").body().length();
        String content = "x".repeat(100 * 1024);
        assertRefused(clerk.send("POST", "/ledger/api/notices/" + notice + "/objections", "application/json",
                "{\"receivedOn\": \"2026-03-01\", \"raisedBy\": \"李四\", \"content\": \"" + content + "\"}"), 400, "content");
        assertRefused(clerk.send("POST", "/ledger/api/notices/" + notice + "/objections", "application/json",
                "{\"receivedOn\": \"2026-03-01\", \"raisedBy\": \"" + longText(101) + "\", \"content\": \"x\"}"), 400,
                "raisedBy");
        assertRefused(Http.as("cangshanxi.reviewer").send("PUT", "/ledger/api/notices/" + notice + "/objections/1",
                "application/json", "{\"resolution\": \"" + content + "\", \"resolvedOn\": \"2026-03-02\"}"), 400,
                "resolution");
        assertEquals(before, clerk.get("/ledger/api/notices/" + notice + "/objections").body().length(), "nothing stored");
    }

    @Test
    void aNoticesSubjectIdAndCorrectionReasonFitTheirColumns() {
        Http county = Http.as("yangbi.rural");
        assertRefused(county.send("POST", "/ledger/api/notices", "application/json",
                "{\"type\": \"POLICY\", \"subjectId\": \"" + "1".repeat(102) + "\", \"regionCodes\": [\"532922000000\"]}"),
                400, "subjectId");
        assertRefused(county.send("POST", "/ledger/api/notices", "application/json",
                "{\"type\": \"POLICY\", \"subjectId\": \"1\", \"regionCodes\": [\"" + "5".repeat(200) + "\"]}"),
                400, "regionCodes[0]");
        long notice = publishedNoticeOf("yangbi.rural");
        assertRefused(county.send("POST", "/ledger/api/notices/" + notice + "/supersede", "application/json",
                "{\"reason\": \"" + longText(501) + "\"}"), 400, "reason");
    }

    @Test
    void aPolicyDocumentFitsItsColumnsAndASensibleSize() {
        Http county = Http.as("yangbi.rural");
        String list = county.get("/ledger/api/policy-documents").body();
        String doc = "{\"regionCode\": \"532922000000\", \"title\": \"%s\", \"issuer\": \"县乡村振兴局\","
                + " \"issuedOn\": \"2026-03-01\", \"body\": \"%s\", \"referenceOnly\": false}";
        assertRefused(county.send("POST", "/ledger/api/policy-documents", "application/json",
                doc.formatted(longText(301), "正文")), 400, "title");
        assertRefused(county.send("POST", "/ledger/api/policy-documents", "application/json",
                doc.formatted("标题", longText(200_001))), 400, "body");
        // ten megabytes of text is no policy document: refused before it is parsed
        assertProblem(county.overHttp11().send("POST", "/ledger/api/policy-documents", "application/json",
                doc.formatted("标题", "x".repeat(10 * 1024 * 1024))), 413);
        assertEquals(list, county.get("/ledger/api/policy-documents").body(), "nothing stored");
    }

    @Test
    void aBodyLargerThanTheServerTakesIsA413ProblemDocument() {
        byte[] huge = new byte[25 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        JsonObject imported = assertProblem(Http.as("admin").overHttp11().send("POST", "/ledger/api/regions/import",
                "application/octet-stream", huge), 413);
        assertFalse(imported.getString("title").isBlank());
        assertProblem(Http.as("guangming.clerk").overHttp11().send("POST", "/ledger/api/projects", "application/json",
                huge), 413);
        // within the API's limit but over the import's own
        byte[] eleven = new byte[11 * 1024 * 1024];
        Arrays.fill(eleven, (byte) 'a');
        assertProblem(Http.as("admin").overHttp11().send("POST", "/ledger/api/regions/import", "text/csv", eleven), 413);
        assertEquals(200, Http.as("admin").get("/ledger/api/regions").statusCode(), "the server carries on");
    }

    /** A published demo notice that {@code user} may read (and, as a village clerk, record objections on). */
    static long publishedNoticeOf(String user) {
        return Http.json(Http.as(user).get("/ledger/api/notices?status=PUBLISHED")).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().findFirst().orElseThrow().getJsonNumber("id").longValue();
    }
}
