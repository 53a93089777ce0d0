package cn.sunledger.ledger.infrastructure.render;

import cn.sunledger.ledger.domain.model.notice.document.Block;
import cn.sunledger.ledger.domain.model.notice.document.NoticeDocument;
import cn.sunledger.ledger.domain.model.shared.PersonalDataMasker;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
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

    static final float BODY_SIZE = 11f;
    static final float[] HEADING_SIZES = {14f, 13f, 12f, 11.5f};
    static final Color MUTED = new Color(0x55, 0x55, 0x55);
    private static final Color ACCENT = new Color(0xA4, 0x16, 0x1A);
    private static final float TITLE_SIZE = 18f;
    /** Below this much room a heading moves to the next page instead of being stranded under its text. */
    private static final float MIN_ROOM_FOR_HEADING = 70f;
    /** Rows of a final table that go with the closing section when it needs a new page. */
    private static final int ROWS_KEPT_WITH_CLOSING = 3;
    /** Measured heights are exact, but a fraction of a point decides a page break: err towards moving rows. */
    private static final float MEASURE_SLACK = 2f;

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
        body(document, writer, doc);
        document.close();
        return out.toByteArray();
    }

    private static void titleBlock(Document document, NoticeDocument doc) {
        Paragraph type = new Paragraph(mask(doc.typeLabel()), PdfFonts.bold(11f, ACCENT));
        type.setAlignment(Element.ALIGN_CENTER);
        document.add(type);
        Paragraph title = new Paragraph(20f * 1.4f, String.join("\n", titleLines(document, mask(doc.title()))),
                PdfFonts.bold(TITLE_SIZE));
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
            // one chunk for the whole list, so the break rule sees every separator
            Chunk places = new Chunk(mask(NoticeWording.regions(doc)), PdfFonts.font(10f))
                    .setSplitCharacter(PlaceListBreaks.INSTANCE);
            facts.addElement(metaLine(NoticeWording.REGIONS, places));
        }
        meta.addCell(facts);
        if (doc.portalUrl() != null) {
            meta.addCell(qrCell(doc.portalUrl()));
        }
        document.add(meta);
    }

    /**
     * The title in lines chosen by {@link TitleLines}, a little narrower than the text width: OpenPDF draws bold
     * by stroking the outline, so a line measured exactly to the margin could still be wrapped by the library.
     */
    private static List<String> titleLines(Document document, String title) {
        float width = (document.right() - document.left()) * 0.97f;
        return new TitleLines(text -> PdfFonts.baseFont().getWidthPoint(text, TITLE_SIZE), width).split(title);
    }

    private static Paragraph metaLine(String label, String value) {
        return metaLine(label, new Chunk(value, PdfFonts.font(10f)));
    }

    private static Paragraph metaLine(String label, Chunk value) {
        // chunks in a paragraph inherit its style, so the paragraph itself stays style-less
        Paragraph p = new Paragraph(16f);
        p.add(new Chunk(label + "：", PdfFonts.bold(10f, MUTED)));
        p.add(value);
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

    /**
     * The body, then the closing section kept with its last part.
     *
     * <p>The closing (hotlines, sign-off) must never stand alone on a page: a notice board shows pages side by
     * side, and a page of only phone numbers and a seal reads as a separate, unsigned notice, while the signed
     * page would lack the body it signs. So the last body block and the closing form one unit that moves to the
     * next page together when it does not fit. For a paragraph (with any headings just before it) the unit is a
     * borderless kept-together table, so OpenPDF itself decides, with its own measure, whether it fits. A final
     * long table cannot go whole; its last rows are measured (tables have exact heights once their width is
     * set) against the room left, and a new page is begun before them if they and the closing do not fit.
     * Measuring before adding keeps rendering to one pass and the output a pure function of the notice.
     */
    private static void body(Document document, PdfWriter writer, NoticeDocument doc) {
        PdfTableWriter tables = new PdfTableWriter(NoticePdfRenderer::mask);
        List<Block> blocks = doc.blocks();
        Block last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
        boolean longLastTable = last instanceof Block.Table t && t.rows().size() > ROWS_KEPT_WITH_CLOSING;
        int tail = longLastTable ? blocks.size() - 1 : tailStart(blocks);
        for (Block block : blocks.subList(0, tail)) {
            if (block instanceof Block.Heading heading) {
                if (writer.getVerticalPosition(true) - document.bottom() < MIN_ROOM_FOR_HEADING) {
                    document.newPage();
                }
                document.add(heading(heading));
            } else if (block instanceof Block.Paragraph paragraph) {
                document.add(paragraph(paragraph));
            } else if (block instanceof Block.Table table) {
                tables.write(document, table);
            }
        }
        PdfPTable closing = PdfClosingSection.of(doc, NoticePdfRenderer::mask);
        if (longLastTable) {
            Block.Table table = (Block.Table) last;
            PdfPTable lastRows = tables.writeAllButLastRows(document, table, ROWS_KEPT_WITH_CLOSING);
            float width = document.right() - document.left();
            float needed = heightOf(lastRows, width) - lastRows.getHeaderHeight() + closing.spacingBefore()
                    + heightOf(closing, width) + MEASURE_SLACK;
            if (writer.getVerticalPosition(true) - document.bottom() < needed) {
                document.newPage(); // the rows start the page, under the repeated header like any continued page
            } else {
                lastRows.setSkipFirstHeader(true); // right under the rest of the table, as its continuation
            }
            document.add(lastRows);
            document.add(closing);
            return;
        }
        PdfPTable unit = new PdfPTable(1);
        unit.setWidthPercentage(100);
        unit.setKeepTogether(true);
        for (Block block : blocks.subList(tail, blocks.size())) {
            if (block instanceof Block.Heading heading) {
                unit.addCell(plainCell(heading(heading)));
            } else if (block instanceof Block.Paragraph paragraph) {
                unit.addCell(plainCell(paragraph(paragraph)));
            } else if (block instanceof Block.Table table) {
                PdfPCell cell = plainCell(null);
                tables.elements(table).forEach(cell::addElement);
                unit.addCell(cell);
            }
        }
        PdfPCell closingCell = new PdfPCell(closing);
        closingCell.setBorder(PdfPCell.NO_BORDER);
        closingCell.setPadding(0);
        closingCell.setPaddingTop(closing.spacingBefore());
        unit.addCell(closingCell);
        document.add(unit);
    }

    /** Where the unit kept with the closing begins: the last block, and the headings directly above it. */
    private static int tailStart(List<Block> blocks) {
        int start = blocks.size() - 1;
        while (start > 0 && blocks.get(start - 1) instanceof Block.Heading) {
            start--;
        }
        return Math.max(start, 0);
    }

    private static float heightOf(PdfPTable table, float width) {
        table.setTotalWidth(width); // as the document will when it adds the table at 100 % width
        return table.getTotalHeight();
    }

    private static Paragraph heading(Block.Heading heading) {
        float size = HEADING_SIZES[heading.level() - 1];
        Paragraph p = new Paragraph(size * 1.6f, mask(heading.text()), PdfFonts.bold(size));
        p.setSpacingBefore(heading.level() == 1 ? 10 : 6);
        p.setSpacingAfter(2);
        return p;
    }

    private static Paragraph paragraph(Block.Paragraph paragraph) {
        Paragraph p = new Paragraph(BODY_SIZE * 1.7f, mask(paragraph.text()), PdfFonts.font(BODY_SIZE));
        p.setFirstLineIndent(BODY_SIZE * 2); // two characters, as Chinese official documents indent
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        p.setSpacingAfter(3);
        return p;
    }

    private static PdfPCell plainCell(Element element) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setPadding(0);
        if (element != null) {
            cell.addElement(element);
        }
        return cell;
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
