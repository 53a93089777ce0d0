package cn.sunledger.ledger.application.internal.fund;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.sunledger.ledger.domain.model.shared.LedgerException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ScanContentTest {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aPdfOrAJpegIsKnownByItsBytes() {
        assertEquals("application/pdf", ScanContent.mediaType(PDF));
        assertEquals("image/jpeg", ScanContent.mediaType(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0}));
    }

    @Test
    void anythingElseIsRefusedNamingTheFileField() {
        for (byte[] bad : new byte[][] {{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0}, {'P', 'K', 3, 4, 0, 0},
                "<html>%PDF-".getBytes(StandardCharsets.US_ASCII), Arrays.copyOf(PDF, PDF.length - 7)}) {
            LedgerException e = assertThrows(LedgerException.class, () -> ScanContent.mediaType(bad));
            assertEquals(LedgerException.Kind.RULE, e.kind());
            assertEquals("file", e.violations().get(0).field());
        }
        assertEquals(LedgerException.Kind.RULE, assertThrows(LedgerException.class,
                () -> ScanContent.mediaType(new byte[0])).kind());
    }

    @Test
    void overTenMegabytesIsTooLargeAndTenIsNot() {
        byte[] ten = Arrays.copyOf(PDF, ScanContent.MAX_BYTES);
        System.arraycopy("%%EOF".getBytes(StandardCharsets.US_ASCII), 0, ten, ten.length - 5, 5);
        assertEquals("application/pdf", ScanContent.mediaType(ten));
        byte[] more = Arrays.copyOf(ten, ScanContent.MAX_BYTES + 1);
        assertEquals(LedgerException.Kind.TOO_LARGE, assertThrows(LedgerException.class,
                () -> ScanContent.mediaType(more)).kind());
    }

    @Test
    void theStoredNameDropsTheClientsPathAndCarriesTheRealExtension() {
        assertEquals("下达文件.pdf", ScanNames.stored("C:\\fakepath\\下达文件.pdf", "漾财农〔2026〕1号", "application/pdf"));
        assertEquals("scan.png.jpg", ScanNames.stored("scan.png", "漾财农〔2026〕1号", "image/jpeg"));
        assertEquals("漾财农〔2026〕1号（扫描件）.pdf", ScanNames.stored(" ", "漾财农〔2026〕1号", "application/pdf"));
        assertEquals("a_b（扫描件）", ScanNames.download("a/b"));
    }
}
