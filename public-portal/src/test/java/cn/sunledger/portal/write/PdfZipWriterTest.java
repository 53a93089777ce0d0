package cn.sunledger.portal.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.sunledger.portal.read.Renditions.PdfItem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class PdfZipWriterTest {

    private static final LocalDateTime T = LocalDateTime.of(2026, 3, 1, 8, 0);

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static Map<String, byte[]> unzip(byte[] zip, Map<String, Integer> methods) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
                methods.put(e.getName(), e.getMethod());
            }
        }
        return files;
    }

    @Test
    void writesEveryPdfAndAManifestWhoseHashesMatchTheFiles() throws Exception {
        byte[] a = "%PDF-1.7 first".getBytes(StandardCharsets.US_ASCII);
        byte[] b = "%PDF-1.7 second, longer".getBytes(StandardCharsets.US_ASCII);
        List<PdfItem> items = List.of(new PdfItem("532922-2026-00001", sha256(a), 0, T),
                new PdfItem("532922-2026-00002", sha256(b), 1, T.plusDays(1)));
        Map<String, byte[]> source = Map.of("532922-2026-00001", a, "532922-2026-00002", b);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfZipWriter.write(out, items, source::get);

        Map<String, Integer> methods = new LinkedHashMap<>();
        Map<String, byte[]> files = unzip(out.toByteArray(), methods);
        assertEquals(List.of("532922-2026-00001.pdf", "532922-2026-00002.pdf", "manifest.csv"), List.copyOf(files.keySet()));
        assertArrayEquals(a, files.get("532922-2026-00001.pdf"));
        assertArrayEquals(b, files.get("532922-2026-00002.pdf"));
        assertEquals(ZipEntry.STORED, methods.get("532922-2026-00001.pdf"), "PDFs are stored, not deflated again");

        String manifest = new String(files.get("manifest.csv"), StandardCharsets.UTF_8);
        String[] lines = manifest.split("\r\n");
        assertEquals("\uFEFFnoticeNo,file,sha256,logIndex", lines[0]);
        assertEquals(3, lines.length);
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",");
            assertEquals(sha256(files.get(cells[1])), cells[2], "manifest hash of " + cells[1]);
        }
        assertEquals("532922-2026-00002,532922-2026-00002.pdf," + sha256(b) + ",1", lines[2]);
    }

    @Test
    void aNoticeWithoutPdfIsLeftOutOfArchiveAndManifest() throws Exception {
        byte[] a = "%PDF- a".getBytes(StandardCharsets.US_ASCII);
        List<PdfItem> items = List.of(new PdfItem("532922-2026-00001", sha256(a), 0, T),
                new PdfItem("532922-2026-00009", "f".repeat(64), 1, T));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfZipWriter.write(out, items, no -> no.endsWith("1") ? a : null);
        Map<String, byte[]> files = unzip(out.toByteArray(), new LinkedHashMap<>());
        assertNull(files.get("532922-2026-00009.pdf"));
        assertEquals(2, new String(files.get("manifest.csv"), StandardCharsets.UTF_8).split("\r\n").length);
    }

    @Test
    void anEmptySelectionStillHasItsManifest() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfZipWriter.write(out, List.of(), no -> null);
        Map<String, byte[]> files = unzip(out.toByteArray(), new LinkedHashMap<>());
        assertEquals(List.of("manifest.csv"), List.copyOf(files.keySet()));
    }

    @Test
    void fileNamesCannotLeaveTheFolder() {
        assertEquals("532900-2026-00001.pdf", PdfZipWriter.fileName("532900-2026-00001"));
        String name = PdfZipWriter.fileName("../../etc/passwd");
        assertEquals(-1, name.indexOf('/'));
        assertEquals(-1, name.indexOf(".."));
        assertEquals(true, name.endsWith(".pdf"));
    }
}
