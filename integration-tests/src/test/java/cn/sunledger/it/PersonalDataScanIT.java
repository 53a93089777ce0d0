package cn.sunledger.it;

import static cn.sunledger.it.support.PortalHttp.getOk;
import static cn.sunledger.it.support.PortalHttp.json;
import static cn.sunledger.it.support.PortalHttp.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.TestServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Everything the public can read — the home page, every region page reachable from it at every level,
 * every published notice as HTML, JSON and PDF text, the JSON list, the CSV export and a feed — is scanned
 * for unmasked personal data: an 18-character ID number or an 11-digit mobile number. Masked forms
 * (5329**********1238, 138****5678) are what should appear instead.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PersonalDataScanIT {

    /**
     * Bounded by anything that is not a hex digit: SHA-256 values and base64 in the pages are long runs of
     * digits and letters, and a digit run inside one is not a number anyone could read as an ID.
     */
    static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Fa-f])\\d{17}[\\dXx](?![0-9A-Fa-f])");
    static final Pattern MOBILE = Pattern.compile("(?<![0-9A-Fa-f])1[3-9]\\d{9}(?![0-9A-Fa-f])");

    private static final Pattern REGION_LINK = Pattern.compile("href=\"/portal/regions/(\\d{12}|\\d{15})\"");
    private static final Pattern NOTICE_LINK = Pattern.compile("href=\"/portal/notices/([A-Za-z0-9-]+)\"");

    @Deployment(testable = false)
    static WebArchive probe() {
        return TestServer.probe("personal-data-probe");
    }

    static List<String> findings(String where, String text) {
        List<String> found = new ArrayList<>();
        for (Pattern p : List.of(ID_NUMBER, MOBILE)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                found.add(where + ": " + m.group());
            }
        }
        return found;
    }

    @Test
    void thePatternsCatchUnmaskedDataAndLeaveMaskedDataAlone() {
        assertEquals(1, findings("t", "身份证号532922198001011238。").size());
        assertEquals(1, findings("t", "身份证 53292219750505123X，").size());
        assertEquals(1, findings("t", "电话：13812345678").size());
        assertTrue(findings("t", "5329**********1238 138****5678").isEmpty());
        assertTrue(findings("t", "区划代码 532922101201001，金额 138123456789 元").isEmpty(), "not inside longer runs");
        assertTrue(findings("t", "sha256 4f0a13812345678b9c").isEmpty(), "not inside a hash");
    }

    @Test
    void nothingPublicCarriesAnUnmaskedIdNumberOrMobileNumber() throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        Set<String> notices = new LinkedHashSet<>();
        crawlRegionPages(texts, notices);
        for (int page = 0;; page++) {
            String body = text(getOk("/portal/api/notices?size=200&page=" + page));
            texts.put("api page " + page, body);
            List<JsonObject> items = json("/portal/api/notices?size=200&page=" + page).getJsonArray("items")
                    .getValuesAs(JsonObject.class);
            items.forEach(i -> notices.add(i.getString("noticeNo")));
            if (items.size() < 200) {
                break;
            }
        }
        assertFalse(notices.isEmpty(), "the demo publishes notices");
        for (String no : notices) {
            texts.put(no + " html", text(getOk("/portal/notices/" + no)));
            texts.put(no + " json", text(getOk("/portal/notices/" + no + ".json")));
            try (PDDocument pdf = Loader.loadPDF(getOk("/portal/notices/" + no + ".pdf").body())) {
                String pdfText = new PDFTextStripper().getText(pdf);
                assertFalse(pdfText.isBlank(), no + ".pdf has extractable text");
                texts.put(no + " pdf", pdfText);
            }
        }
        texts.put("csv", text(getOk("/portal/export/notices.csv")));
        texts.put("feed", text(getOk("/portal/regions/532900000000/feed.atom")));
        texts.put("log entries", text(getOk("/portal/log/532900000000/entries")));

        List<String> findings = new ArrayList<>();
        texts.forEach((where, text) -> findings.addAll(findings(where, text)));
        assertTrue(findings.isEmpty(), "unmasked personal data: " + findings);
    }

    /** The home page and every region page reachable from it, collecting the notices they link. */
    private static void crawlRegionPages(Map<String, String> texts, Set<String> notices) {
        Deque<String> queue = new ArrayDeque<>(List.of("/portal/"));
        Set<String> seen = new LinkedHashSet<>(queue);
        while (!queue.isEmpty()) {
            String path = queue.poll();
            String html = text(getOk(path));
            texts.put(path, html);
            Matcher regions = REGION_LINK.matcher(html);
            while (regions.find()) {
                String next = "/portal/regions/" + regions.group(1);
                if (seen.add(next)) {
                    queue.add(next);
                }
            }
            Matcher linked = NOTICE_LINK.matcher(html);
            while (linked.find()) {
                notices.add(linked.group(1));
            }
        }
        assertTrue(seen.stream().anyMatch(p -> p.matches("/portal/regions/\\d{15}")), "natural villages reached");
    }
}
