package cn.sunledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.Http;
import cn.sunledger.ledger.testsupport.PdfA;
import cn.sunledger.it.support.PortalHttp;
import cn.sunledger.it.support.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every published demo PDF, checked with poppler's own tools as an auditor would: pdftotext returns its
 * Chinese title and body text, and pdffonts shows the Chinese font embedded; and, being kept as evidence, each is
 * PDF/A-1b by PDFBox Preflight.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DemoPdfIT {

    @Deployment(testable = false)
    static WebArchive probe() {
        return TestServer.probe("demo-pdf-probe");
    }

    @Test
    void pdftotextReadsTitleAndBodyAndPdffontsShowsTheFontEmbedded() throws Exception {
        List<JsonObject> demo = Http.json(Http.as("dali.bureau").get("/ledger/api/notices?status=PUBLISHED&type=POLICY"))
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(n -> "532900000000".equals(n.getString("issuerRegionCode"))).toList();
        assertTrue(demo.size() >= 5);
        for (JsonObject notice : demo) {
            long id = notice.getJsonNumber("id").longValue();
            Path pdf = Files.createTempFile("notice-", ".pdf");
            Files.write(pdf, NoticeApiIT.bytes("dali.bureau", "/ledger/api/notices/" + id + "/preview?format=pdf").body());
            String text = squeeze(run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-"));
            String title = notice.getString("title");
            assertTrue(text.contains(squeeze(title)), "title of " + notice.getString("noticeNo") + " in pdftotext output");
            String sentence = firstParagraph(id);
            assertTrue(text.contains(squeeze(sentence)), "body text '" + sentence + "' of " + notice.getString("noticeNo"));
            String fonts = run("pdffonts", pdf.toString());
            assertTrue(fonts.lines().anyMatch(l -> l.contains("NotoSansSC") && l.contains("Identity-H")
                    && l.matches(".*\\byes\\s+yes\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$")), fonts);
            Files.delete(pdf);
        }
    }

    /** The frozen bytes the portal serves, of every published notice of every type. */
    @Test
    void everyPublishedPdfIsPdfA1b() {
        Map<String, String> typeOf = new LinkedHashMap<>();
        for (int page = 0;; page++) {
            List<JsonObject> items = PortalHttp.json("/portal/api/notices?size=200&page=" + page).getJsonArray("items")
                    .getValuesAs(JsonObject.class);
            items.forEach(i -> typeOf.put(i.getString("noticeNo"), i.getString("type")));
            if (items.size() < 200) {
                break;
            }
        }
        assertTrue(new HashSet<>(typeOf.values()).size() >= 2, "the demo publishes notices of several types: " + typeOf);
        typeOf.forEach((noticeNo, type) -> PdfA.assertConforms(
                PortalHttp.getOk("/portal/notices/" + noticeNo + ".pdf").body(), noticeNo + " (" + type + ")"));
    }

    /** The first 20 characters of the first paragraph, from the notice's own JSON rendition. */
    private static String firstParagraph(long id) {
        String json = Http.as("dali.bureau").get("/ledger/api/notices/" + id + "/preview?format=json").body();
        JsonObject doc = Json.createReader(new StringReader(json)).readObject();
        for (JsonValue block : doc.getJsonArray("blocks")) {
            JsonObject b = block.asJsonObject();
            if (b.getString("type", "").equalsIgnoreCase("paragraph") && b.getString("text", "").length() >= 20) {
                return b.getString("text").substring(0, 20);
            }
        }
        throw new AssertionError("no paragraph in " + id);
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), String.join(" ", command) + ": " + out);
        return out;
    }
}
