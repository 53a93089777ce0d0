package cn.sunledger.ledger.infrastructure.excel;

import cn.sunledger.ledger.domain.model.shared.LedgerException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the first sheet of an XLSX file, or a CSV file (UTF-8, with or without BOM), into rows of text.
 * The format is told by the file's first bytes (XLSX is a ZIP), not by its name. Row i of the result is
 * spreadsheet row i + 1, so callers can report the row numbers a clerk sees in Excel.
 */
public final class SheetReader {

    private SheetReader() {
    }

    public static List<List<String>> read(InputStream input, int maxRows) {
        try {
            BufferedInputStream in = new BufferedInputStream(input);
            in.mark(4);
            byte[] magic = in.readNBytes(4);
            in.reset();
            boolean zip = magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
            return zip ? readXlsx(in, maxRows) : readCsv(in, maxRows);
        } catch (IOException | RuntimeException e) {
            if (e instanceof LedgerException le) {
                throw le;
            }
            throw LedgerException.invalid("import.region.unreadable", e.getMessage());
        }
    }

    private static List<List<String>> readCsv(InputStream in, int maxRows) throws IOException {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        reader = skipBom(reader);
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get().parse(reader)) {
            for (CSVRecord record : parser) {
                tooMany(rows.size(), maxRows);
                List<String> cells = new ArrayList<>();
                record.forEach(cells::add);
                rows.add(cells);
            }
        }
        return rows;
    }

    private static Reader skipBom(Reader reader) throws IOException {
        java.io.PushbackReader pushback = new java.io.PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }

    private static List<List<String>> readXlsx(InputStream in, int maxRows) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (Workbook workbook = new XSSFWorkbook(in)) {
            return rows(workbook.getSheetAt(0), formatter, maxRows);
        }
    }

    /**
     * Every sheet of an XLSX workbook by name, in workbook order, as rows of text (row i is spreadsheet row
     * i + 1); {@code maxRows} bounds each sheet. A file that is not XLSX is refused as unreadable.
     */
    public static Map<String, List<List<String>>> readWorkbook(InputStream input, int maxRows) {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        DataFormatter formatter = new DataFormatter();
        try (Workbook workbook = new XSSFWorkbook(input)) {
            for (Sheet sheet : workbook) {
                sheets.put(sheet.getSheetName().trim(), rows(sheet, formatter, maxRows));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof LedgerException le) {
                throw le;
            }
            throw LedgerException.invalid("import.region.unreadable", e.getMessage());
        }
        return sheets;
    }

    private static List<List<String>> rows(Sheet sheet, DataFormatter formatter, int maxRows) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            tooMany(rows.size(), maxRows);
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            if (row != null) {
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(text(row.getCell(c), formatter));
                }
            }
            rows.add(cells);
        }
        return rows;
    }

    /** Cell text as a clerk typed it: long codes stay digits (not 5.32922E11), dates become yyyy-MM-dd. */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate().toString();
            }
            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        return formatter.formatCellValue(cell).trim();
    }

    private static void tooMany(int rows, int maxRows) {
        if (rows > maxRows) {
            throw LedgerException.tooLarge("import.region.tooManyRows", maxRows);
        }
    }
}
