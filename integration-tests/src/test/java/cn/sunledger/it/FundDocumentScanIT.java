package cn.sunledger.it;

import static cn.sunledger.it.support.FieldProblems.assertRefused;
import static cn.sunledger.it.support.PortalHttp.getOk;
import static cn.sunledger.it.support.PortalHttp.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.Http;
import cn.sunledger.it.support.Multipart;
import cn.sunledger.it.support.PortalHttp;
import cn.sunledger.it.support.TestServer;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The scanned fund document (issue 10 item 1): a PDF or JPEG, judged by its bytes, at most 10 MB, attached by the
 * finance bureau and downloaded as stored by staff who may see the county's funds — and never by anyone else, nor
 * anywhere on the portal.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FundDocumentScanIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final String FINANCE = "yangbi.finance";

    @Deployment(testable = false)
    static WebArchive probe() {
        return TestServer.probe("fund-scan-probe");
    }

    @Test
    void aPdfAndThenAJpegAreStoredAndDownloadedAsTheyWere() {
        long id = registerDocument();
        JsonObject before = Http.json(Http.as(FINANCE).get("/ledger/api/fund-documents/" + id));
        assertTrue(!before.containsKey("scan") || before.isNull("scan"), "no scan yet: " + before);
        assertEquals(404, Http.as(FINANCE).getBytes("/ledger/api/fund-documents/" + id + "/attachment").statusCode());

        byte[] pdf = pdf("marker-" + System.nanoTime());
        // the client's content type says nothing: the bytes are a PDF
        JsonObject scan = Http.json(put(FINANCE, id, pdf, "C:\\fakepath\\下达文件.pdf", "application/octet-stream"));
        assertEquals("下达文件.pdf", scan.getString("fileName"));
        assertEquals("application/pdf", scan.getString("mediaType"));
        assertEquals(pdf.length, scan.getInt("size"));
        HttpResponse<byte[]> download = Http.as("yangbi.auditor").getBytes("/ledger/api/fund-documents/" + id + "/attachment");
        assertEquals(200, download.statusCode());
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse(""));
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));
        String disposition = download.headers().firstValue("Content-Disposition").orElse("");
        String docNumber = before.getString("docNumber");
        assertTrue(disposition.startsWith("attachment;") && disposition.contains("filename*=UTF-8''"
                + URLEncoder.encode(docNumber + "（扫描件）.pdf", StandardCharsets.UTF_8).replace("+", "%20")), disposition);
        assertArrayEquals(pdf, download.body());

        byte[] jpeg = jpeg();
        JsonObject replaced = Http.json(put(FINANCE, id, jpeg, "扫描.JPEG", "image/jpeg"));
        assertEquals("image/jpeg", replaced.getString("mediaType"));
        assertEquals("扫描.JPEG", replaced.getString("fileName"));
        HttpResponse<byte[]> second = Http.as(FINANCE).getBytes("/ledger/api/fund-documents/" + id + "/attachment");
        assertEquals("image/jpeg", second.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals(jpeg, second.body());
        assertEquals("扫描.JPEG", Http.json(Http.as(FINANCE).get("/ledger/api/fund-documents/" + id))
                .getJsonObject("scan").getString("fileName"));
    }

    @Test
    void aPngAZipATruncatedPdfOrAnOversizedFileIsRefusedByItsFieldAndNothingChanges() {
        long id = registerDocument();
        byte[] pdf = pdf("kept");
        assertEquals(200, put(FINANCE, id, pdf, "kept.pdf", "application/pdf").statusCode());
        String described = Http.json(Http.as(FINANCE).get("/ledger/api/fund-documents/" + id)).get("scan").toString();

        // a PNG sent as a PDF, and a ZIP (the container of an Office file): what the bytes are decides
        assertRefused(put(FINANCE, id, png(), "scan.pdf", "application/pdf"), 422, "file");
        assertRefused(put(FINANCE, id, zip(), "scan.pdf", "application/pdf"), 422, "file");
        assertRefused(put(FINANCE, id, Arrays.copyOf(pdf, pdf.length - 40), "cut.pdf", "application/pdf"), 422, "file");
        assertRefused(put(FINANCE, id, new byte[0], "empty.pdf", "application/pdf"), 422, "file");
        byte[] big = Arrays.copyOf(pdf("big"), 11 * 1024 * 1024);
        System.arraycopy("\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), 0, big, big.length - 7, 7);
        HttpResponse<String> tooBig = put(FINANCE, id, big, "big.pdf", "application/pdf");
        assertEquals(413, tooBig.statusCode(), tooBig.body());
        assertTrue(Http.json(tooBig).getString("detail").contains("10 MB"), tooBig.body());

        assertEquals(described, Http.json(Http.as(FINANCE).get("/ledger/api/fund-documents/" + id)).get("scan").toString());
        assertArrayEquals(pdf, Http.as(FINANCE).getBytes("/ledger/api/fund-documents/" + id + "/attachment").body());
    }

    @Test
    void onlyTheCountysFinanceBureauAttachesAndOnlyStaffWhoSeeItsFundsDownload() {
        long id = registerDocument();
        byte[] pdf = pdf("scoped");
        assertEquals(403, put("yangbi.auditor", id, pdf, "a.pdf", "application/pdf").statusCode(), "auditors only read");
        assertEquals(403, put("binchuan.finance", id, pdf, "a.pdf", "application/pdf").statusCode(), "another county");
        assertEquals(200, put(FINANCE, id, pdf, "a.pdf", "application/pdf").statusCode());
        assertEquals(403, Http.as("binchuan.finance").getBytes("/ledger/api/fund-documents/" + id + "/attachment")
                .statusCode());
        assertEquals(403, Http.as("guangming.clerk").getBytes("/ledger/api/fund-documents/" + id + "/attachment")
                .statusCode());
        assertEquals(401, Http.anonymous().getBytes("/ledger/api/fund-documents/" + id + "/attachment").statusCode());
    }

    @Test
    void noPortalPageOrAddressEverServesAScan() throws IOException {
        long id = registerDocument();
        String marker = "SCAN-MARKER-" + System.nanoTime();
        String fileName = "公开不得" + marker + ".pdf";
        assertEquals(200, put(FINANCE, id, pdf(marker), fileName, "application/pdf").statusCode());

        Map<String, String> texts = new LinkedHashMap<>();
        Set<String> notices = new LinkedHashSet<>();
        PersonalDataScanIT.crawlRegionPages(texts, notices);
        texts.put("notices api", text(getOk("/portal/api/notices?size=200")));
        texts.put("county log entries", text(getOk("/portal/log/532922000000/entries")));
        texts.put("csv", text(getOk("/portal/export/notices.csv")));
        for (Map.Entry<String, String> page : texts.entrySet()) {
            assertFalse(page.getValue().contains(marker), page.getKey() + " shows the scan");
            assertFalse(page.getValue().contains("/attachment"), page.getKey() + " links a scan");
        }
        for (String path : new String[] {"/portal/fund-documents/" + id + "/attachment",
                "/portal/api/fund-documents/" + id + "/attachment", "/portal/api/fund-documents/" + id,
                "/ledger/api/fund-documents/" + id + "/attachment"}) {
            HttpResponse<byte[]> r = PortalHttp.get(path);
            assertTrue(r.statusCode() == 404 || r.statusCode() == 401, path + " answered " + r.statusCode());
            assertFalse(new String(r.body(), StandardCharsets.ISO_8859_1).contains(marker), path);
        }
    }

    private static long registerDocument() {
        String docNumber = "漾财扫〔" + TODAY.getYear() + "〕" + (System.nanoTime() % 1_000_000) + "号";
        HttpResponse<String> created = Http.as(FINANCE).send("POST", "/ledger/api/fund-documents", "application/json",
                "{\"docNumber\": \"" + docNumber + "\", \"source\": \"CENTRAL_LINKAGE\", \"level\": \"CENTRAL\","
                        + " \"regionCode\": \"532922000000\", \"year\": " + TODAY.getYear() + ", \"issuedOn\": \""
                        + TODAY.minusDays(1) + "\", \"amount\": \"10000.00\", \"purpose\": \"扫描件测试\"}");
        assertEquals(201, created.statusCode(), created.body());
        return Http.json(created).getJsonNumber("id").longValue();
    }

    static HttpResponse<String> put(String user, long id, byte[] file, String fileName, String contentType) {
        Multipart form = new Multipart().file("file", fileName, contentType, file);
        return Http.as(user).send("PUT", "/ledger/api/fund-documents/" + id + "/attachment", form.contentType(),
                form.body());
    }

    /** A small PDF with {@code text} on its page: what a scanner's PDF starts and ends with. */
    static byte[] pdf(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            doc.getDocumentInformation().setTitle(text);
            doc.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] jpeg() {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(8, 6, java.awt.image.BufferedImage.TYPE_INT_RGB);
        image.setRGB(2, 2, 0x8a1c1c);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] png() {
        return cn.sunledger.it.support.BoardPostings.png();
    }

    private static byte[] zip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("word/document.xml"));
            z.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
