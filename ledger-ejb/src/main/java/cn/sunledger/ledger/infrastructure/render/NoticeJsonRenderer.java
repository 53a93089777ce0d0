package cn.sunledger.ledger.infrastructure.render;

import cn.sunledger.ledger.domain.model.notice.document.Block;
import cn.sunledger.ledger.domain.model.notice.document.Hotline;
import cn.sunledger.ledger.domain.model.notice.document.NoticeDocument;
import cn.sunledger.ledger.domain.model.shared.PersonalDataMasker;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Renders a notice as JSON for re-use by other systems (open-data portals, auditors' tools).
 *
 * <p>Written with a streaming generator, not an object builder, so the key order is exactly the order below
 * whatever JSON-P implementation the server supplies: the bytes are hashed at publication. Every field is always
 * present (null when empty) so consumers can rely on one shape. Free text is masked like in the other formats;
 * identifiers, the URL and the public hotline numbers are not free text and are written as they are.
 */
public final class NoticeJsonRenderer {

    /** Bumped when a field changes meaning or disappears; adding a field keeps the version. */
    public static final int SCHEMA_VERSION = 1;

    public byte[] render(NoticeDocument doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096 + doc.blocks().size() * 128);
        try (JsonGenerator json = Factory.INSTANCE.createGenerator(out, StandardCharsets.UTF_8)) {
            json.writeStartObject()
                    .write("schemaVersion", SCHEMA_VERSION);
            string(json, "noticeNo", doc.noticeNo());
            string(json, "typeCode", doc.typeCode());
            string(json, "typeLabel", mask(doc.typeLabel()));
            string(json, "title", mask(doc.title()));
            string(json, "issuer", mask(doc.issuer()));
            string(json, "docNumber", mask(doc.docNumber()));
            date(json, "publishedOn", doc.publishedOn());
            date(json, "periodStart", doc.periodStart());
            date(json, "periodEnd", doc.periodEnd());
            strings(json, "regionNames", doc.regionNames());
            json.writeStartArray("hotlines");
            for (Hotline h : doc.hotlines()) {
                json.writeStartObject().write("name", mask(h.name())).write("number", h.number()).writeEnd();
            }
            json.writeEnd();
            string(json, "portalUrl", doc.portalUrl());
            json.writeStartArray("blocks");
            for (Block block : doc.blocks()) {
                block(json, block);
            }
            json.writeEnd();
            strings(json, "attachments", doc.attachments());
            string(json, "supersedes", doc.supersedes());
            string(json, "supersededBy", doc.supersededBy());
            json.write("draft", doc.draft());
            json.writeEnd();
        }
        return out.toByteArray();
    }

    private static void block(JsonGenerator json, Block block) {
        json.writeStartObject();
        if (block instanceof Block.Heading h) {
            json.write("type", "heading").write("level", h.level()).write("text", mask(h.text()));
        } else if (block instanceof Block.Paragraph p) {
            json.write("type", "paragraph").write("text", mask(p.text()));
        } else if (block instanceof Block.Table t) {
            json.write("type", "table");
            string(json, "caption", mask(t.caption()));
            strings(json, "header", t.header());
            json.writeStartArray("rows");
            for (List<String> row : t.rows()) {
                json.writeStartArray();
                for (String cell : row) {
                    json.write(mask(cell));
                }
                json.writeEnd();
            }
            json.writeEnd();
        }
        json.writeEnd();
    }

    private static void string(JsonGenerator json, String key, String value) {
        if (value == null) {
            json.writeNull(key);
        } else {
            json.write(key, value);
        }
    }

    private static void date(JsonGenerator json, String key, LocalDate value) {
        string(json, key, value == null ? null : value.toString());
    }

    private static void strings(JsonGenerator json, String key, List<String> values) {
        json.writeStartArray(key);
        for (String v : values) {
            json.write(mask(v));
        }
        json.writeEnd();
    }

    private static String mask(String text) {
        return PersonalDataMasker.maskText(text);
    }

    /** Looking up the JSON-P provider is slow; the factory is thread-safe, so one is enough. */
    private static final class Factory {
        static final JsonGeneratorFactory INSTANCE = Json.createGeneratorFactory(Map.of());
    }
}
