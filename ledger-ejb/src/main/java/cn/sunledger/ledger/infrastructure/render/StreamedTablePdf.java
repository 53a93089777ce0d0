package cn.sunledger.ledger.infrastructure.render;

import cn.sunledger.ledger.domain.model.notice.document.Block;
import cn.sunledger.ledger.domain.model.shared.PersonalDataMasker;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.OutputStream;
import java.util.List;

/**
 * A long table printed on A4 landscape as its rows arrive, for registers of any size: title and heading lines on top,
 * the table with its header repeated on every page, a bold totals row, then small summary tables; page numbers in the
 * footer. Rows go to the document in chunks (OpenPDF's large-element mode), so laid-out rows are released instead of
 * kept until the end. Column widths are fixed up front, since the rows are not known when the table starts. Text
 * passes the one PersonalDataMasker, as everything the ledger prints.
 */
public final class StreamedTablePdf implements AutoCloseable {

    private static final int CHUNK_ROWS = 200;
    private static final float FONT_SIZE = 7.5f;
    private static final Color HEADER_BACKGROUND = new Color(0xEE, 0xF1, 0xF5);
    private static final Color BORDER = new Color(0x9A, 0xA0, 0xA8);
    private static final Color MUTED = new Color(0x55, 0x55, 0x55);

    private final Document document;
    private final Font cellFont = PdfFonts.font(FONT_SIZE);
    private final Font boldFont = PdfFonts.bold(FONT_SIZE);
    private final List<String> header;
    private final float[] widths;
    private final boolean[] numeric;
    private PdfPTable table;
    private int pending;
    private boolean closed;

    /**
     * @param widths  relative column widths
     * @param numeric which columns hold amounts (right-aligned)
     */
    public StreamedTablePdf(OutputStream out, String title, List<String> heading, String footer, List<String> header,
            float[] widths, boolean[] numeric) {
        this.header = header;
        this.widths = widths.clone();
        this.numeric = numeric.clone();
        document = new Document(PageSize.A4.rotate(), 28, 28, 32, 40);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        writer.setPageEvent(new RegisterPageFooter(PersonalDataMasker.maskText(footer)));
        document.addTitle(PersonalDataMasker.maskText(title));
        document.addCreator("阳光台账 Sunshine Ledger");
        document.open();
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("zh-CN"));
        Paragraph t = new Paragraph(PersonalDataMasker.maskText(title), PdfFonts.bold(15f));
        t.setAlignment(Element.ALIGN_CENTER);
        t.setSpacingAfter(4);
        document.add(t);
        for (String line : heading) {
            Paragraph p = new Paragraph(PersonalDataMasker.maskText(line), PdfFonts.font(9f, MUTED));
            p.setAlignment(Element.ALIGN_CENTER);
            document.add(p);
        }
        table = newTable();
    }

    public void row(List<String> cells) {
        addRow(cells, cellFont);
        if (++pending == CHUNK_ROWS) {
            // hand the laid-out rows to the document; the table goes on (its header repeats on the next page)
            document.add(table);
            pending = 0;
        }
    }

    /** The last row of the table, in bold; the table is complete after it. */
    public void totals(List<String> cells) {
        addRow(cells, boldFont);
        table.setComplete(true);
        document.add(table);
        table = null;
    }

    /** A small table after the main one (the 总账's groups), through the notices' table writer. */
    public void section(String caption, List<String> sectionHeader, List<List<String>> rows) {
        new PdfTableWriter(PersonalDataMasker::maskText).write(document, new Block.Table(caption, sectionHeader,
                rows.isEmpty() ? List.of(sectionHeader.stream().map(h -> "—").toList()) : rows));
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            if (table != null) {
                table.setComplete(true);
                document.add(table);
            }
            document.close();
        }
    }

    private PdfPTable newTable() {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        t.setSplitLate(false);
        t.setSpacingBefore(6);
        t.setSpacingAfter(8);
        t.setComplete(false);
        for (String h : header) {
            PdfPCell cell = cell(h, boldFont);
            cell.setBackgroundColor(HEADER_BACKGROUND);
            t.addCell(cell);
        }
        return t;
    }

    private void addRow(List<String> cells, Font font) {
        for (int i = 0; i < header.size(); i++) {
            PdfPCell cell = cell(i < cells.size() ? cells.get(i) : "", font);
            if (numeric[i]) {
                cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            }
            table.addCell(cell);
        }
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(PersonalDataMasker.maskText(text == null ? "" : text), font));
        cell.setPadding(2.5f);
        cell.setPaddingBottom(3.5f);
        cell.setBorderWidth(0.5f);
        cell.setBorderColor(BORDER);
        cell.setUseAscender(true);
        return cell;
    }
}
