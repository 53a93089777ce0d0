package cn.sunledger.ledger.infrastructure.publication;

import cn.sunledger.ledger.domain.model.notice.NoticeFormat;
import cn.sunledger.ledger.domain.model.shared.PersonalDataMasker;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * Everything written once, at publication, for the portal to serve forever. Its free text (title, issuer, document
 * number, search text) passes the personal-data masker here, whatever the caller passed: the renditions are
 * masked by their renderers, and nothing the portal lists, feeds, exports or searches may be less masked than them.
 */
public record FrozenPublication(String noticeNo, long noticeId, String type, String title, String issuer,
        String issuerRegionCode, String docNumber, LocalDateTime publishedAt, LocalDate periodStart,
        LocalDate periodEnd, String supersedes, boolean late, List<String> regionCodes,
        Map<NoticeFormat, byte[]> renditions, Map<NoticeFormat, String> sha256, String logRegion, long logIndex,
        String searchText) {

    public FrozenPublication {
        title = PersonalDataMasker.maskText(title);
        issuer = PersonalDataMasker.maskText(issuer);
        docNumber = PersonalDataMasker.maskText(docNumber);
        searchText = PersonalDataMasker.maskText(searchText);
    }
}
