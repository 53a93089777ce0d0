package cn.sunledger.ledger.application.notice;

import java.time.LocalDate;
import java.time.OffsetDateTime;

public record PostingView(long id, long noticeId, String regionCode, String regionName, LocalDate postedOn,
        boolean hasPhoto, String photoName, String recordedBy, OffsetDateTime recordedAt) {
}
