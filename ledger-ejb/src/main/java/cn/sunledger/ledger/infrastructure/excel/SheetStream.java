package cn.sunledger.ledger.infrastructure.excel;

import cn.sunledger.ledger.domain.model.shared.LedgerException;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an XLSX file, or a CSV file (UTF-8, with or without BOM), one row at a time, as
 * {@link SheetReader} does but without holding the workbook: the sheet's XML is parsed as it streams (POI's SAX event
 * API, shared strings read once), so a file of 100,000 rows costs its shared strings and one row, not a DOM of every
 * cell. Cell text is the same as SheetReader's (long codes stay digits, dates become yyyy-MM-dd), and rows keep the
 * spreadsheet's numbers, blank rows included, so callers report the rows a clerk sees in Excel.
 */
public final class SheetStream {

    /** Receives each row in order: its spreadsheet row number (1 is the first) and its cells' text. */
    public interface RowHandler {
        void row(int rowNumber, List<String> cells);
    }

    /** Told how far the reading has come: the share of the sheet's bytes parsed so far, 0 to 1. */
    public interface ReadProgress {
        ReadProgress NONE = fraction -> {
        };

        void read(double fraction);
    }

    private SheetStream() {
    }

    /**
     * Streams the rows to {@code handler}; more than {@code maxRows} rows (the header included) are refused as too
     * many. {@code size} is the file's length in bytes (for a CSV file's progress), -1 when unknown.
     */
    public static void read(InputStream input, long size, int maxRows, RowHandler handler, ReadProgress progress) {
        try {
            BufferedInputStream in = new BufferedInputStream(input, 64 * 1024);
            in.mark(4);
            byte[] magic = in.readNBytes(4);
            in.reset();
            boolean zip = magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
            if (zip) {
                readXlsx(in, maxRows, handler, progress);
            } else {
                readCsv(new Counting(in, size, progress), maxRows, handler);
            }
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                | RuntimeException e) {
            if (e instanceof LedgerException le) {
                throw le;
            }
            throw LedgerException.invalid("import.region.unreadable", String.valueOf(e.getMessage()));
        }
    }

    private static void readCsv(InputStream in, int maxRows, RowHandler handler) throws IOException {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        java.io.PushbackReader pushback = new java.io.PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get().parse(pushback)) {
            int row = 0;
            for (CSVRecord record : parser) {
                row++;
                tooMany(row, maxRows);
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cells::add);
                handler.row(row, cells);
            }
        }
    }

    private static void readXlsx(InputStream in, int maxRows, RowHandler handler, ReadProgress progress)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        OPCPackage pkg = OPCPackage.open(in);
        try {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            long sheetSize = sheetSize(reader);
            try (InputStream sheet = new Counting(sheets.next(), sheetSize, progress)) {
                XMLReader parser = SAXHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings,
                        new Rows(maxRows, handler), new ClerkTextFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
        } finally {
            // a package read from a stream has nowhere to be saved: revert closes it without writing
            pkg.revert();
        }
    }

    /** The first sheet's uncompressed size, for the progress (-1 when the package does not tell). */
    private static long sheetSize(XSSFReader reader) {
        try {
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (it.hasNext()) {
                it.next().close();
                return it.getSheetPart().getSize();
            }
        } catch (IOException | OpenXML4JException | RuntimeException e) {
            // the progress then stays at "reading" until the sheet ends
        }
        return -1;
    }

    private static void tooMany(int rows, int maxRows) {
        if (rows > maxRows) {
            throw LedgerException.tooLarge("import.region.tooManyRows", maxRows - 1);
        }
    }

    /** Collects one row's cells by column and hands the row on at its end; skipped rows are passed as blank rows. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final int maxRows;
        private final RowHandler handler;
        private final List<String> cells = new ArrayList<>();
        private int next = 1;

        Rows(int maxRows, RowHandler handler) {
            this.maxRows = maxRows;
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            // rows absent from the sheet's XML are blank rows of the spreadsheet: passed on, so numbering stays true
            while (next < rowNum + 1) {
                tooMany(next, maxRows);
                handler.row(next++, List.of());
            }
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            tooMany(rowNum + 1, maxRows);
            handler.row(rowNum + 1, List.copyOf(cells));
            next = rowNum + 2;
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value.trim());
        }
    }

    /**
     * The text SheetReader gives a numeric cell: digits as typed (an 18-digit code is not 5.32922E+17), a date as
     * yyyy-MM-dd; other cells are formatted as Excel shows them.
     */
    private static final class ClerkTextFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime at = DateUtil.getLocalDateTime(value, use1904);
                return at.toLocalDate().toString();
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }

    /** Counts the bytes read and reports the share of {@code size} every 256 KB. */
    private static final class Counting extends FilterInputStream {
        private final long size;
        private final ReadProgress progress;
        private long read;
        private long reported;

        Counting(InputStream in, long size, ReadProgress progress) {
            super(in);
            this.size = size;
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                advance(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                advance(n);
            }
            return n;
        }

        private void advance(long n) {
            read += n;
            if (size > 0 && read - reported >= 256 * 1024) {
                reported = read;
                progress.read(Math.min(1.0, (double) read / size));
            }
        }
    }
}
