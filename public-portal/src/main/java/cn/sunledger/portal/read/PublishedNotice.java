package cn.sunledger.portal.read;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A published notice as the portal lists it: only the public columns of {@code publication}, never its
 * search text. {@code publishedAt} is the stored Asia/Shanghai wall-clock time.
 */
public record PublishedNotice(String noticeNo, String type, String title, String issuer, String issuerRegionCode,
        LocalDateTime publishedAt, LocalDate periodStart, LocalDate periodEnd, List<String> regionCodes,
        String sha256Html, String sha256Pdf, String sha256Json, String supersedes, String supersededBy,
        String logRegion, long logIndex) {

    /** Asia/Shanghai has kept UTC+08:00 without daylight saving since 1991. */
    public static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    public PublishedNotice {
        regionCodes = List.copyOf(regionCodes);
    }

    public OffsetDateTime publishedAtOffset() {
        return publishedAt.atOffset(BEIJING);
    }

    public String typeLabel() {
        return NoticeTypes.label(type);
    }

    public boolean hasPeriod() {
        return periodStart != null && periodEnd != null;
    }

    public PublishedNotice withRegionCodes(List<String> codes) {
        return new PublishedNotice(noticeNo, type, title, issuer, issuerRegionCode, publishedAt, periodStart,
                periodEnd, codes, sha256Html, sha256Pdf, sha256Json, supersedes, supersededBy, logRegion, logIndex);
    }
}
