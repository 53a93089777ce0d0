package cn.sunledger.portal;

import cn.sunledger.portal.read.PublishedNotice;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Published notices for the unit tests. */
public final class TestNotices {

    private TestNotices() {
    }

    public static PublishedNotice notice(String noticeNo, String title, LocalDateTime publishedAt) {
        return new PublishedNotice(noticeNo, "PROJECT_DECLARATION", title, "漾濞彝族自治县苍山西镇人民政府", "532922101000",
                publishedAt, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10),
                List.of("532922101201", "532922101201001"), "a".repeat(64), "b".repeat(64), "c".repeat(64), null, null,
                "532922000000", 7);
    }

    public static PublishedNotice superseded(String noticeNo, String by, LocalDateTime publishedAt) {
        PublishedNotice n = notice(noticeNo, "旧公告", publishedAt);
        return new PublishedNotice(n.noticeNo(), "POLICY", n.title(), n.issuer(), n.issuerRegionCode(), n.publishedAt(),
                null, null, n.regionCodes(), n.sha256Html(), n.sha256Pdf(), n.sha256Json(), null, by, n.logRegion(), 3);
    }
}
