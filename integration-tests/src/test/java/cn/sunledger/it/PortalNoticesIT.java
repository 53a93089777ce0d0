package cn.sunledger.it;

import static cn.sunledger.it.support.PortalHttp.get;
import static cn.sunledger.it.support.PortalHttp.getOk;
import static cn.sunledger.it.support.PortalHttp.header;
import static cn.sunledger.it.support.PortalHttp.json;
import static cn.sunledger.it.support.PortalHttp.sha256Hex;
import static cn.sunledger.it.support.PortalHttp.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.TestServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;

/**
 * The portal's published notices as a villager and an auditor meet them, over the demo notices that the
 * ledger publishes at start-up: the natural village page, the frozen renditions with their hashes as
 * ETags, the JSON list and its filters, the CSV and ZIP exports, hash verification and the Atom feed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalNoticesIT {

    static final String NATURAL_VILLAGE = "532922101201001";
    private static final Pattern NOTICE_LINK = Pattern.compile("href=\"/portal/notices/([A-Za-z0-9-]+)\"");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Deployment(testable = false)
    static WebArchive probe() {
        return TestServer.probe("portal-notices-probe");
    }

    /** Notice numbers linked from a page, in page order. */
    static List<String> noticeLinks(String html) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = NOTICE_LINK.matcher(html);
        while (m.find()) {
            found.add(m.group(1));
        }
        return new ArrayList<>(found);
    }

    static List<JsonObject> items(String query) {
        return json("/portal/api/notices?size=200&" + query).getJsonArray("items").getValuesAs(JsonObject.class);
    }

    static List<String> numbers(List<JsonObject> items) {
        return items.stream().map(i -> i.getString("noticeNo")).toList();
    }

    private static JsonObject firstNoticeOfTheNaturalVillage() {
        List<String> linked = noticeLinks(text(getOk("/portal/regions/" + NATURAL_VILLAGE)));
        assertFalse(linked.isEmpty(), "the natural village page lists at least one notice");
        return items("region=" + NATURAL_VILLAGE).stream().filter(i -> i.getString("noticeNo").equals(linked.get(0)))
                .findFirst().orElseThrow(() -> new AssertionError(linked.get(0) + " is not in the village's JSON list"));
    }

    @Test
    void theNaturalVillagePageListsItsNoticesWithLinksToHtmlAndPdf() {
        String page = text(getOk("/portal/regions/" + NATURAL_VILLAGE));
        assertTrue(page.contains("<html lang=\"zh-CN\""));
        assertEquals(1, page.split("<h1[ >]", -1).length - 1, "one h1");
        List<String> linked = noticeLinks(page);
        assertFalse(linked.isEmpty());
        assertTrue(page.contains("href=\"/portal/notices/" + linked.get(0) + ".pdf\""), "a PDF link for each notice");
        assertTrue(page.contains("12317"), "the national supervision hotline");
    }

    @Test
    void everyRenditionIsServedWithItsSha256AsStrongEtagAndLongCaching() {
        JsonObject notice = firstNoticeOfTheNaturalVillage();
        String no = notice.getString("noticeNo");
        Map<String, String> types = Map.of("", "text/html", ".pdf", "application/pdf", ".json", "application/json");
        Map<String, String> listed = Map.of("", "html", ".pdf", "pdf", ".json", "json");
        for (Map.Entry<String, String> format : types.entrySet()) {
            String path = "/portal/notices/" + no + format.getKey();
            HttpResponse<byte[]> response = getOk(path);
            String hash = sha256Hex(response.body());
            assertEquals("\"" + hash + "\"", header(response, "ETag"), path);
            assertEquals(hash, notice.getJsonObject("sha256").getString(listed.get(format.getKey())), "hash in the list");
            assertTrue(header(response, "Content-Type").startsWith(format.getValue()), path);
            assertEquals(Long.toString(response.body().length), header(response, "Content-Length"), path);
            String caching = header(response, "Cache-Control");
            assertTrue(caching.contains("public") && caching.contains("max-age=31536000") && caching.contains("immutable"),
                    caching);

            HttpResponse<byte[]> again = get(path, "If-None-Match", header(response, "ETag"));
            assertEquals(304, again.statusCode(), path);
            assertEquals(0, again.body().length);
        }
        HttpResponse<byte[]> pdf = getOk("/portal/notices/" + no + ".pdf");
        assertEquals("%PDF-", new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII));
        assertTrue(header(pdf, "Content-Disposition").startsWith("inline"));
        assertTrue(header(pdf, "Content-Disposition").contains(no + ".pdf"));
        assertEquals(200, get("/portal/notices/" + no, "If-None-Match", "\"" + "0".repeat(64) + "\"").statusCode());
    }

    @Test
    void anUnknownNoticeIsNotFound() {
        HttpResponse<byte[]> json = get("/portal/notices/000000-1999-99999.json");
        assertEquals(404, json.statusCode());
        assertTrue(header(json, "Content-Type").startsWith("application/problem+json"));
        HttpResponse<byte[]> html = get("/portal/notices/000000-1999-99999");
        assertEquals(404, html.statusCode());
        assertTrue(header(html, "Content-Type").startsWith("text/html"));
    }

    @Test
    void theJsonListFiltersByRegionTypeYearAndKeyword() {
        JsonObject notice = firstNoticeOfTheNaturalVillage();
        String no = notice.getString("noticeNo");
        List<JsonObject> posted = items("region=" + NATURAL_VILLAGE);
        for (JsonObject item : posted) {
            assertTrue(item.getJsonArray("regionCodes").getValuesAs(JsonString.class).stream()
                    .anyMatch(c -> c.getString().startsWith(NATURAL_VILLAGE)), item.getString("noticeNo"));
        }
        long prefectureTotal = json("/portal/api/notices?region=532900000000").getJsonNumber("total").longValue();
        assertTrue(prefectureTotal >= posted.size(), "the prefecture's subtree holds its villages' notices");
        assertTrue(numbers(items("region=532922000000")).contains(no), "the county's subtree holds the village's");

        String type = notice.getString("type");
        String village = "region=" + NATURAL_VILLAGE + "&";
        List<JsonObject> ofType = items(village + "type=" + type);
        assertTrue(numbers(ofType).contains(no));
        assertTrue(ofType.stream().allMatch(i -> i.getString("type").equals(type)));
        String otherType = "POLICY".equals(type) ? "ASSET_DISPOSAL" : "POLICY";
        assertFalse(numbers(items(village + "type=" + otherType)).contains(no));

        String publishedAt = notice.getString("publishedAt");
        assertTrue(publishedAt.endsWith("+08:00"), publishedAt);
        String year = publishedAt.substring(0, 4);
        List<JsonObject> ofYear = items(village + "year=" + year);
        assertTrue(numbers(ofYear).contains(no));
        assertTrue(ofYear.stream().allMatch(i -> i.getString("publishedAt").startsWith(year)));
        assertFalse(numbers(items(village + "year=" + (Integer.parseInt(year) - 1))).contains(no));

        String title = notice.getString("title");
        String keyword = title.substring(0, Math.min(4, title.length()));
        assertTrue(numbers(items(village + "q=" + URLEncoder.encode(keyword, StandardCharsets.UTF_8))).contains(no),
                keyword);
        assertTrue(items("q=" + URLEncoder.encode("不会出现在任何公告里的词语ZQX", StandardCharsets.UTF_8)).isEmpty());
        assertEquals(200, get("/portal/api/notices?q=%25_").statusCode(), "LIKE wildcards are plain text");
    }

    @Test
    void badQueryParametersAreProblemDocumentsNotErrors() {
        for (String query : List.of("year=abc", "region=123", "size=201", "page=-1", "region=53292210120100x")) {
            HttpResponse<byte[]> response = get("/portal/api/notices?" + query);
            assertEquals(400, response.statusCode(), query);
            assertTrue(header(response, "Content-Type").startsWith("application/problem+json"), query);
            JsonObject problem = json(response);
            assertEquals(400, problem.getInt("status"));
            assertFalse(problem.getString("detail").isBlank());
            assertFalse(text(response).contains("Exception"), "no stack trace");
        }
        assertEquals(400, get("/portal/export/notices.csv?year=twenty").statusCode());
        assertEquals(400, get("/portal/export/pdfs.zip?region=1").statusCode());
    }

    @Test
    void theCsvExportOpensInExcel() {
        HttpResponse<byte[]> csv = getOk("/portal/export/notices.csv?region=532900000000");
        byte[] body = csv.body();
        assertArrayEquals(BOM, Arrays.copyOf(body, 3), "UTF-8 byte order mark");
        String content = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        assertTrue(content.startsWith("公告编号,类型,标题,发布单位,发布时间,公示开始,公示结束,SHA-256(PDF),日志序号\r\n"));
        assertTrue(header(csv, "Content-Type").startsWith("text/csv"));
        assertTrue(header(csv, "Content-Disposition").startsWith("attachment"));
        long total = json("/portal/api/notices?region=532900000000").getJsonNumber("total").longValue();
        assertEquals(total, content.lines().filter(line -> line.matches("^[A-Za-z0-9-]+,.*")).count(),
                "one row per notice after the header");
    }

    @Test
    void theZipHoldsEveryPdfOfTheRegionAndYearWithAMatchingManifest() throws IOException {
        String year = firstNoticeOfTheNaturalVillage().getString("publishedAt").substring(0, 4);
        String query = "region=" + NATURAL_VILLAGE + "&year=" + year;
        List<JsonObject> listed = items(query);
        HttpResponse<byte[]> zip = getOk("/portal/export/pdfs.zip?" + query);
        assertTrue(header(zip, "Content-Type").startsWith("application/zip"));
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        for (JsonObject notice : listed) {
            byte[] pdf = files.get(notice.getString("noticeNo") + ".pdf");
            assertTrue(pdf != null, notice.getString("noticeNo") + ".pdf is in the archive");
            assertEquals(notice.getJsonObject("sha256").getString("pdf"), sha256Hex(pdf));
        }
        byte[] manifest = files.get("manifest.csv");
        assertArrayEquals(BOM, Arrays.copyOf(manifest, 3));
        List<String> lines = new String(manifest, 3, manifest.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertEquals("noticeNo,file,sha256,logIndex", lines.get(0));
        assertEquals(files.size() - 1, lines.size() - 1, "a manifest row for every PDF");
        assertEquals(listed.size(), lines.size() - 1, "every listed notice and no other");
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            assertEquals(cells[2], sha256Hex(files.get(cells[1])), "manifest hash of " + cells[1]);
            assertEquals(cells[0] + ".pdf", cells[1]);
        }
    }

    @Test
    void verifyFindsTheNoticeByItsPdfHash() {
        JsonObject notice = firstNoticeOfTheNaturalVillage();
        String hash = notice.getJsonObject("sha256").getString("pdf");
        JsonObject found = json("/portal/verify?sha256=" + hash);
        assertEquals(notice.getString("noticeNo"), found.getString("noticeNo"));
        assertEquals("pdf", found.getString("format"));
        assertEquals(notice.getString("logRegion"), found.getString("logRegion"));
        assertEquals(notice.getInt("logIndex"), found.getInt("logIndex"));
        assertEquals(200, get("/portal/verify?sha256=" + hash.toUpperCase()).statusCode());
        assertEquals(404, get("/portal/verify?sha256=" + "0".repeat(64)).statusCode());
        assertEquals(400, get("/portal/verify?sha256=abc").statusCode());
        HttpResponse<byte[]> page = get("/portal/verify?sha256=" + hash, "Accept", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(text(page).contains(notice.getString("noticeNo")));
    }

    @Test
    void theRegionFeedIsWellFormedAtom() throws Exception {
        HttpResponse<byte[]> feed = getOk("/portal/regions/532922000000/feed.atom");
        assertTrue(header(feed, "Content-Type").startsWith("application/atom+xml"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document atom = factory.newDocumentBuilder().parse(new ByteArrayInputStream(feed.body()));
        assertEquals("feed", atom.getDocumentElement().getLocalName());
        assertEquals("http://www.w3.org/2005/Atom", atom.getDocumentElement().getNamespaceURI());
        assertTrue(atom.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength() >= 1);
        assertEquals(404, get("/portal/regions/532922999999/feed.atom").statusCode());
    }
}
