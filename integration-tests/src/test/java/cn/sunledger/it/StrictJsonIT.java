package cn.sunledger.it;

import static cn.sunledger.it.support.FieldProblems.assertProblem;
import static cn.sunledger.it.support.FieldProblems.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.Http;
import cn.sunledger.it.support.TestServer;
import jakarta.json.JsonObject;
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
 * Strict input (issue 9, item 6): every JSON body of the staff API is read by one strict reader, so values of the
 * wrong kind, text with control or direction characters, and implausible amounts, months and dates are refused
 * with a 400 problem naming the field — and nothing is stored.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StrictJsonIT {

    private static final String PROJECTS = "/ledger/api/projects";
    private static final String EXAMPLE = ProjectWorkflowIT.EXAMPLE;

    @Deployment(testable = false)
    static WebArchive probe() {
        return TestServer.probe("strict-json-probe");
    }

    private static HttpResponse<String> create(String body) {
        return Http.as("guangming.clerk").send("POST", PROJECTS, "application/json", body);
    }

    private static String withField(String original, String replacement) {
        String changed = EXAMPLE.replace(original, replacement);
        assertTrue(!changed.equals(EXAMPLE), "the example contains " + original);
        return changed;
    }

    @Test
    void theExampleItselfIsAccepted() {
        assertEquals(201, create(EXAMPLE).statusCode());
    }

    @Test
    void dataAfterTheJsonBodyIsRefused() {
        long before = projectCount();
        assertRefused(create(EXAMPLE + " {\"year\": 2027}"), 400, "$");
        assertRefused(create(EXAMPLE + "garbage"), 400, "$");
        assertRefused(create("{\"year\": 2026, \"year\": 2027}"), 400, "$");
        assertRefused(create("{\"year\": 2026"), 400, "$");
        assertEquals(before, projectCount(), "nothing stored");
    }

    @Test
    void moneyIsAJsonStringNeverANumber() {
        String message = assertRefused(create(withField("\"amount\": \"800000.00\"", "\"amount\": 800000.00")), 400,
                "plannedInvestment[0].amount");
        assertTrue(message.contains("文本"), message);
    }

    @Test
    void booleansAndWholeNumbersMustBeTheirJsonKind() {
        assertRefused(create(withField("\"emergency\": false", "\"emergency\": \"yes\"")), 400, "emergency");
        assertRefused(create(withField("\"emergency\": false", "\"emergency\": 1")), 400, "emergency");
        assertRefused(create(withField("\"year\": 2026", "\"year\": 2026.5")), 400, "year");
        assertRefused(create(withField("\"year\": 2026", "\"year\": \"2026\"")), 400, "year");
        assertRefused(create(withField("\"households\": 120", "\"households\": 99999999999")), 400,
                "beneficiaries.households");
        assertRefused(create(withField("\"people\": 450", "\"people\": 1e999999999")), 400, "beneficiaries.people");
        assertRefused(create(withField("\"nature\": \"NEW\"", "\"nature\": \"new\"")), 400, "nature");
    }

    @Test
    void numbersAreNotText() {
        assertRefused(create(withField("\"name\": \"某村高原特色蔬菜种植基地建设项目\"", "\"name\": 12345")), 400, "name");
        assertRefused(create(withField("\"responsiblePerson\": \"张三\"", "\"responsiblePerson\": true")), 400,
                "responsiblePerson");
        assertRefused(create(withField("[\"532922101201001\", \"532922101201002\"]", "[532922101201001]")), 400,
                "naturalVillageCodes[0]");
        assertRefused(create(withField("[\"532922101201001\", \"532922101201002\"]", "\"532922101201001\"")), 400,
                "naturalVillageCodes");
    }

    @Test
    void everyMistakeIsReportedAtOnce() {
        HttpResponse<String> response = create(EXAMPLE.replace("\"year\": 2026", "\"year\": \"x\"")
                .replace("\"emergency\": false", "\"emergency\": \"no\"").replace("\"unit\": \"亩\"}", "\"unit\": 7}"));
        assertRefused(response, 400, "year");
        assertRefused(response, 400, "emergency");
        assertRefused(response, 400, "scale.unit");
    }

    @Test
    void amountsArePositiveAndTheirSumFitsTheLedger() {
        assertRefused(create(withField("\"amount\": \"200000.00\"", "\"amount\": \"0.00\"")), 400,
                "plannedInvestment[1].amount");
        assertRefused(create(withField("\"amount\": \"200000.00\"", "\"amount\": \"0\"")), 400,
                "plannedInvestment[1].amount");
        String message = assertRefused(create(EXAMPLE.replace("\"amount\": \"800000.00\"", "\"amount\": \"9999999999999999.00\"")
                .replace("\"amount\": \"200000.00\"", "\"amount\": \"9999999999999999.00\"")), 400, "plannedInvestment");
        assertTrue(message.contains("9999999999999999.99"), message);
    }

    @Test
    void monthsDatesAndNoticePeriodsArePlausible() {
        assertRefused(create(withField("\"startMonth\": \"2026-03\"", "\"startMonth\": \"1999-12\"")), 400, "startMonth");
        assertRefused(create(withField("\"endMonth\": \"2026-10\"", "\"endMonth\": \"2101-01\"")), 400, "endMonth");

        long project = Http.json(create(EXAMPLE)).getJsonNumber("id").longValue();
        Http clerk = Http.as("guangming.clerk");
        String submit = PROJECTS + "/" + project + "/actions/submit";
        String decided = "{\"decisionRef\": \"光明村决议〔2026〕9号\", \"decidedOn\": \"%s\"}";
        assertRefused(clerk.send("POST", submit, "application/json", decided.formatted("1900-01-01")), 400, "decidedOn");
        assertRefused(clerk.send("POST", submit, "application/json", decided.formatted("2026-02-30")), 400, "decidedOn");
        assertEquals("DRAFT", Http.json(clerk.get(PROJECTS + "/" + project)).getString("status"), "nothing taken");

        LocalDate meeting = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(14);
        assertEquals(200, clerk.send("POST", submit, "application/json", decided.formatted(meeting)).statusCode());
        Http county = Http.as("yangbi.rural");
        String draft = "{\"type\": \"PROJECT_DECLARATION\", \"subjectId\": \"" + project + "\", \"regionCodes\": "
                + "[\"532922101201\"], \"periodStart\": \"%s\", \"periodEnd\": \"%s\"}";
        String notices = county.get("/ledger/api/notices?type=PROJECT_DECLARATION&size=1").body();
        assertRefused(county.send("POST", "/ledger/api/notices", "application/json",
                draft.formatted(meeting, meeting.plusYears(1))), 400, "periodEnd");
        assertRefused(county.send("POST", "/ledger/api/notices", "application/json",
                draft.formatted("0026-01-01", "0026-01-20")), 400, "periodStart");
        assertEquals(notices, county.get("/ledger/api/notices?type=PROJECT_DECLARATION&size=1").body(), "no draft");
        assertEquals(201, county.send("POST", "/ledger/api/notices", "application/json",
                draft.formatted(meeting, meeting.plusYears(1).minusDays(1))).statusCode(), "a year exactly is fine");
    }

    @Test
    void controlAndDirectionCharactersAndInvisibleNamesAreRefused() {
        for (String bad : List.of("张三\\u0000", "张\\u0007三", "\\uD800张三", "张三\\uDC00", "\\u202E三张",
                "\\u2066张三\\u2069", "\\u200B\\u200B", "\\u3000", "\\u3164")) {
            String message = assertRefused(create(withField("\"responsiblePerson\": \"张三\"",
                    "\"responsiblePerson\": \"" + bad + "\"")), 400, "responsiblePerson");
            assertTrue(!message.isBlank(), bad);
        }
        assertRefused(create(withField("\"unit\": \"亩\"}", "\"unit\": \"亩\\u0000\"}")), 400, "scale.unit");
        // the same reader serves every JSON body: a user's display name, say
        assertRefused(Http.as("admin").send("POST", "/ledger/api/users", "application/json",
                "{\"username\": \"strict.user\", \"displayName\": \"\\u200B\", \"role\": \"AUDITOR\","
                        + " \"regionCode\": \"532922000000\", \"password\": \"Strict#2026x\"}"), 400, "displayName");
        assertProblem(Http.as("admin").get("/ledger/api/users/strict.user"), 404);
    }

    @Test
    void messagesFollowTheClientsLanguage() {
        HttpResponse<String> english = Http.as("guangming.clerk").inLanguage("en").send("POST", PROJECTS,
                "application/json", withField("\"emergency\": false", "\"emergency\": \"yes\""));
        assertEquals("Must be true or false", assertRefused(english, 400, "emergency"));
        JsonObject problem = Http.json(english);
        assertEquals(400, problem.getInt("status"));
    }

    private static long projectCount() {
        return Http.json(Http.as("guangming.clerk").get(PROJECTS + "?size=1")).getJsonNumber("total").longValue();
    }
}
