package cn.sunledger.portal.write;

import java.io.BufferedWriter;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * RFC 4180 CSV that Excel opens correctly on a Chinese Windows: UTF-8 with a byte order mark (without it
 * Excel assumes GBK and garbles every character), CRLF line ends, fields quoted when they need it.
 * It never closes the stream it writes to, so it can write one entry of a ZIP.
 */
public final class CsvWriter implements Flushable {

    private static final char BOM = '\uFEFF';

    private final Writer out;

    public CsvWriter(OutputStream out) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 8192);
        this.out.write(BOM);
    }

    public void row(String... cells) throws IOException {
        row(Arrays.asList(cells));
    }

    /** One record; a null cell is written as an empty field. */
    public void row(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(cells.get(i)));
        }
        out.write("\r\n");
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /**
     * The field as written: quoted (with inner quotes doubled) when it holds a comma, quote or line break.
     * Text that a spreadsheet would run as a formula (leading {@code = + - @}, tab or CR) gets a leading
     * apostrophe, so a title in a published notice can never become a formula on an auditor's machine.
     */
    static String field(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        String value = isFormulaStart(cell.charAt(0)) ? "'" + cell : cell;
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static boolean isFormulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
