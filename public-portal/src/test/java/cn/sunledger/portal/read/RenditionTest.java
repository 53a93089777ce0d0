package cn.sunledger.portal.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class RenditionTest {

    private static final String HASH = "ab".repeat(32);

    @Test
    void theEtagIsTheQuotedHash() {
        assertEquals("\"" + HASH + "\"", Rendition.of("532900-2026-00001", "pdf", new byte[1], HASH, "application/pdf").etag());
    }

    @Test
    void aPdfIsShownInlineUnderItsNoticeNumber() {
        Rendition pdf = Rendition.of("532900-2026-00001", "pdf", new byte[1], HASH, "application/pdf");
        assertEquals("inline; filename=\"532900-2026-00001.pdf\"", pdf.contentDisposition());
        assertEquals("application/pdf", pdf.contentType());
    }

    @Test
    void textFormatsAlwaysDeclareUtf8() {
        assertEquals("text/html;charset=utf-8", Rendition.contentType("html", "text/html"));
        assertEquals("text/html;charset=utf-8", Rendition.contentType("html", "text/html; charset=utf-8"));
        assertEquals("text/html;charset=UTF-8", Rendition.contentType("html", " text/html ; charset=UTF-8 "));
        assertEquals("application/json;charset=utf-8", Rendition.contentType("json", null));
        assertEquals("application/pdf", Rendition.contentType("pdf", ""));
        assertNull(Rendition.of("n", "json", new byte[1], HASH, null).contentDisposition());
    }
}
