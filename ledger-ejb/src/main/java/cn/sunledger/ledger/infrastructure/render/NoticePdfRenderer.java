package cn.sunledger.ledger.infrastructure.render;

import cn.sunledger.ledger.domain.model.notice.document.Block;
import cn.sunledger.ledger.domain.model.notice.document.Hotline;
import cn.sunledger.ledger.domain.model.notice.document.NoticeDocument;
import cn.sunledger.ledger.domain.model.shared.PersonalDataMasker;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * Renders a notice as an A4 PDF for notice boards and auditors, with the Chinese font embedded as a subset.
 *
 * <p>The output is reproducible: no clock, random tag or machine state reaches the file (see
 * {@link PdfReproducibility}), so the hash taken at publication can be checked by rendering again. All document
 * text is masked with {@link PersonalDataMasker#maskText} on the way in.
 */
public final class NoticePdfRenderer {

    private static final float BODY_SIZE = 11f;
    private static final float[] HEADING_SIZES = {14f, 13f, 12f, 11.5f};
    private static final Color ACCENT = new Color(0xA4, 0x16, 0x1A);
    private static final Color MUTED = new Color(0x55, 0x55, 0x55);
    /** Below this much room a heading moves to the next page instead of being stranded under its text. */
    private static final float MIN_ROOM_FOR_HEADING = 70f;

    public byte[] render(NoticeDocument doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        // margins leave room for the running header and the footer drawn by PdfPageDecorator
        Document document = new Document(PageSize.A4, 56, 56, 76, 66);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PdfPageDecorator(mask(doc.typeLabel()), NoticeWording.noticeNo(doc), doc.draft()));
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        PdfArchival.declare(writer);
        document.addTitle(mask(doc.title()));
        document.addAuthor(mask(doc.issuer()));
        document.addSubject(mask(doc.typeLabel()) + " " + NoticeWording.noticeNo(doc));
        document.addCreator("阳光台账 Sunshine Ledger");
        document.open();
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("zh-CN"));
        PdfReproducibility.fixVolatileMetadata(writer, doc);
        PdfArchival.describe(writer);

        if (doc.draft()) {
            document.add(banner(NoticeWording.DRAFT_BANNER));
        }
        if (doc.supersededBy() != null) {
            document.add(banner(NoticeWording.supersededByText(doc.supersededBy())));
        }
        if (doc.supersedes() != null) {
            document.add(note(NoticeWording.supersedesText(doc.supersedes())));
        }
        titleBlock(document, doc);
        body(document, writer, doc.blocks());
        closingSections(document, doc);
        document.close();
        return out.toByteArray();
    }

    private static void titleBlock(Document document, NoticeDocument doc) {
        Paragraph type = new Paragraph(mask(doc.typeLabel()), PdfFonts.bold(11f, ACCENT));
        type.setAlignment(Element.ALIGN_CENTER);
        document.add(type);
        Paragraph title = new Paragraph(20f * 1.4f, mask(doc.title()), PdfFonts.bold(18f));
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingBefore(4);
        title.setSpacingAfter(10);
        document.add(title);

        PdfPTable meta = new PdfPTable(doc.portalUrl() == null ? new float[]{1} : new float[]{4, 1});
        meta.setWidthPercentage(100);
        meta.setSpacingAfter(10);
        PdfPCell facts = new PdfPCell();
        facts.setBorder(PdfPCell.NO_BORDER);
        facts.setPadding(0);
        facts.addElement(metaLine(NoticeWording.NOTICE_NO, NoticeWording.noticeNo(doc)));
        facts.addElement(metaLine(NoticeWording.ISSUER, mask(doc.issuer())));
        if (doc.docNumber() != null) {
            facts.addElement(metaLine(NoticeWording.DOC_NUMBER, mask(doc.docNumber())));
        }
        if (doc.publishedOn() != null) {
            facts.addElement(metaLine(NoticeWording.PUBLISHED_ON, NoticeWording.date(doc.publishedOn())));
        }
        if (doc.hasPeriod()) {
            facts.addElement(metaLine(NoticeWording.PERIOD, NoticeWording.period(doc)));
        }
        if (!doc.regionNames().isEmpty()) {
            facts.addElement(metaLine(NoticeWording.REGIONS, mask(NoticeWording.regions(doc))));
        }
        meta.addCell(facts);
        if (doc.portalUrl() != null) {
            meta.addCell(qrCell(doc.portalUrl()));
        }
        document.add(meta);
    }

    private static Paragraph metaLine(String label, String value) {
        // chunks in a paragraph inherit its style, so the paragraph itself stays style-less
        Paragraph p = new Paragraph(16f);
        p.add(new Chunk(label + "：", PdfFonts.bold(10f, MUTED)));
        p.add(new Chunk(value, PdfFonts.font(10f)));
        return p;
    }

    private static PdfPCell qrCell(String url) {
        NoticeQrCode qr = NoticeQrCode.of(url);
        Image image = Image.getInstance(qr.size(), qr.size(), 1, 1, qr.grayBits());
        image.scaleAbsolute(78, 78);
        image.setAlignment(Element.ALIGN_CENTER);
        PdfPCell cell = new PdfPCell();
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setPadding(0);
        cell.addElement(image);
        Paragraph caption = new Paragraph(NoticeWording.QR_CAPTION, PdfFonts.font(8f, MUTED));
        caption.setAlignment(Element.ALIGN_CENTER);
        cell.addElement(caption);
        return cell;
    }

    private static void body(Document document, PdfWriter writer, List<Block> blocks) {
        PdfTableWriter tables = new PdfTableWriter(NoticePdfRenderer::mask);
        Font bodyFont = PdfFonts.font(BODY_SIZE);
        for (Block block : blocks) {
            if (block instanceof Block.Heading heading) {
                if (writer.getVerticalPosition(true) - document.bottom() < MIN_ROOM_FOR_HEADING) {
                    document.newPage();
                }
                float size = HEADING_SIZES[heading.level() - 1];
                Paragraph p = new Paragraph(size * 1.6f, mask(heading.text()), PdfFonts.bold(size));
                p.setSpacingBefore(heading.level() == 1 ? 10 : 6);
                p.setSpacingAfter(2);
                document.add(p);
            } else if (block instanceof Block.Paragraph paragraph) {
                Paragraph p = new Paragraph(BODY_SIZE * 1.7f, mask(paragraph.text()), bodyFont);
                p.setFirstLineIndent(BODY_SIZE * 2); // two characters, as Chinese official documents indent
                p.setAlignment(Element.ALIGN_JUSTIFIED);
                p.setSpacingAfter(3);
                document.add(p);
            } else if (block instanceof Block.Table table) {
                tables.write(document, table);
            }
        }
    }

    private static void closingSections(Document document, NoticeDocument doc) {
        if (!doc.attachments().isEmpty()) {
            document.add(sectionTitle(NoticeWording.ATTACHMENTS));
            int n = 1;
            for (String name : doc.attachments()) {
                document.add(new Paragraph(BODY_SIZE * 1.6f, n++ + ". " + mask(name), PdfFonts.font(BODY_SIZE)));
            }
        }
        document.add(sectionTitle(NoticeWording.HOTLINES));
        for (Hotline h : doc.hotlines()) {
            Paragraph p = new Paragraph(BODY_SIZE * 1.6f);
            p.add(new Chunk(mask(h.name()) + "：", PdfFonts.font(BODY_SIZE)));
            p.add(new Chunk(h.number(), PdfFonts.bold(BODY_SIZE)));
            document.add(p);
        }
        if (doc.portalUrl() != null) {
            Paragraph url = new Paragraph(14f, "网上公示：" + doc.portalUrl(), PdfFonts.font(9f, MUTED));
            url.setSpacingBefore(8);
            document.add(url);
        }
    }

    private static Paragraph sectionTitle(String text) {
        Paragraph p = new Paragraph(HEADING_SIZES[0] * 1.6f, text, PdfFonts.bold(HEADING_SIZES[0]));
        p.setSpacingBefore(12);
        return p;
    }

    private static PdfPTable banner(String text) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSpacingAfter(8);
        PdfPCell cell = new PdfPCell(new Phrase(text, PdfFonts.bold(12f, ACCENT)));
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setBorderColor(ACCENT);
        cell.setBorderWidth(1.5f);
        cell.setPadding(6);
        table.addCell(cell);
        return table;
    }

    private static Paragraph note(String text) {
        Paragraph p = new Paragraph(16f, text, PdfFonts.font(10f, ACCENT));
        p.setSpacingAfter(6);
        return p;
    }

    private static String mask(String text) {
        return PersonalDataMasker.maskText(text);
    }
}
