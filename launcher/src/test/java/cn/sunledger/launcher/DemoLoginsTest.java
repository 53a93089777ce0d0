package cn.sunledger.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoLoginsTest {

    @TempDir
    Path dir;

    @Test
    void csvFieldsMayBeQuoted() {
        assertEquals(List.of("a,b", "say \"hi\"", "", "x"), DemoLogins.parseLine("\"a,b\",\"say \"\"hi\"\"\",,x"));
    }

    @Test
    void chineseTextTakesTwoColumns() {
        assertEquals(10, DemoLogins.displayWidth("村务监督员"));
        assertEquals(5, DemoLogins.displayWidth("admin"));
    }

    @Test
    void theTableIsAlignedAndFollowsTheHeaderOrder() throws IOException {
        Path csv = dir.resolve("demo-users.csv");
        Files.writeString(csv, "\uFEFFrole,username,regionCode,password\n"
                + "ADMIN,admin,532900000000,Demo#2026\n"
                + "村务监督员,wang.li,532922101001,Demo#2026\n", StandardCharsets.UTF_8);
        List<String> table = DemoLogins.table(csv);
        assertEquals(4, table.size());
        assertTrue(table.get(0).trim().startsWith("username"));
        assertTrue(table.get(2).contains("admin") && table.get(2).contains("ADMIN"));
        int column = table.get(2).indexOf("532900000000");
        int wideColumn = table.get(3).indexOf("532922101001") + "村务监督员".length();
        assertEquals(column, wideColumn, "the region column lines up on screen despite the wide characters");
    }

    @Test
    void aMissingFileIsSaidPlainly() {
        List<String> table = DemoLogins.table(dir.resolve("nope.csv"));
        assertEquals(1, table.size());
        assertTrue(table.get(0).contains("missing"));
    }
}
