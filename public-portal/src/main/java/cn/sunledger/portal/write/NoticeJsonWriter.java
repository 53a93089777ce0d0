package cn.sunledger.portal.write;

import cn.sunledger.portal.read.PublishedNotice;
import cn.sunledger.tlog.LogLeaf;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The JSON of {@code /portal/api/notices}: {@code {"items":[…],"total":N}}, each item with the fields of
 * api.md. Only public columns are written; the masked search text never leaves the database.
 */
public final class NoticeJsonWriter {

    static final JsonGeneratorFactory FACTORY = Json.createGeneratorFactory(Map.of());

    private NoticeJsonWriter() {
    }

    public static JsonGenerator generator(OutputStream out) {
        return FACTORY.createGenerator(out, StandardCharsets.UTF_8);
    }

    public static void writePage(OutputStream out, List<PublishedNotice> items, long total, String basePath) {
        try (JsonGenerator json = generator(out)) {
            json.writeStartObject().writeStartArray("items");
            for (PublishedNotice n : items) {
                writeItem(json, n, basePath);
            }
            json.writeEnd().write("total", total).writeEnd();
        }
    }

    /**
     * One notice. {@code publishedAt} is written exactly as the log leaf spells it (seconds, +08:00), so a
     * verifier can rebuild the leaf from this list.
     */
    public static void writeItem(JsonGenerator json, PublishedNotice n, String basePath) {
        json.writeStartObject()
                .write("noticeNo", n.noticeNo())
                .write("type", n.type())
                .write("typeLabel", n.typeLabel())
                .write("title", n.title())
                .write("issuer", n.issuer())
                .write("publishedAt", LogLeaf.formatPublishedAt(n.publishedAtOffset()));
        date(json, "periodStart", n.periodStart());
        date(json, "periodEnd", n.periodEnd());
        json.writeStartArray("regionCodes");
        n.regionCodes().forEach(json::write);
        json.writeEnd();
        json.writeStartObject("sha256");
        text(json, "html", n.sha256Html());
        text(json, "pdf", n.sha256Pdf());
        text(json, "json", n.sha256Json());
        json.writeEnd();
        text(json, "supersedes", n.supersedes());
        text(json, "supersededBy", n.supersededBy());
        json.write("logRegion", n.logRegion()).write("logIndex", n.logIndex());
        String url = basePath + "/notices/" + n.noticeNo();
        json.writeStartObject("links").write("html", url).write("pdf", url + ".pdf").write("json", url + ".json")
                .writeEnd();
        json.writeEnd();
    }

    private static void date(JsonGenerator json, String name, LocalDate date) {
        text(json, name, date == null ? null : date.toString());
    }

    private static void text(JsonGenerator json, String name, String value) {
        if (value == null) {
            json.writeNull(name);
        } else {
            json.write(name, value);
        }
    }
}
