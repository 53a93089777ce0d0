package cn.sunledger.ledger.infrastructure.render;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;

/**
 * The footer of a printed register or 移交书: what the document is on the left (so a loose page can be put back) and
 * "第 N 页 / 共 M 页" on the right. The page count is unknown while the rows stream, so every footer draws one shared
 * template that is filled in when the document closes, as the notices' decorator does.
 */
final class RegisterPageFooter extends PdfPageEventHelper {

    private static final float SMALL = 8.5f;
    private static final Color GREY = new Color(0x55, 0x55, 0x55);

    private final String label;
    private PdfTemplate totalPages;

    RegisterPageFooter(String label) {
        this.label = label;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        totalPages = writer.getDirectContent().createTemplate(60, SMALL * 1.6f);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte cb = writer.getDirectContent();
        float y = document.bottom() - 24;
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, phrase(label), document.left(), y, 0);
        String page = "第 " + writer.getPageNumber() + " 页 / 共 ";
        float templateWidth = PdfFonts.baseFont().getWidthPoint("00000 页", SMALL);
        float x = document.right() - templateWidth - PdfFonts.baseFont().getWidthPoint(page, SMALL);
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, phrase(page), x, y, 0);
        cb.addTemplate(totalPages, x + PdfFonts.baseFont().getWidthPoint(page, SMALL), y - SMALL * 0.4f);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        // the page number has moved past the last page when the document closes
        ColumnText.showTextAligned(totalPages, Element.ALIGN_LEFT, phrase((writer.getPageNumber() - 1) + " 页"), 0,
                SMALL * 0.4f, 0);
    }

    private static Phrase phrase(String text) {
        return new Phrase(text, PdfFonts.font(SMALL, GREY));
    }
}
