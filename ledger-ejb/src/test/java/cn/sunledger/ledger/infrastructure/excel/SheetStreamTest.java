package cn.sunledger.ledger.infrastructure.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.ledger.domain.model.shared.LedgerException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The streamed reader gives the same rows as SheetReader's whole-workbook read, and the spreadsheet's row numbers. */
class SheetStreamTest {

    @Test
    void anXlsxStreamsAsSheetReaderReadsIt() throws IOException {
        byte[] file = workbook();
        List<List<String>> whole = SheetReader.read(new ByteArrayInputStream(file), 100);
        List<Integer> numbers = new ArrayList<>();
        List<List<String>> streamed = new ArrayList<>();
        List<Double> progress = new ArrayList<>();
        SheetStream.read(new ByteArrayInputStream(file), file.length, 100, (row, cells) -> {
            numbers.add(row);
            streamed.add(cells);
        }, progress::add);
        assertEquals(List.of(1, 2, 3, 4, 5), numbers, "the blank row 4 is passed on, so row numbers stay true");
        assertEquals(List.of("532922101201", "张三", "2024-03-01", "3"), streamed.get(1),
                "a long code stays digits, a date is yyyy-MM-dd, a whole number has no .0");
        assertEquals(List.of("", "李四"), streamed.get(2), "a skipped first cell is blank");
        assertEquals(List.of(), streamed.get(3));
        for (int i = 0; i < whole.size(); i++) {
            // SheetReader pads nothing after a row's last cell: compare the cells both have
            assertEquals(whole.get(i), streamed.get(i), "row " + (i + 1));
        }
        assertTrue(progress.stream().allMatch(f -> f >= 0 && f <= 1), progress.toString());
    }

    @Test
    void inlineStringsAndBooleansAreReadToo() throws IOException {
        // SXSSF (as the project's own exports) writes its text inline, not into shared strings
        org.apache.poi.xssf.streaming.SXSSFWorkbook w = new org.apache.poi.xssf.streaming.SXSSFWorkbook(10);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Row row = w.createSheet("农户").createRow(0);
            row.createCell(0).setCellValue("光明上组");
            row.createCell(2).setCellValue(true);
            row.createCell(3).setCellValue(12.50);
            w.write(out);
        } finally {
            w.dispose();
            w.close();
        }
        List<List<String>> rows = new ArrayList<>();
        byte[] file = out.toByteArray();
        SheetStream.read(new ByteArrayInputStream(file), file.length, 10, (r, cells) -> rows.add(cells),
                SheetStream.ReadProgress.NONE);
        assertEquals(List.of(List.of("光明上组", "", "TRUE", "12.5")), rows);
    }

    @Test
    void aCsvWithBomStreamsByRecordNumber() {
        byte[] csv = "\uFEFF自然村,户主姓名\n光明上组,\"王, 五\"\n\n下组,赵六\n".getBytes(StandardCharsets.UTF_8);
        List<String> seen = new ArrayList<>();
        SheetStream.read(new ByteArrayInputStream(csv), csv.length, 100,
                (row, cells) -> seen.add(row + ":" + String.join("|", cells)), SheetStream.ReadProgress.NONE);
        assertEquals(List.of("1:自然村|户主姓名", "2:光明上组|王, 五", "3:", "4:下组|赵六"), seen);
    }

    @Test
    void moreRowsThanAllowedAreRefusedWhileReading() throws IOException {
        byte[] file = workbook();
        LedgerException e = assertThrows(LedgerException.class, () -> SheetStream.read(new ByteArrayInputStream(file),
                file.length, 3, (row, cells) -> {
                }, SheetStream.ReadProgress.NONE));
        assertEquals("import.region.tooManyRows", e.messageKey());
    }

    @Test
    void aFileThatIsNeitherIsRefusedAsUnreadable() {
        byte[] notZip = {'P', 'K', 3, 4, 0, 0, 0};
        LedgerException e = assertThrows(LedgerException.class, () -> SheetStream.read(new ByteArrayInputStream(notZip),
                notZip.length, 10, (row, cells) -> {
                }, SheetStream.ReadProgress.NONE));
        assertEquals("import.region.unreadable", e.messageKey());
    }

    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook w = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = w.createSheet("农户");
            CellStyle date = w.createCellStyle();
            date.setDataFormat(w.createDataFormat().getFormat("yyyy-mm-dd"));
            Row header = sheet.createRow(0);
            String[] names = {"代码", "姓名", "日期", "人口"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            Row one = sheet.createRow(1);
            one.createCell(0).setCellValue(532922101201d);
            one.createCell(1).setCellValue("张三");
            one.createCell(2).setCellValue(LocalDate.of(2024, 3, 1));
            one.getCell(2).setCellStyle(date);
            one.createCell(3).setCellValue(3d);
            sheet.createRow(2).createCell(1).setCellValue("李四");
            sheet.createRow(4).createCell(0).setCellValue("尾行");
            w.write(out);
            return out.toByteArray();
        }
    }
}
