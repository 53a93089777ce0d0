package cn.sunledger.tlog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogLeafTest {

    private static final String HTML = "1111111111111111111111111111111111111111111111111111111111111111";
    private static final String PDF = "2222222222222222222222222222222222222222222222222222222222222222";
    private static final String JSON = "abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789";

    private static LogLeaf sample() {
        return new LogLeaf("SL-110101-2026-0001", "\u62db\u6807\u516c\u544a", "2026-03-01T10:00:00+08:00",
                List.of("110102000000", "110101000000"), HTML, PDF, JSON, null);
    }

    @Test
    void canonicalJsonHasSortedKeysNoWhitespaceAndNullSupersedes() {
        String expected = "{\"noticeNo\":\"SL-110101-2026-0001\","
                + "\"publishedAt\":\"2026-03-01T10:00:00+08:00\","
                + "\"regionCodes\":[\"110102000000\",\"110101000000\"],"
                + "\"sha256Html\":\"" + HTML + "\","
                + "\"sha256Json\":\"" + JSON + "\","
                + "\"sha256Pdf\":\"" + PDF + "\","
                + "\"supersedes\":null,"
                + "\"type\":\"\u62db\u6807\u516c\u544a\"}";
        assertEquals(expected, sample().toCanonicalJson());
        assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), sample().toBytes());
    }

    @Test
    void supersededNoticeNumberIsWrittenAsAString() {
        LogLeaf leaf = new LogLeaf("SL-2", "t", "2026-03-02T09:30:15+08:00", List.of("110101000000"), HTML, null,
                null, "SL-1");
        assertEquals("{\"noticeNo\":\"SL-2\",\"publishedAt\":\"2026-03-02T09:30:15+08:00\","
                + "\"regionCodes\":[\"110101000000\"],\"sha256Html\":\"" + HTML + "\",\"sha256Json\":null,"
                + "\"sha256Pdf\":null,\"supersedes\":\"SL-1\",\"type\":\"t\"}", leaf.toCanonicalJson());
    }

    @Test
    void leafHashIsRfc6962LeafHashOfTheCanonicalBytes() throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update((byte) 0);
        sha256.update(sample().toCanonicalJson().getBytes(StandardCharsets.UTF_8));
        assertArrayEquals(sha256.digest(), sample().leafHash());
    }

    @Test
    void publishedAtIsFormattedToTheSecondWithANumericOffset() {
        OffsetDateTime time = OffsetDateTime.of(2026, 3, 1, 10, 0, 0, 123_456_000, ZoneOffset.ofHours(8));
        assertEquals("2026-03-01T10:00:00+08:00", LogLeaf.formatPublishedAt(time));
        assertEquals("2026-03-01T02:00:00+00:00", LogLeaf.formatPublishedAt(time.withOffsetSameInstant(ZoneOffset.UTC)));
    }

    @Test
    void nonCanonicalTimestampsAreRefused() {
        for (String bad : List.of("2026-03-01T10:00+08:00", "2026-03-01T02:00:00Z", "2026-03-01T10:00:00.5+08:00",
                "2026-03-01 10:00:00+08:00", "2026-03-01T10:00:00", "")) {
            assertThrows(IllegalArgumentException.class,
                    () -> new LogLeaf("n", "t", bad, List.of(), null, null, null, null), bad);
        }
    }

    @Test
    void hashesMustBeLowercaseHex() {
        String upper = HTML.replace('1', 'A');
        assertThrows(IllegalArgumentException.class,
                () -> new LogLeaf("n", "t", "2026-03-01T10:00:00+08:00", List.of(), upper, null, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new LogLeaf("n", "t", "2026-03-01T10:00:00+08:00", List.of(), null, "abc", null, null));
    }

    @Test
    void requiredFieldsAndRegionListAreChecked() {
        String at = "2026-03-01T10:00:00+08:00";
        assertThrows(IllegalArgumentException.class, () -> new LogLeaf("", "t", at, List.of(), null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new LogLeaf("n", null, at, List.of(), null, null, null, null));
        assertThrows(NullPointerException.class, () -> new LogLeaf("n", "t", at, null, null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new LogLeaf("n", "t", at, List.of(), null, null, null, ""));
    }

    @Test
    void regionListIsCopiedSoTheLeafCannotChangeAfterwards() {
        ArrayList<String> regions = new ArrayList<>(List.of("110101000000"));
        LogLeaf leaf = new LogLeaf("n", "t", "2026-03-01T10:00:00+08:00", regions, null, null, null, null);
        String before = HexFormat.of().formatHex(leaf.leafHash());
        regions.add("110102000000");
        assertEquals(before, HexFormat.of().formatHex(leaf.leafHash()));
    }
}
