package cn.sunledger.it;

import static cn.sunledger.it.support.PortalHttp.getOk;
import static cn.sunledger.it.support.PortalHttp.json;
import static cn.sunledger.it.support.PortalHttp.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.PersonalDataSeed;
import cn.sunledger.it.support.TestServer;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
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
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
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
 * every published notice as HTML, JSON and PDF text, the JSON list, search, verify, the CSV and ZIP exports,
 * feeds and log leaves — is scanned, after a clerk's personal data was seeded into every free-text field, for
 * unmasked personal data: an 18-character ID number or an 11-digit mobile number. Masked forms
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

    /**
     * A clerk's ID numbers and mobile numbers in every free-text field reach no public byte: seeded through the
     * API and published, then looked for on every region page reachable from the home page, every notice as HTML,
     * JSON and PDF text, the JSON list, a keyword search by a seeded number (API and page), the CSV export, the
     * Atom feed, the verify page of each seeded rendition, the auditors' ZIP (its manifest and every PDF in it) and
     * the log's leaves. The masked forms appear instead, so the seed did reach the portal.
     */
    @Test
    void nothingPublicCarriesAnUnmaskedIdNumberOrMobileNumber() throws IOException {
        PersonalDataSeed seed = PersonalDataSeed.publishAll();
        Map<String, String> texts = new LinkedHashMap<>();
        Set<String> notices = new LinkedHashSet<>();
        crawlRegionPages(texts, notices);
        List<JsonObject> listed = new ArrayList<>();
        for (int page = 0;; page++) {
            texts.put("api page " + page, text(getOk("/portal/api/notices?size=200&page=" + page)));
            List<JsonObject> items = json("/portal/api/notices?size=200&page=" + page).getJsonArray("items")
                    .getValuesAs(JsonObject.class);
            listed.addAll(items);
            items.forEach(i -> notices.add(i.getString("noticeNo")));
            if (items.size() < 200) {
                break;
            }
        }
        List<String> seeded = seed.notices.stream().map(PersonalDataSeed::noticeNo).toList();
        assertTrue(notices.containsAll(seeded), "every seeded notice is public: " + seeded);
        for (String no : notices) {
            texts.put(no + " html", text(getOk("/portal/notices/" + no)));
            texts.put(no + " json", text(getOk("/portal/notices/" + no + ".json")));
            texts.put(no + " pdf", pdfText(no + ".pdf", getOk("/portal/notices/" + no + ".pdf").body()));
        }
        for (JsonObject item : listed) {
            if (seeded.contains(item.getString("noticeNo"))) {
                for (String format : List.of("html", "pdf", "json")) {
                    String sha = item.getJsonObject("sha256").getString(format);
                    texts.put("verify " + item.getString("noticeNo") + " " + format,
                            text(getOk("/portal/verify?sha256=" + sha)));
                }
            }
        }
        String rawPhone = PersonalDataSeed.phone(1);
        String found = text(getOk("/portal/api/notices?q=" + rawPhone));
        texts.put("api search", found);
        assertEquals(0, json("/portal/api/notices?q=" + rawPhone).getJsonArray("items").size(),
                "a search by the unmasked number finds nothing: " + found);
        // the form and its paging links echo the visitor's own keyword; nothing else on the page may carry it
        texts.put("search page", text(getOk("/portal/search?q=" + rawPhone)).replace("value=\"" + rawPhone + "\"", "")
                .replace("q=" + rawPhone, ""));
        texts.put("search page, masked", text(getOk("/portal/search?q=" + maskedPhone(1))));
        texts.put("csv", text(getOk("/portal/export/notices.csv")));
        texts.put("feed", text(getOk("/portal/regions/532900000000/feed.atom")));
        texts.put("village feed", text(getOk("/portal/regions/532922101201/feed.atom")));
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        readZip(getOk("/portal/export/pdfs.zip?region=532922000000&year=" + year).body(), texts);
        texts.put("log entries", text(getOk("/portal/log/532900000000/entries")));
        texts.put("county log entries", text(getOk("/portal/log/532922000000/entries")));

        List<String> findings = new ArrayList<>();
        texts.forEach((where, text) -> findings.addAll(findings(where, text)));
        assertTrue(findings.isEmpty(), "unmasked personal data: " + findings);

        String village = texts.get("/portal/regions/532922101201001");
        assertTrue(village != null && village.contains(maskedPhone(1)), "the seeded project is listed by its masked name");
        assertTrue(texts.get("search page, masked").contains(maskedPhone(1)), "a search by the masked number finds it");
        String all = String.join("\n", texts.values());
        for (int field = 1; field <= seed.count(); field++) {
            assertTrue(seed.notShown.contains(field) || all.contains(maskedPhone(field)),
                    "field " + field + " was published, masked");
        }
    }

    private static String maskedPhone(int field) {
        String phone = PersonalDataSeed.phone(field);
        return phone.substring(0, 3) + "****" + phone.substring(7);
    }

    private static String pdfText(String name, byte[] bytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf);
            assertFalse(text.isBlank(), name + " has extractable text");
            return text;
        }
    }

    /** The ZIP's manifest as text and each PDF in it as extracted text. */
    private static void readZip(byte[] zip, Map<String, String> texts) throws IOException {
        int pdfs = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().endsWith(".pdf")) {
                    texts.put("zip " + e.getName(), pdfText(e.getName(), bytes));
                    pdfs++;
                } else {
                    texts.put("zip " + e.getName(), new String(bytes, StandardCharsets.UTF_8));
                }
            }
        }
        assertTrue(pdfs > 0 && texts.containsKey("zip manifest.csv"), "the ZIP holds PDFs and its manifest");
    }

    /** The home page and every region page reachable from it, collecting the notices they link. */
    static void crawlRegionPages(Map<String, String> texts, Set<String> notices) {
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
