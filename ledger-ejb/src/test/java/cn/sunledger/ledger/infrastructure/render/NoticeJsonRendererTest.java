package cn.sunledger.ledger.infrastructure.render;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static cn.sunledger.ledger.infrastructure.render.SampleNotices.MASKED_ID;
import static cn.sunledger.ledger.infrastructure.render.SampleNotices.MASKED_PHONE;
import static cn.sunledger.ledger.infrastructure.render.SampleNotices.RAW_ID;
import static cn.sunledger.ledger.infrastructure.render.SampleNotices.RAW_PHONE;
import static cn.sunledger.ledger.infrastructure.render.SampleNotices.TITLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NoticeJsonRendererTest {

    private final NoticeJsonRenderer renderer = new NoticeJsonRenderer();

    private static JsonObject parse(byte[] json) {
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(json))) {
            return reader.readObject();
        }
    }

    @Test
    void writesAllFieldsInAFixedOrder() {
        JsonObject json = parse(renderer.render(SampleNotices.published()));
        assertEquals(List.of("schemaVersion", "noticeNo", "typeCode", "typeLabel", "title", "issuer", "docNumber",
                "publishedOn", "periodStart", "periodEnd", "regionNames", "hotlines", "portalUrl", "blocks",
                "attachments", "supersedes", "supersededBy", "draft"), List.copyOf(json.keySet()));
        assertEquals(TITLE, json.getString("title"));
        assertEquals("2025-05-28", json.getString("publishedOn"));
        assertEquals("2025-06-03", json.getString("periodEnd"));
        assertEquals(JsonValue.NULL, json.get("supersedes"));
        assertFalse(json.getBoolean("draft"));
        JsonObject national = json.getJsonArray("hotlines").getJsonObject(0);
        assertEquals("12317", national.getString("number"));
    }

    @Test
    void blocksAreTypedObjects() {
        JsonArray blocks = parse(renderer.render(SampleNotices.published())).getJsonArray("blocks");
        assertEquals("paragraph", blocks.getJsonObject(0).getString("type"));
        JsonObject heading = blocks.getJsonObject(1);
        assertEquals("heading", heading.getString("type"));
        assertEquals(1, heading.getInt("level"));
        JsonObject table = blocks.getJsonObject(2);
        assertEquals("table", table.getString("type"));
        assertEquals("贴息资金分配表", table.getString("caption"));
        assertEquals(5, table.getJsonArray("header").size());
        assertEquals(MASKED_ID, table.getJsonArray("rows").getJsonArray(0).getString(2));
    }

    @Test
    void personalDataIsMasked() {
        String json = new String(renderer.render(SampleNotices.published()), StandardCharsets.UTF_8);
        assertTrue(json.contains(MASKED_PHONE));
        assertFalse(json.contains(RAW_PHONE));
        assertFalse(json.contains(RAW_ID));
    }

    @Test
    void draftHasNullNumberAndDate() {
        JsonObject json = parse(renderer.render(SampleNotices.draft()));
        assertEquals(JsonValue.NULL, json.get("noticeNo"));
        assertEquals(JsonValue.NULL, json.get("publishedOn"));
        assertTrue(json.getBoolean("draft"));
    }
}
