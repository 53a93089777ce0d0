package cn.sunledger.ledger.application.notice;

import java.time.OffsetDateTime;

/** What publishing answers (api.md): the number, the instant, the hashes and the log position. */
public record PublicationReceipt(long id, String noticeNo, OffsetDateTime publishedAt, NoticeView.Sha256 sha256,
        String logRegion, long logIndex) {
}
