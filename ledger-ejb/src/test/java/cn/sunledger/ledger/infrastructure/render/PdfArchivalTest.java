package cn.sunledger.ledger.infrastructure.render;

import cn.sunledger.ledger.testsupport.PdfA;

import cn.sunledger.ledger.domain.model.notice.document.NoticeDocument;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Published notices are kept as evidence: their PDFs are PDF/A-1b, checked by PDFBox Preflight. */
class PdfArchivalTest {

    private final NoticePdfRenderer renderer = new NoticePdfRenderer();

    @Test
    void everySampleNoticeIsPdfA1b() {
        for (NoticeDocument doc : SampleNotices.all()) {
            PdfA.assertConforms(renderer.render(doc), doc.title() + " (draft=" + doc.draft() + ")");
        }
    }

    @Test
    void theDemoPolicyDocumentsArePdfA1b() {
        for (NoticeDocument doc : SampleNotices.demoPolicies()) {
            PdfA.assertConforms(renderer.render(doc), doc.title());
        }
    }

    @Test
    void declaresPdfA1bInAPdf14File() {
        byte[] pdf = renderer.render(SampleNotices.published());
        assertEquals("%PDF-1.4", new String(pdf, 0, 8, StandardCharsets.US_ASCII));
        XMPMetadata xmp = xmp(pdf);
        assertEquals(1, xmp.getPDFAIdentificationSchema().getPart());
        assertEquals("B", xmp.getPDFAIdentificationSchema().getConformance());
    }

    /** The XMP repeats the Info dictionary, including the dates fixed by PdfReproducibility, and no others. */
    @Test
    void xmpAgreesWithTheInfoDictionary() throws Exception {
        byte[] published = renderer.render(SampleNotices.published());
        XMPMetadata xmp = xmp(published);
        try (PDDocument doc = Loader.loadPDF(published)) {
            assertEquals(doc.getDocumentInformation().getTitle(), xmp.getDublinCoreSchema().getTitle());
            assertEquals(doc.getDocumentInformation().getCreationDate().toInstant(),
                    xmp.getXMPBasicSchema().getCreateDate().toInstant());
        }
        assertEquals(SampleNotices.TITLE, xmp.getDublinCoreSchema().getTitle());
        XMPMetadata draft = xmp(renderer.render(SampleNotices.draft()));
        assertNull(draft.getXMPBasicSchema().getCreateDate(), "a draft's XMP invents no date either");
        assertNull(draft.getXMPBasicSchema().getModifyDate());
    }

    private static XMPMetadata xmp(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDMetadata metadata = doc.getDocumentCatalog().getMetadata();
            assertNotNull(metadata, "catalog /Metadata");
            return new DomXmpParser().parse(metadata.toByteArray());
        } catch (Exception e) {
            throw new AssertionError("cannot read the XMP packet", e);
        }
    }
}
