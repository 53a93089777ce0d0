package cn.sunledger.ledger.application.internal.fund;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.sunledger.ledger.domain.model.shared.FileType;
import org.junit.jupiter.api.Test;

class ScanNamesTest {

    @Test
    void aScanWithoutANameIsNamedAfterItsDocumentsNumber() {
        assertEquals("漾财农〔2026〕1号（扫描件）.pdf", ScanNames.stored(" ", "漾财农〔2026〕1号", FileType.PDF));
        assertEquals("下达文件.pdf", ScanNames.stored("C:\\fakepath\\下达文件.pdf", "漾财农〔2026〕1号", FileType.PDF));
        assertEquals("a_b（扫描件）", ScanNames.download("a/b"));
    }
}
