package cn.sunledger.ledger.infrastructure.publication;

import cn.sunledger.ledger.domain.model.notice.NoticeFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** Everything written once, at publication, for the portal to serve forever. */
public record FrozenPublication(String noticeNo, long noticeId, String type, String title, String issuer,
        String issuerRegionCode, String docNumber, LocalDateTime publishedAt, LocalDate periodStart,
        LocalDate periodEnd, String supersedes, boolean late, List<String> regionCodes,
        Map<NoticeFormat, byte[]> renditions, Map<NoticeFormat, String> sha256, String logRegion, long logIndex,
        String searchText) {
}
