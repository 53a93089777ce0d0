package cn.sunledger.ledger.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FileContentTest {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R',
        0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};
    private static final FileContent SCANS = new FileContent("fund.scan", FileType.PDF, FileType.JPEG);
    private static final FileContent FILES = new FileContent("asset.file", FileType.PDF, FileType.JPEG, FileType.PNG);

    @Test
    void aFileIsKnownByItsBytes() {
        assertEquals(FileType.PDF, SCANS.typeOf(PDF));
        assertEquals(FileType.JPEG, SCANS.typeOf(JPEG));
        assertEquals(FileType.PNG, FILES.typeOf(PNG));
    }

    @Test
    void anythingNotAcceptedIsRefusedNamingTheFileFieldUnderTheUsesKeys() {
        for (byte[] bad : new byte[][] {PNG, {'P', 'K', 3, 4, 0, 0}, "<html>%PDF-".getBytes(StandardCharsets.US_ASCII),
                Arrays.copyOf(PDF, PDF.length - 7)}) {
            LedgerException e = assertThrows(LedgerException.class, () -> SCANS.typeOf(bad));
            assertEquals(LedgerException.Kind.RULE, e.kind());
            assertEquals("file", e.violations().get(0).field());
        }
        assertEquals("fund.scanMissing", assertThrows(LedgerException.class, () -> SCANS.typeOf(new byte[0])).messageKey());
        assertEquals("asset.fileType", assertThrows(LedgerException.class,
                () -> FILES.typeOf("text, named .pdf".getBytes(StandardCharsets.UTF_8))).messageKey());
    }

    @Test
    void aPdfOrPngCutShortIsTruncated() {
        assertEquals("asset.fileTruncated", assertThrows(LedgerException.class,
                () -> FILES.typeOf(Arrays.copyOf(PDF, PDF.length - 7))).messageKey());
        assertEquals("asset.fileTruncated", assertThrows(LedgerException.class,
                () -> FILES.typeOf(Arrays.copyOf(PNG, PNG.length - 1))).messageKey());
    }

    @Test
    void overTenMegabytesIsTooLargeAndTenIsNot() {
        byte[] ten = Arrays.copyOf(PDF, FileContent.MAX_BYTES);
        System.arraycopy("%%EOF".getBytes(StandardCharsets.US_ASCII), 0, ten, ten.length - 5, 5);
        assertEquals(FileType.PDF, SCANS.typeOf(ten));
        byte[] more = Arrays.copyOf(ten, FileContent.MAX_BYTES + 1);
        assertEquals(LedgerException.Kind.TOO_LARGE, assertThrows(LedgerException.class, () -> SCANS.typeOf(more)).kind());
    }

    @Test
    void theStoredNameDropsTheClientsPathAndCarriesTheRealExtension() {
        assertEquals("下达文件.pdf", FileContent.storedName("C:\\fakepath\\下达文件.pdf", "x", FileType.PDF));
        assertEquals("scan.png.jpg", FileContent.storedName("scan.png", "x", FileType.JPEG));
        assertEquals("照片.JPEG", FileContent.storedName("照片.JPEG", "x", FileType.JPEG));
        assertEquals("大棚.png", FileContent.storedName(" ", "大棚", FileType.PNG));
        assertEquals(200, FileContent.storedName("a".repeat(300), "x", FileType.PDF).length());
    }

    @Test
    void theSha256IsLowerCaseHex() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", FileContent.sha256(new byte[0]));
    }
}
