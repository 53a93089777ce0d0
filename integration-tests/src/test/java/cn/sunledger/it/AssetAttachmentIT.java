package cn.sunledger.it;

import static cn.sunledger.it.support.FieldProblems.assertProblem;
import static cn.sunledger.it.support.FieldProblems.assertRefused;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.BoardPostings;
import cn.sunledger.it.support.Http;
import cn.sunledger.it.support.Multipart;
import cn.sunledger.it.support.TestDatabase;
import cn.sunledger.it.support.TestServer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An asset's photos and documents (issue 11 items 2 and 4) through the API: a PNG photo and a PDF attached to steps
 * of a handed-over 光明村 asset, read back byte for byte with their SHA-256; refused by the field they concern — a
 * text file named .pdf, 11 MB, an empty file, a PDF as a photo, a step of another asset —, by role and by village
 * (403), and nothing changes; a disposed asset's archive still takes a document; and the database refuses to change or
 * remove a stored file, to the runtime user (no grant) and to the owner (the trigger), and shows none to the portal.
 * The assets are written as the schema owner with their history, as AssetRegisterIT writes its past asset.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssetAttachmentIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final String PLACE = "532922101201001";
    private static final String CLERK = "guangming.clerk";
    private static final String RURAL = "yangbi.rural";

    @Deployment(testable = false)
    static WebArchive probe() {
        return TestServer.probe("asset-attachment-probe");
    }

    @Test
    void aPhotoAndAPdfAreStoredOnTheirStepsAndReadBackAsTheyWere() throws Exception {
        long asset = handedOverAsset("光明村附件测试大棚");
        byte[] png = BoardPostings.png();
        HttpResponse<String> photo = attach(CLERK, asset, Map.of("kind", "PHOTO", "caption", "大棚外景", "eventSeq", "4"),
                png, "C:\\fakepath\\大棚.png", "image/png");
        assertEquals(201, photo.statusCode(), photo.body());
        JsonObject p = Http.json(photo);
        assertEquals("PHOTO", p.getString("kind"));
        assertEquals("大棚.png", p.getString("fileName"));
        assertEquals("image/png", p.getString("mediaType"));
        assertEquals(png.length, p.getInt("size"));
        assertEquals(sha256(png), p.getString("sha256"));
        assertEquals(4, p.getInt("eventSeq"));
        assertEquals("HANDOVER_CONFIRMED", p.getString("eventKind"));
        // the uploader by the display name (the demo's names carry the username: 村级填报员（演示 guangming.clerk）)
        String displayName = Http.json(Http.as(CLERK).get("/ledger/api/me")).getString("displayName");
        assertEquals(displayName, p.getString("uploadedBy"));
        assertFalse(displayName.equals(CLERK), displayName);
        assertEquals("村级填报员", p.getString("uploadedByRoleName"));

        byte[] pdf = FundDocumentScanIT.pdf("移交书-" + System.nanoTime());
        // the client's content type and the missing extension say nothing: the bytes are a PDF
        HttpResponse<String> document = attach(RURAL, asset, Map.of("kind", "DOCUMENT", "eventSeq", "3"), pdf, "移交书",
                "application/octet-stream");
        assertEquals(201, document.statusCode(), document.body());
        JsonObject d = Http.json(document);
        assertEquals("移交书.pdf", d.getString("fileName"));
        assertEquals("application/pdf", d.getString("mediaType"));
        assertEquals(sha256(pdf), d.getString("sha256"));
        assertTrue(!d.containsKey("caption") || d.isNull("caption"), "no caption: " + d);

        JsonArray list = array(Http.as("yangbi.auditor").get("/ledger/api/assets/" + asset + "/attachments"));
        assertEquals(2, list.size(), list.toString());
        assertEquals(p.getJsonNumber("id"), list.getJsonObject(0).getJsonNumber("id"), "oldest first");
        assertEquals("HANDOVER_SIGNED", list.getJsonObject(1).getString("eventKind"));
        assertFalse(list.toString().contains("\"content\""), "no bytes in the list");

        HttpResponse<byte[]> image = Http.as("yangbi.auditor").getBytes(file(asset, p));
        assertEquals(200, image.statusCode());
        assertEquals("image/png", image.headers().firstValue("Content-Type").orElse(""));
        assertEquals("nosniff", image.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertArrayEquals(png, image.body());
        assertEquals(sha256(png), sha256(image.body()));
        HttpResponse<byte[]> saved = Http.as(CLERK).getBytes(file(asset, d));
        assertEquals("application/pdf", saved.headers().firstValue("Content-Type").orElse(""));
        String disposition = saved.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.startsWith("attachment;") && disposition.contains("filename*=UTF-8''"
                + URLEncoder.encode("移交书.pdf", StandardCharsets.UTF_8)), disposition);
        assertArrayEquals(pdf, saved.body());

        // another village's clerk reads neither the list nor a file; nobody unauthenticated does
        assertEquals(403, Http.as("baizhang.clerk").get("/ledger/api/assets/" + asset + "/attachments").statusCode());
        assertEquals(403, Http.as("baizhang.clerk").getBytes(file(asset, p)).statusCode());
        assertEquals(401, Http.anonymous().getBytes(file(asset, p)).statusCode());
        assertEquals(404, Http.as(RURAL).getBytes("/ledger/api/assets/" + asset + "/attachments/"
                + (d.getJsonNumber("id").longValue() + 1_000_000)).statusCode());
    }

    @Test
    void badFilesStepsAndCallersAreRefusedByTheirFieldAndNothingIsStored() throws Exception {
        long asset = handedOverAsset("光明村附件拒收测试");
        long other = disposedAsset("光明村附件其他资产");
        byte[] pdf = FundDocumentScanIT.pdf("refused");
        Map<String, String> document = Map.of("kind", "DOCUMENT");

        assertRefused(attach(CLERK, asset, document, "不是 PDF，只是文本".getBytes(StandardCharsets.UTF_8), "说明.pdf",
                "application/pdf"), 422, "file");
        byte[] big = Arrays.copyOf(pdf, 11 * 1024 * 1024);
        System.arraycopy("\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), 0, big, big.length - 7, 7);
        HttpResponse<String> tooBig = attach(CLERK, asset, document, big, "大.pdf", "application/pdf");
        assertProblem(tooBig, 413);
        assertTrue(Http.json(tooBig).getString("detail").contains("10 MB"), tooBig.body());
        assertRefused(attach(CLERK, asset, document, new byte[0], "空.pdf", "application/pdf"), 422, "file");
        assertRefused(attach(CLERK, asset, Map.of("kind", "PHOTO"), pdf, "照片.pdf", "application/pdf"), 422, "file");
        // step 6 is the other asset's disposal: this asset has four steps
        assertRefused(attach(CLERK, asset, Map.of("kind", "DOCUMENT", "eventSeq", "6"), pdf, "处置.pdf",
                "application/pdf"), 422, "eventSeq");
        assertRefused(attach(CLERK, asset, Map.of("kind", "DOCUMENT", "eventSeq", "第三步"), pdf, "a.pdf",
                "application/pdf"), 400, "eventSeq");
        assertRefused(attach(CLERK, asset, Map.of(), pdf, "a.pdf", "application/pdf"), 400, "kind");
        assertRefused(attach(CLERK, asset, Map.of("kind", "VIDEO"), pdf, "a.pdf", "application/pdf"), 400, "kind");
        assertRefused(attach(CLERK, asset, Map.of("kind", "DOCUMENT", "caption", "长".repeat(201)), pdf, "a.pdf",
                "application/pdf"), 400, "caption");
        assertProblem(attach("baizhang.clerk", asset, document, pdf, "a.pdf", "application/pdf"), 403);
        assertProblem(attach("yangbi.auditor", asset, document, pdf, "a.pdf", "application/pdf"), 403);
        assertProblem(attach("cangshanxi.reviewer", asset, document, pdf, "a.pdf", "application/pdf"), 403);
        assertProblem(attach(CLERK, 999_999_999L, document, pdf, "a.pdf", "application/pdf"), 404);
        assertEquals(0, array(Http.as(RURAL).get("/ledger/api/assets/" + asset + "/attachments")).size(),
                "nothing refused was stored");

        // a disposed asset's archive still receives the disposal's papers, on the disposal's step
        HttpResponse<String> late = attach(RURAL, other, Map.of("kind", "DOCUMENT", "eventSeq", "6",
                "caption", "拍卖成交确认书"), pdf, "成交确认书.pdf", "application/pdf");
        assertEquals(201, late.statusCode(), late.body());
        assertEquals("DISPOSAL_COMPLETED", Http.json(late).getString("eventKind"));
    }

    @Test
    void theDatabaseNeverChangesOrRemovesAStoredFileAndThePortalCannotReadOne() throws Exception {
        long asset = handedOverAsset("光明村附件只增测试");
        HttpResponse<String> photo = attach(CLERK, asset, Map.of("kind", "PHOTO"), BoardPostings.png(), "a.png",
                "image/png");
        assertEquals(201, photo.statusCode(), photo.body());
        long id = Http.json(photo).getJsonNumber("id").longValue();
        String update = "UPDATE asset_attachment SET caption = '改过' WHERE id = " + id;
        String delete = "DELETE FROM asset_attachment WHERE id = " + id;
        try (Connection c = TestDatabase.runtime(); Statement s = c.createStatement()) {
            for (String sql : new String[] {update, delete}) {
                SQLException e = assertThrows(SQLException.class, () -> s.executeUpdate(sql), sql);
                assertEquals(1142, e.getErrorCode(), "no grant to the runtime user: " + e.getMessage());
            }
        }
        try (Connection c = TestDatabase.owner(); Statement s = c.createStatement()) {
            for (String sql : new String[] {update, delete}) {
                SQLException e = assertThrows(SQLException.class, () -> s.executeUpdate(sql), sql);
                assertEquals("45000", e.getSQLState(), "the trigger refuses the owner: " + e.getMessage());
            }
            try (ResultSet rs = s.executeQuery("SELECT caption, sha256 = SHA2(content, 256) FROM asset_attachment"
                    + " WHERE id = " + id)) {
                assertTrue(rs.next());
                assertEquals(null, rs.getString(1));
                assertTrue(rs.getBoolean(2));
            }
        }
        try (Connection c = TestDatabase.portal();
                Statement s = c.createStatement()) {
            SQLException e = assertThrows(SQLException.class,
                    () -> s.executeQuery("SELECT content FROM asset_attachment LIMIT 1"));
            assertEquals(1142, e.getErrorCode(), e.getMessage());
        }
    }

    // --- requests ------------------------------------------------------------------------------------------------

    private static String file(long asset, JsonObject attachment) {
        return "/ledger/api/assets/" + asset + "/attachments/" + attachment.getJsonNumber("id");
    }

    private static HttpResponse<String> attach(String user, long asset, Map<String, String> fields, byte[] file,
            String fileName, String contentType) {
        Multipart form = new Multipart();
        fields.forEach(form::text);
        form.file("file", fileName, contentType, file);
        return Http.as(user).send("POST", "/ledger/api/assets/" + asset + "/attachments", form.contentType(),
                form.body());
    }

    private static JsonArray array(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(response.body()))) {
            return reader.readArray();
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    // --- the assets, written as the owner ------------------------------------------------------------------------

    /** Registered 10 days ago, 确权 8, 移交书 signed 5 and received 4 days ago: steps 1 to 4. */
    private static long handedOverAsset(String name) throws SQLException {
        return asset(name, "HANDED_OVER", "NORMAL", new String[][] {{"10", "REGISTERED"}, {"8", "OWNERSHIP_CONFIRMED"},
            {"5", "HANDOVER_SIGNED"}, {"4", "HANDOVER_CONFIRMED"}});
    }

    /** As a handed-over asset, then a disposal proposed 3 days ago and completed 2 days ago: steps 5 and 6. */
    private static long disposedAsset(String name) throws SQLException {
        return asset(name, "DISPOSED", "DISPOSED", new String[][] {{"10", "REGISTERED"}, {"8", "OWNERSHIP_CONFIRMED"},
            {"5", "HANDOVER_SIGNED"}, {"4", "HANDOVER_CONFIRMED"}, {"3", "DISPOSAL_PROPOSED"},
            {"2", "DISPOSAL_COMPLETED"}});
    }

    private static long asset(String name, String stage, String status, String[][] events) throws SQLException {
        try (Connection c = TestDatabase.owner()) {
            long id;
            // the public copy of the name is as the masker leaves it (V30): the name holds no ID or phone number
            try (PreparedStatement p = c.prepareStatement("INSERT INTO asset (code, name, public_name, asset_class,"
                    + " category_code, natural_village_code, county_code, formed_on, original_value, value_entered,"
                    + " stage, status, owner_level, supervising_department, caretaker, last_event_on, created_by,"
                    + " created_at) VALUES (?, ?, ?, 'OPERATING', 'OP-BASE', ?, '532922000000', ?, 1.00, TRUE, ?, ?,"
                    + " 'VILLAGE', '漾濞县农业农村局', '村集体管护小组', ?, 'it', NOW(3))", Statement.RETURN_GENERATED_KEYS)) {
                p.setString(1, "FIT-" + System.nanoTime() % 10000000000L);
                p.setString(2, name);
                p.setString(3, name);
                p.setString(4, PLACE);
                p.setDate(5, Date.valueOf(TODAY.minusDays(10)));
                p.setString(6, stage);
                p.setString(7, status);
                p.setDate(8, Date.valueOf(TODAY.minusDays(Long.parseLong(events[events.length - 1][0]))));
                p.executeUpdate();
                try (ResultSet keys = p.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO asset_owner (asset_id, seq, entity_name,"
                    + " public_entity_name, region_code, share) VALUES (?, 0, '光明村股份经济合作社', '光明村股份经济合作社',"
                    + " '532922101201', 1)")) {
                p.setLong(1, id);
                p.executeUpdate();
            }
            int seq = 0;
            for (String[] e : events) {
                try (PreparedStatement p = c.prepareStatement("INSERT INTO asset_event (asset_id, seq, kind, event_date,"
                        + " actor, actor_name, actor_role, details, recorded_at) VALUES (?, ?, ?, ?, 'it', '测试',"
                        + " 'COUNTY_RURAL_BUREAU', '{}', NOW(3))")) {
                    p.setLong(1, id);
                    p.setInt(2, ++seq);
                    p.setString(3, e[1]);
                    p.setDate(4, Date.valueOf(TODAY.minusDays(Long.parseLong(e[0]))));
                    p.executeUpdate();
                }
            }
            return id;
        }
    }
}
