package cn.sunledger.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo accounts from docs/demo-users.csv (header line first; columns username,password,role,regionCode,
 * in any order), printed as a table for the start banner.
 */
final class DemoLogins {

    private static final List<String> COLUMNS = List.of("username", "password", "role", "regionCode");

    private DemoLogins() {
    }

    static List<String> table(Path csv) {
        if (!Files.isRegularFile(csv)) {
            return List.of("(no demo logins: " + csv + " is missing)");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of("(cannot read " + csv + ": " + e.getMessage() + ")");
        }
        lines.removeIf(String::isBlank);
        if (lines.isEmpty()) {
            return List.of("(no demo logins: " + csv + " is empty)");
        }
        List<String> header = parseLine(lines.get(0).replace("\uFEFF", ""));
        int[] index = new int[COLUMNS.size()];
        for (int c = 0; c < COLUMNS.size(); c++) {
            index[c] = indexOfIgnoringCase(header, COLUMNS.get(c));
            if (index[c] < 0) {
                return List.of("(" + csv + " has no '" + COLUMNS.get(c) + "' column; header is " + header + ")");
            }
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(COLUMNS);
        for (String line : lines.subList(1, lines.size())) {
            List<String> fields = parseLine(line);
            List<String> row = new ArrayList<>();
            for (int i : index) {
                row.add(i < fields.size() ? fields.get(i) : "");
            }
            rows.add(row);
        }
        return format(rows);
    }

    private static List<String> format(List<List<String>> rows) {
        int[] widths = new int[COLUMNS.size()];
        for (List<String> row : rows) {
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(widths[c], displayWidth(row.get(c)));
            }
        }
        List<String> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder line = new StringBuilder("   ");
            for (int c = 0; c < widths.length; c++) {
                String cell = rows.get(r).get(c);
                line.append(cell).append(" ".repeat(widths[c] - displayWidth(cell) + 2));
            }
            out.add(line.toString().stripTrailing());
            if (r == 0) {
                StringBuilder rule = new StringBuilder("   ");
                for (int w : widths) {
                    rule.append("-".repeat(w)).append("  ");
                }
                out.add(rule.toString().stripTrailing());
            }
        }
        return out;
    }

    /** Terminal columns: CJK characters (e.g. role names in Chinese) take two. */
    static int displayWidth(String text) {
        return text.codePoints().map(cp -> isWide(cp) ? 2 : 1).sum();
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    /** One CSV line: commas separate, double quotes enclose fields, "" is a quote inside quotes. */
    static List<String> parseLine(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                fields.add(field.toString().trim());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        fields.add(field.toString().trim());
        return fields;
    }

    private static int indexOfIgnoringCase(List<String> header, String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }
}
