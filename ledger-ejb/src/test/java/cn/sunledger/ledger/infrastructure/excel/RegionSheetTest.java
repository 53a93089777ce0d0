package cn.sunledger.ledger.infrastructure.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.service.region.RegionRow;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class RegionSheetTest {

    @Test
    void csvWithBomChineseHeadersAndBlankLinesKeepsSpreadsheetRowNumbers() {
        String csv = "\uFEFF代码,名称,级别,上级代码\n532922103000,新镇,乡,532922000000\n\n532922103201,\"新村, 东\",村,532922103000\n";
        List<RegionRow> rows = RegionSheet.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, rows.size());
        assertEquals(2, rows.get(0).row());
        assertEquals(4, rows.get(1).row(), "the blank line still counts as a spreadsheet row");
        assertEquals("新村, 东", rows.get(1).name());
        assertEquals("532922000000", rows.get(0).parentCode());
    }

    @Test
    void xlsxNumericCodesAreReadAsDigitsNotScientificNotation() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("regions");
            Row header = sheet.createRow(0);
            String[] names = {"code", "name", "level", "parentCode"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(532922103000d);
            row.createCell(1).setCellValue("新镇");
            row.createCell(2).setCellValue("TOWNSHIP");
            row.createCell(3).setCellValue(532922000000d);
            workbook.write(out);
        }
        List<RegionRow> rows = RegionSheet.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(1, rows.size());
        assertEquals("532922103000", rows.get(0).code());
        assertEquals("532922000000", rows.get(0).parentCode());
    }

    @Test
    void aFileWithoutTheRequiredHeaderIsRefused() {
        LedgerException e = assertThrows(LedgerException.class, () -> RegionSheet.read(
                new ByteArrayInputStream("a,b,c\n1,2,3\n".getBytes(StandardCharsets.UTF_8))));
        assertEquals("import.region.badHeader", e.messageKey());
    }
}
