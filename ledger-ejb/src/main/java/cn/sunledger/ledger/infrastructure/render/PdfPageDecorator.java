package cn.sunledger.ledger.infrastructure.render;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;

/**
 * Draws what every page of a printed notice carries: a running header (type and notice number, so a loose page
 * on a notice board can be traced), the footer "第 N 页 / 共 M 页" with the notice number, and for drafts a
 * watermark under the text.
 *
 * <p>The total page count is unknown while pages are written, so each footer refers to one shared template that
 * is filled in when the document closes; this keeps rendering to a single pass.
 */
final class PdfPageDecorator extends PdfPageEventHelper {

    private static final float SMALL = 9f;
    private static final Color GREY = new Color(0x55, 0x55, 0x55);
    private static final Color WATERMARK = new Color(0xE2, 0xE2, 0xE2);

    private final String typeLabel;
    private final String noticeNo;
    private final boolean draft;
    private PdfTemplate totalPages;

    PdfPageDecorator(String typeLabel, String noticeNo, boolean draft) {
        this.typeLabel = typeLabel;
        this.noticeNo = noticeNo;
        this.draft = draft;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        totalPages = writer.getDirectContent().createTemplate(48, SMALL * 1.6f);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte cb = writer.getDirectContent();
        float left = document.left();
        float right = document.right();

        float headerY = document.top() + 24;
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, phrase(typeLabel), left, headerY, 0);
        ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, phrase(NoticeWording.NOTICE_NO + "：" + noticeNo), right,
                headerY, 0);
        rule(cb, left, right, headerY - 6);

        float footerY = document.bottom() - 30;
        rule(cb, left, right, footerY + SMALL + 4);
        String pageText = "第 " + writer.getPageNumber() + " 页 / 共 ";
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, phrase(pageText), left, footerY, 0);
        float templateX = left + PdfFonts.baseFont().getWidthPoint(pageText, SMALL);
        cb.addTemplate(totalPages, templateX, footerY - SMALL * 0.4f);
        ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, phrase(noticeNo), right, footerY, 0);

        if (draft) {
            watermark(writer.getDirectContentUnder(), document);
        }
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        // the page number has already moved past the last page when the document closes
        String total = (writer.getPageNumber() - 1) + " 页";
        ColumnText.showTextAligned(totalPages, Element.ALIGN_LEFT, phrase(total), 0, SMALL * 0.4f, 0);
    }

    private static Phrase phrase(String text) {
        return new Phrase(text, PdfFonts.font(SMALL, GREY));
    }

    private static void rule(PdfContentByte cb, float left, float right, float y) {
        cb.saveState();
        cb.setLineWidth(0.5f);
        cb.setColorStroke(GREY);
        cb.moveTo(left, y);
        cb.lineTo(right, y);
        cb.stroke();
        cb.restoreState();
    }

    /** Light grey under the content: unmistakable on paper, yet the text stays readable for review. */
    private static void watermark(PdfContentByte under, Document document) {
        BaseFont font = PdfFonts.baseFont();
        float x = (document.getPageSize().getLeft() + document.getPageSize().getRight()) / 2;
        float y = (document.getPageSize().getBottom() + document.getPageSize().getTop()) / 2;
        under.saveState();
        under.setColorFill(WATERMARK);
        under.beginText();
        under.setFontAndSize(font, 120);
        under.showTextAligned(Element.ALIGN_CENTER, NoticeWording.DRAFT_MARK, x, y - 40, 45);
        under.endText();
        under.restoreState();
    }
}
