package cn.sunledger.tlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class JournalLeafTest {

    @Test
    void theLeafIsTheCanonicalJsonOfApiMdsFiveFields() {
        JournalLeaf leaf = JournalLeaf.of("532922-2026-000002", "ALLOCATION",
                OffsetDateTime.parse("2026-02-20T10:15:30.123+08:00"), "ab".repeat(32), null);
        assertEquals("{\"entryNo\":\"532922-2026-000002\",\"hash\":\"" + "ab".repeat(32) + "\",\"kind\":\"ALLOCATION\","
                + "\"postedAt\":\"2026-02-20T10:15:30+08:00\",\"prevHash\":null}",
                new String(leaf.toBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void hashesMustBeLowercaseHex() {
        assertThrows(IllegalArgumentException.class, () -> new JournalLeaf("1", "DOCUMENT", "2026-01-01T00:00:00+08:00",
                "AB".repeat(32), null));
        assertThrows(IllegalArgumentException.class, () -> new JournalLeaf("1", "DOCUMENT", "2026-01-01T00:00:00+08:00",
                "ab".repeat(32), "xyz"));
    }
}
