package cn.sunledger.ledger.infrastructure.render;

import cn.sunledger.ledger.domain.model.notice.document.Hotline;
import cn.sunledger.ledger.domain.model.notice.document.NoticeDocument;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import java.util.function.UnaryOperator;

/**
 * The end of a printed notice: attachments, the supervision hotlines (12317 and the county's lines), the
 * sign-off (issuing unit, date, room for the seal) and the web address. What a reader on a notice board must be
 * able to act on, so it is built as one table that is never split: the renderer keeps it with the last part of
 * the body (see {@link NoticePdfRenderer}).
 */
final class PdfClosingSection {

    /** Room for a county bureau's round seal (about 4 cm across) over the signature lines. */
    private static final float SEAL_HEIGHT = 64f;

    private PdfClosingSection() {
    }

    /** @param mask applied to every text taken from the notice (personal data masking) */
    static PdfPTable of(NoticeDocument doc, UnaryOperator<String> mask) {
        PdfPTable closing = new PdfPTable(1);
        closing.setWidthPercentage(100);
        closing.setKeepTogether(true);
        closing.setSpacingBefore(6);
        if (!doc.attachments().isEmpty()) {
            add(closing, sectionTitle(NoticeWording.ATTACHMENTS));
            int n = 1;
            for (String name : doc.attachments()) {
                add(closing, new Paragraph(NoticePdfRenderer.BODY_SIZE * 1.6f, n++ + ". " + mask.apply(name),
                        PdfFonts.font(NoticePdfRenderer.BODY_SIZE)));
            }
        }
        add(closing, sectionTitle(NoticeWording.HOTLINES));
        for (Hotline h : doc.hotlines()) {
            Paragraph p = new Paragraph(NoticePdfRenderer.BODY_SIZE * 1.6f);
            p.add(new Chunk(mask.apply(h.name()) + "：", PdfFonts.font(NoticePdfRenderer.BODY_SIZE)));
            p.add(new Chunk(h.number(), PdfFonts.bold(NoticePdfRenderer.BODY_SIZE)));
            add(closing, p);
        }
        PdfPCell signOff = plain(signOff(doc, mask));
        signOff.setPaddingTop(14);
        closing.addCell(signOff);
        if (doc.portalUrl() != null) {
            Paragraph url = new Paragraph(14f, "网上公示：" + doc.portalUrl(), PdfFonts.font(9f, NoticePdfRenderer.MUTED));
            PdfPCell cell = plain(url);
            cell.setPaddingTop(8);
            closing.addCell(cell);
        }
        return closing;
    }

    /**
     * Right half of the width, centred as on a signed Chinese notice: room marked （盖章） for the seal, the
     * issuing unit, the date in words. A draft has no date yet, and says so rather than showing one.
     */
    private static PdfPTable signOff(NoticeDocument doc, UnaryOperator<String> mask) {
        PdfPTable block = new PdfPTable(new float[]{1, 1});
        block.setWidthPercentage(100);
        block.addCell(plain(new Phrase("")));
        PdfPTable lines = new PdfPTable(1);
        lines.setWidthPercentage(100);
        PdfPCell seal = centred(new Phrase(NoticeWording.SEAL, PdfFonts.font(9f, NoticePdfRenderer.MUTED)));
        seal.setFixedHeight(SEAL_HEIGHT);
        seal.setVerticalAlignment(Element.ALIGN_MIDDLE);
        lines.addCell(seal);
        lines.addCell(centred(new Phrase(mask.apply(doc.issuer()), PdfFonts.font(NoticePdfRenderer.BODY_SIZE + 1))));
        String date = doc.publishedOn() == null ? NoticeWording.DATE_ON_PUBLICATION
                : NoticeWording.date(doc.publishedOn());
        lines.addCell(centred(new Phrase(date, PdfFonts.font(NoticePdfRenderer.BODY_SIZE + 1))));
        PdfPCell right = new PdfPCell(lines);
        right.setBorder(PdfPCell.NO_BORDER);
        right.setPadding(0);
        block.addCell(right);
        return block;
    }

    private static Paragraph sectionTitle(String text) {
        float size = NoticePdfRenderer.HEADING_SIZES[0];
        Paragraph p = new Paragraph(size * 1.6f, text, PdfFonts.bold(size));
        p.setSpacingBefore(6);
        return p;
    }

    private static void add(PdfPTable table, Element element) {
        table.addCell(plain(element));
    }

    private static PdfPCell plain(Element element) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setPadding(0);
        cell.addElement(element);
        return cell;
    }

    private static PdfPCell plain(PdfPTable table) {
        PdfPCell cell = new PdfPCell(table);
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setPadding(0);
        return cell;
    }

    private static PdfPCell centred(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setPadding(2);
        return cell;
    }
}
