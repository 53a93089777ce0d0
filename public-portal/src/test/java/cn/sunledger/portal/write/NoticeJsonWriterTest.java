package cn.sunledger.portal.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.portal.TestNotices;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoticeJsonWriterTest {

    private static JsonObject write(int total) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NoticeJsonWriter.writePage(out, List.of(
                TestNotices.notice("532922-2026-00001", "标题 \"引号\" \\ 与\n换行", LocalDateTime.of(2026, 3, 1, 8, 0, 5, 999_000_000)),
                TestNotices.superseded("532900-2026-00001", "532900-2026-00002", LocalDateTime.of(2026, 1, 2, 0, 0))),
                total, "/portal");
        return Json.createReader(new ByteArrayInputStream(out.toByteArray())).readObject();
    }

    @Test
    void writesTheListShapeOfApiMd() {
        JsonObject page = write(57);
        assertEquals(57, page.getJsonNumber("total").longValue(), "total counts all matches, not this page");
        assertEquals(2, page.getJsonArray("items").size());
        JsonObject n = page.getJsonArray("items").getJsonObject(0);
        assertEquals("532922-2026-00001", n.getString("noticeNo"));
        assertEquals("PROJECT_DECLARATION", n.getString("type"));
        assertEquals("标题 \"引号\" \\ 与\n换行", n.getString("title"), "escaped and read back intact");
        assertEquals("2026-03-01T08:00:05+08:00", n.getString("publishedAt"), "as the log leaf spells it");
        assertEquals("2026-03-01", n.getString("periodStart"));
        assertEquals(List.of("532922101201", "532922101201001"),
                n.getJsonArray("regionCodes").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString).toList());
        assertEquals("b".repeat(64), n.getJsonObject("sha256").getString("pdf"));
        assertEquals("532922000000", n.getString("logRegion"));
        assertEquals(7, n.getInt("logIndex"));
        assertEquals("/portal/notices/532922-2026-00001.pdf", n.getJsonObject("links").getString("pdf"));
        assertFalse(n.containsKey("searchText"));
    }

    @Test
    void absentValuesAreJsonNullNotMissing() {
        JsonObject old = write(2).getJsonArray("items").getJsonObject(1);
        assertTrue(old.containsKey("periodStart"));
        assertEquals(JsonValue.NULL, old.get("periodStart"));
        assertEquals(JsonValue.NULL, old.get("supersedes"));
        assertEquals("532900-2026-00002", old.getString("supersededBy"));
    }
}
