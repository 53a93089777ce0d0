package cn.sunledger.ledger.infrastructure.render;

import cn.sunledger.ledger.domain.model.notice.document.Block;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Writes a {@link Block.Table} as a PdfPTable whose header row repeats on every page, because the long tables of
 * a notice (beneficiary lists, fund allocations) are read page by page on a board.
 *
 * <p>Large tables are handed to the document in chunks (OpenPDF's "large element" mode), so rows already laid out
 * are released instead of kept until the end; this keeps memory flat for lists of thousands of households.
 */
final class PdfTableWriter {

    private static final float FONT_SIZE = 9f;
    private static final int CHUNK_ROWS = 200;
    private static final float MIN_COLUMN = 28f;
    private static final float MAX_COLUMN = 220f;
    private static final Color HEADER_BACKGROUND = new Color(0xEE, 0xF1, 0xF5);
    private static final Color BORDER = new Color(0x9A, 0xA0, 0xA8);
    private static final Pattern NUMERIC = Pattern.compile("[-+]?[0-9][0-9,]*(\\.[0-9]+)?[%％]?");

    private final UnaryOperator<String> textFilter;
    private final Font cellFont = PdfFonts.font(FONT_SIZE);
    private final Font headerFont = PdfFonts.bold(FONT_SIZE);

    /** @param textFilter applied to every caption, header and cell text (personal data masking) */
    PdfTableWriter(UnaryOperator<String> textFilter) {
        this.textFilter = textFilter;
    }

    void write(Document document, Block.Table table) {
        writeRows(document, table, table.rows(), relativeWidths(table), 8);
    }

    /**
     * Writes all but the last {@code kept} rows and returns a table of the last ones, with the same columns and
     * the header row, for the caller to place: the renderer keeps them with the closing section. The written
     * part has no space after it, so the returned rows read as its continuation when placed right below.
     */
    PdfPTable writeAllButLastRows(Document document, Block.Table table, int kept) {
        float[] widths = relativeWidths(table);
        int split = table.rows().size() - kept;
        writeRows(document, table, table.rows().subList(0, split), widths, 0);
        PdfPTable last = newTable(table, widths, 8);
        last.setSpacingBefore(0);
        addRows(last, table.rows().subList(split, table.rows().size()));
        return last;
    }

    /** The caption (if any) and the whole table as elements, for a small table placed inside another element. */
    List<Element> elements(Block.Table table) {
        List<Element> elements = new ArrayList<>(2);
        if (table.caption() != null) {
            elements.add(caption(table));
        }
        PdfPTable whole = newTable(table, relativeWidths(table), 8);
        addRows(whole, table.rows());
        elements.add(whole);
        return elements;
    }

    private void writeRows(Document document, Block.Table table, List<List<String>> rows, float[] widths,
                           float spacingAfter) {
        if (table.caption() != null) {
            document.add(caption(table));
        }
        PdfPTable pdfTable = newTable(table, widths, spacingAfter);
        boolean large = rows.size() > CHUNK_ROWS;
        pdfTable.setComplete(!large);
        for (int from = 0; from < rows.size(); from += CHUNK_ROWS) {
            addRows(pdfTable, rows.subList(from, Math.min(rows.size(), from + CHUNK_ROWS)));
            if (large && from + CHUNK_ROWS < rows.size()) {
                document.add(pdfTable);
            }
        }
        if (large) {
            pdfTable.setComplete(true);
        }
        document.add(pdfTable);
    }

    private Paragraph caption(Block.Table table) {
        Paragraph caption = new Paragraph(textFilter.apply(table.caption()), PdfFonts.bold(10.5f));
        caption.setAlignment(Element.ALIGN_CENTER);
        caption.setSpacingBefore(6);
        caption.setSpacingAfter(2);
        return caption;
    }

    /** A table with its header row, which repeats on every page the table continues on. */
    private PdfPTable newTable(Block.Table table, float[] widths, float spacingAfter) {
        PdfPTable pdfTable = new PdfPTable(widths);
        pdfTable.setWidthPercentage(100);
        pdfTable.setHeaderRows(1);
        pdfTable.setSplitLate(false); // a tall row may break across pages rather than leave a gap
        pdfTable.setSpacingBefore(4);
        pdfTable.setSpacingAfter(spacingAfter);
        for (String h : table.header()) {
            PdfPCell cell = cell(textFilter.apply(h), headerFont);
            cell.setBackgroundColor(HEADER_BACKGROUND);
            pdfTable.addCell(cell);
        }
        return pdfTable;
    }

    private void addRows(PdfPTable pdfTable, List<List<String>> rows) {
        for (List<String> row : rows) {
            for (String value : row) {
                String shown = textFilter.apply(value);
                PdfPCell cell = cell(shown, cellFont);
                if (NUMERIC.matcher(shown.strip()).matches()) {
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                pdfTable.addCell(cell);
            }
        }
    }

    private static PdfPCell cell(String shownText, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(shownText, font));
        cell.setPadding(3);
        cell.setPaddingBottom(4);
        cell.setBorderWidth(0.5f);
        cell.setBorderColor(BORDER);
        cell.setUseAscender(true);
        return cell;
    }

    /** Columns sized by their widest text (bounded), so a year column does not get as much room as a name list. */
    private static float[] relativeWidths(Block.Table table) {
        BaseFont font = PdfFonts.baseFont();
        float[] widths = new float[table.columnCount()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = font.getWidthPoint(table.header().get(c), FONT_SIZE);
        }
        for (List<String> row : table.rows()) {
            for (int c = 0; c < widths.length; c++) {
                if (widths[c] < MAX_COLUMN) {
                    widths[c] = Math.max(widths[c], font.getWidthPoint(row.get(c), FONT_SIZE));
                }
            }
        }
        for (int c = 0; c < widths.length; c++) {
            widths[c] = Math.max(MIN_COLUMN, Math.min(MAX_COLUMN, widths[c] + 8));
        }
        return widths;
    }
}
