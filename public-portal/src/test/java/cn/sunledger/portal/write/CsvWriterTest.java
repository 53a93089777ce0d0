package cn.sunledger.portal.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    private static String write(String[]... rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter csv = new CsvWriter(out);
        for (String[] row : rows) {
            csv.row(row);
        }
        csv.flush();
        byte[] bytes = out.toByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), "UTF-8 BOM first");
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    @Test
    void writesABomAndEndsEveryRecordWithCrLf() throws IOException {
        assertEquals("公告编号,标题\r\n1,光明村\r\n", write(new String[] {"公告编号", "标题"}, new String[] {"1", "光明村"}));
    }

    @Test
    void quotesOnlyFieldsThatNeedItAndDoublesInnerQuotes() throws IOException {
        assertEquals("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\r\nlines\",\"lf\nonly\"\r\n",
                write(new String[] {"plain", "a,b", "say \"hi\"", "two\r\nlines", "lf\nonly"}));
    }

    @Test
    void nullAndEmptyCellsAreEmptyFields() throws IOException {
        assertEquals("a,,,b\r\n", write(new String[] {"a", null, "", "b"}));
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", CsvWriter.field("=HYPERLINK(\"x\")"));
        assertEquals("'+1", CsvWriter.field("+1"));
        assertEquals("'-1", CsvWriter.field("-1"));
        assertEquals("'@SUM(A1)", CsvWriter.field("@SUM(A1)"));
        assertEquals("532900-2026-00001", CsvWriter.field("532900-2026-00001"));
    }
}
