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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an XLSX file, or a CSV file (UTF-8, with or without BOM), one row at a time, as
 * {@link SheetReader} does but without holding the workbook: the sheet's XML is parsed as it streams (SAX; POI
 * finds the parts and reads the styles), so a file of 100,000 rows costs its shared strings as plain strings and one
 * row, not a DOM of every cell. Cell text is the same as SheetReader's (long codes stay digits, dates become yyyy-MM-dd), and rows keep the
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
            List<String> strings = new ArrayList<>();
            InputStream sst = reader.getSharedStringsData();
            if (sst != null) { // null: a workbook without shared strings (every text cell inline)
                try (sst) {
                    XMLReader parser = SAXHelper.newXMLReader();
                    parser.setContentHandler(new SharedStringList(strings));
                    parser.parse(new InputSource(sst));
                }
            }
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            long sheetSize = sheetSize(reader);
            try (InputStream sheet = new Counting(sheets.next(), sheetSize, progress)) {
                XMLReader parser = SAXHelper.newXMLReader();
                parser.setContentHandler(new SheetRows(strings, new NumberFormats(reader.getStylesTable()), maxRows,
                        handler));
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

    /**
     * The shared strings as plain text, in order: the text of each item's runs, without its phonetic (rPh) runs.
     * POI's ReadOnlySharedStringsTable builds an XMLBeans rich-text object for every cell that reads one, which took
     * most of a 100,000-row import's time; a list of strings is all an import needs.
     */
    private static final class SharedStringList extends DefaultHandler {
        private final List<String> strings;
        private final StringBuilder text = new StringBuilder();
        private boolean inText;
        private boolean inPhonetic;

        SharedStringList(List<String> strings) {
            this.strings = strings;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "si" -> text.setLength(0);
                case "rPh" -> inPhonetic = true;
                case "t" -> inText = !inPhonetic;
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "si" -> strings.add(text.toString());
                case "rPh" -> inPhonetic = false;
                case "t" -> inText = false;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inText) {
                text.append(ch, start, length);
            }
        }
    }

    /**
     * The rows of a sheet's XML as text, cell by cell: shared and inline strings, booleans, and numbers as a clerk
     * typed them — digits (an 18-digit code is not 5.32922E+17), a date as yyyy-MM-dd — like SheetReader. Rows absent
     * from the XML are blank rows of the spreadsheet and are passed on as such, so numbering stays true.
     */
    private static final class SheetRows extends DefaultHandler {
        private final List<String> strings;
        private final NumberFormats formats;
        private final int maxRows;
        private final RowHandler handler;
        private final List<String> cells = new ArrayList<>();
        private final StringBuilder value = new StringBuilder();
        private int next = 1;
        private int row;
        private int column;
        private String type;
        private String style;
        private boolean inValue;
        private boolean inInline;

        SheetRows(List<String> strings, NumberFormats formats, int maxRows, RowHandler handler) {
            this.strings = strings;
            this.formats = formats;
            this.maxRows = maxRows;
            this.handler = handler;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    row = r == null ? next : Integer.parseInt(r);
                    while (next < row) {
                        tooMany(next, maxRows);
                        handler.row(next++, List.of());
                    }
                    cells.clear();
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    column = ref == null ? cells.size() : column(ref);
                    type = attributes.getValue("t");
                    style = attributes.getValue("s");
                    value.setLength(0);
                }
                case "v" -> inValue = true;
                case "is" -> inInline = true;
                case "t" -> inValue = inInline;
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v", "t" -> inValue = false;
                case "is" -> inInline = false;
                case "c" -> {
                    while (cells.size() < column) {
                        cells.add("");
                    }
                    String text = text();
                    if (cells.size() == column) {
                        cells.add(text);
                    } else {
                        cells.set(column, text);
                    }
                }
                case "row" -> {
                    tooMany(row, maxRows);
                    handler.row(row, List.copyOf(cells));
                    next = row + 1;
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                value.append(ch, start, length);
            }
        }

        private String text() {
            String v = value.toString().trim();
            if (type == null || "n".equals(type)) {
                return v.isEmpty() ? "" : formats.text(Double.parseDouble(v), style);
            }
            return switch (type) {
                case "s" -> v.isEmpty() ? "" : strings.get(Integer.parseInt(v)).trim();
                case "b" -> "1".equals(v) ? "TRUE" : "FALSE";
                default -> v; // inlineStr, str (a formula's text), e (an error such as #N/A), d (an ISO date)
            };
        }

        /** The zero-based column of a cell reference such as "AB12". */
        private static int column(String ref) {
            int col = 0;
            for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
                col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            }
            return col - 1;
        }
    }

    /** Numbers as SheetReader gives them, by the cell's style: a date format gives yyyy-MM-dd, others plain digits. */
    private static final class NumberFormats {
        private final StylesTable styles;
        private final Map<String, Boolean> dateStyle = new HashMap<>();

        NumberFormats(StylesTable styles) {
            this.styles = styles;
        }

        String text(double number, String style) {
            if (isDate(style) && DateUtil.isValidExcelDate(number)) {
                return DateUtil.getLocalDateTime(number, false).toLocalDate().toString();
            }
            return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }

        private boolean isDate(String style) {
            if (style == null || styles == null) {
                return false;
            }
            return dateStyle.computeIfAbsent(style, s -> {
                int index = Integer.parseInt(s);
                if (index >= styles.getNumCellStyles()) {
                    return false;
                }
                XSSFCellStyle cellStyle = styles.getStyleAt(index);
                return DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
            });
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
