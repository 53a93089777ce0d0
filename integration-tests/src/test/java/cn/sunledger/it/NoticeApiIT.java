package cn.sunledger.it;

import static cn.sunledger.it.StaffApiIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.BoardPostings;
import cn.sunledger.it.support.Http;
import cn.sunledger.it.support.TestServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The notice engine through the staff API: draft, preview, publish (frozen), correct, postings, scope. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NoticeApiIT {

    @Deployment(testable = false)
    static WebArchive probe() {
        return TestServer.probe("notice-api-probe");
    }

    @Test
    void theDemoPolicyDocumentsArePublishedByThePrefecture() {
        List<JsonObject> items = Http.json(Http.as("dali.bureau").get("/ledger/api/notices?status=PUBLISHED&type=POLICY"))
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("createdBy").equals("dali.bureau")).toList();
        assertTrue(items.size() >= 5, items.toString());
        for (JsonObject n : items) {
            assertTrue(n.getString("noticeNo").matches("532900-\\d{4}-\\d{5}"), n.getString("noticeNo"));
            assertEquals("532900000000", n.getString("issuerRegionCode"));
            assertEquals(64, n.getJsonObject("sha256").getString("pdf").length());
        }
    }

    @Test
    void aCountyDraftsPreviewsPublishesAndTheFrozenBytesMatchTheirHashes() throws Exception {
        long notice = draftPolicy("yangbi.rural", "漾濞县关于衔接资金项目管理的通知（测试）", "532922000000");
        String preview = Http.as("yangbi.rural").get("/ledger/api/notices/" + notice + "/preview?format=html").body();
        assertTrue(preview.contains("草稿"), "a draft preview says it is a draft");
        HttpResponse<byte[]> draftPdf = bytes("yangbi.rural", "/ledger/api/notices/" + notice + "/preview?format=pdf");
        assertEquals("%PDF-", new String(draftPdf.body(), 0, 5, StandardCharsets.US_ASCII));

        HttpResponse<String> published = Http.as("yangbi.rural").sendNoBody("POST", "/ledger/api/notices/" + notice + "/publish");
        assertEquals(200, published.statusCode(), published.body());
        JsonObject receipt = Http.json(published);
        assertTrue(receipt.getString("noticeNo").matches("532922-\\d{4}-\\d{5}"));
        assertEquals("532922000000", receipt.getString("logRegion"));
        assertTrue(receipt.getString("publishedAt").endsWith("+08:00"));
        for (String format : List.of("html", "pdf", "json")) {
            byte[] frozen = bytes("yangbi.rural", "/ledger/api/notices/" + notice + "/preview?format=" + format).body();
            assertEquals(receipt.getJsonObject("sha256").getString(format), sha256(frozen), format);
            assertArrayEquals(frozen, bytes("yangbi.rural", "/ledger/api/notices/" + notice + "/preview?format=" + format).body(),
                    "published bytes never change");
        }
        String frozenHtml = Http.as("yangbi.rural").get("/ledger/api/notices/" + notice + "/preview?format=html").body();
        assertFalse(frozenHtml.contains("草稿"));
        assertTrue(frozenHtml.contains(receipt.getString("noticeNo")));
        assertTrue(frozenHtml.contains("12317"));

        assertProblem(Http.as("yangbi.rural").sendNoBody("POST", "/ledger/api/notices/" + notice + "/publish"), 409);
    }

    @Test
    void aCorrectionSupersedesThePublishedNoticeAndBothStayPublic() {
        long original = draftPolicy("binchuan.rural", "宾川县通知（待更正）", "532924000000");
        String originalNo = Http.json(Http.as("binchuan.rural").sendNoBody("POST", "/ledger/api/notices/" + original + "/publish"))
                .getString("noticeNo");
        assertProblem(Http.as("binchuan.rural").send("POST", "/ledger/api/notices/" + original + "/supersede",
                "application/json", "{\"reason\": \"\"}"), 400);
        HttpResponse<String> draft = Http.as("binchuan.rural").send("POST", "/ledger/api/notices/" + original + "/supersede",
                "application/json", "{\"reason\": \"文号有误\"}");
        assertEquals(201, draft.statusCode(), draft.body());
        JsonObject correction = Http.json(draft);
        assertEquals(originalNo, correction.getString("supersedesNo"));
        assertProblem(Http.as("binchuan.rural").send("POST", "/ledger/api/notices/" + original + "/supersede",
                "application/json", "{\"reason\": \"again\"}"), 409);

        String correctionNo = Http.json(Http.as("binchuan.rural").sendNoBody("POST",
                "/ledger/api/notices/" + correction.getInt("id") + "/publish")).getString("noticeNo");
        JsonObject old = Http.json(Http.as("binchuan.rural").get("/ledger/api/notices/" + original));
        assertEquals("SUPERSEDED", old.getString("status"));
        assertEquals(correctionNo, old.getString("supersededByNo"));
        String json = Http.as("binchuan.rural").get("/ledger/api/notices/" + correction.getInt("id") + "/preview?format=json").body();
        assertTrue(json.contains(originalNo), "the correction names the notice it supersedes");
    }

    @Test
    void villageClerksRecordPostingsWithPhotosOnlyForTheirOwnPlaces() throws IOException {
        JsonObject demo = Http.json(Http.as("guangming.clerk").get("/ledger/api/notices?status=PUBLISHED")).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getJsonArray("regionCodes").toString().contains("532922101201001")).findFirst().orElseThrow();
        long id = demo.getJsonNumber("id").longValue();
        byte[] png = BoardPostings.png();
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        HttpResponse<String> posted = BoardPostings.post("guangming.clerk", id, "532922101201001", today, png);
        assertEquals(201, posted.statusCode(), posted.body());
        JsonObject posting = Http.json(posted);
        assertTrue(posting.getBoolean("hasPhoto"));
        byte[] photo = bytes("guangming.clerk", "/ledger/api/notices/" + id + "/postings/" + posting.getInt("id") + "/photo").body();
        assertArrayEquals(png, photo);

        HttpResponse<String> other = BoardPostings.post("baizhang.clerk", id, "532922101201001", today, png);
        assertProblem(other, 403);
        assertProblem(BoardPostings.post("guangming.clerk", id, "532922101201001",
                "2026-13-01", png), 400);
    }

    @Test
    void draftsStayWithTheIssuerUntilPublishedThenConcernEveryPlaceTheyArePostedTo() {
        long notice = draftPolicy("yangbi.rural", "漾濞县下沉到自然村的通知（草稿可见性测试）", "532922000000",
                "532922101201001");
        assertProblem(Http.as("guangming.clerk").get("/ledger/api/notices/" + notice), 403);
        assertFalse(Http.as("guangming.clerk").get("/ledger/api/notices").body().contains("草稿可见性测试"),
                "a draft from above is not in the clerk's list");
        assertEquals(200, Http.as("yangbi.rural").sendNoBody("POST", "/ledger/api/notices/" + notice + "/publish")
                .statusCode());
        assertEquals(200, Http.as("guangming.clerk").get("/ledger/api/notices/" + notice + "/preview?format=pdf").statusCode(),
                "published, it concerns the natural village it is posted to");
        assertTrue(Http.as("guangming.clerk").get("/ledger/api/notices").body().contains("草稿可见性测试"));
        assertEquals(200, Http.as("baizhang.clerk").get("/ledger/api/notices/" + notice).statusCode(),
                "posted to the whole county, it concerns every village of it");
        assertProblem(Http.as("gucheng.clerk").get("/ledger/api/notices/" + notice), 403);
    }

    @Test
    void refusalsFollowRoleScopeAndType() {
        assertProblem(Http.as("guangming.clerk").send("POST", "/ledger/api/notices", "application/json",
                "{\"type\": \"POLICY\", \"subjectId\": \"1\", \"regionCodes\": [\"532922101201\"]}"), 403);
        assertProblem(Http.as("yangbi.rural").send("POST", "/ledger/api/notices", "application/json",
                "{\"type\": \"NO_SUCH_TYPE\", \"subjectId\": \"1\", \"regionCodes\": [\"532922000000\"]}"), 400);
        long notice = draftPolicy("weishan.rural", "巍山县测试通知", "532927000000");
        assertProblem(Http.as("yangbi.rural").sendNoBody("POST", "/ledger/api/notices/" + notice + "/publish"), 403);
        assertProblem(Http.as("yangbi.rural").get("/ledger/api/notices/" + notice), 403);
        assertProblem(Http.as("weishan.rural").send("POST", "/ledger/api/notices/" + notice + "/objections",
                "application/json", "{\"receivedOn\": \"2026-01-05\", \"raisedBy\": \"张三\", \"content\": \"x\"}"), 409);
    }

    private static long draftPolicy(String user, String title, String county, String... alsoPostedTo) {
        String doc = "{\"regionCode\": \"" + county + "\", \"title\": \"" + title + "\", \"issuer\": \"县乡村振兴局\","
                + " \"docNumber\": \"测〔2026〕1号\", \"issuedOn\": \"2026-03-01\", \"body\": \"一、总体要求\\n联系人：王五，电话 13912345678。\\n"
                + "二、资金安排\\n项目\\t金额（万元）\\n道路硬化\\t120\\n\", \"referenceOnly\": false}";
        HttpResponse<String> created = Http.as(user).send("POST", "/ledger/api/policy-documents", "application/json", doc);
        assertEquals(201, created.statusCode(), created.body());
        StringBuilder places = new StringBuilder("\"" + county + "\"");
        for (String code : alsoPostedTo) {
            places.append(", \"").append(code).append("\"");
        }
        String draft = "{\"type\": \"POLICY\", \"subjectId\": \"" + Http.json(created).getInt("id") + "\", \"regionCodes\": ["
                + places + "]}";
        HttpResponse<String> notice = Http.as(user).send("POST", "/ledger/api/notices", "application/json", draft);
        assertEquals(201, notice.statusCode(), notice.body());
        assertEquals("DRAFT", Http.json(notice).getString("status"));
        return Http.json(notice).getJsonNumber("id").longValue();
    }

    static HttpResponse<byte[]> bytes(String user, String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(TestServer.BASE + path))
                    .header("Authorization", basic(user)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + cn.sunledger.it.support.DemoLogins.password(user))
                .getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
