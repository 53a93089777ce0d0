package cn.sunledger.ledger.application.notice;

import cn.sunledger.ledger.domain.model.notice.NoticeStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A notice as staff see it. Publication fields (noticeNo, publishedAt, the SHA-256 of each rendition and
 * the log index) are null until it is published. {@code supersedesNo}/{@code supersededByNo} link the two
 * notices of a correction; {@code late} marks a 补公示 (published after the step it should have preceded).
 */
public record NoticeView(long id, String type, String typeName, String subjectId, String title,
        String issuerRegionCode, String issuerName, List<String> regionCodes, LocalDate periodStart,
        LocalDate periodEnd, NoticeStatus status, String noticeNo, OffsetDateTime publishedAt, String publishedBy,
        Sha256 sha256, Long logIndex, Long supersedesId, String supersedesNo, Long supersededById,
        String supersededByNo, String supersedeReason, boolean late, int openObjections, int postings,
        String createdBy, OffsetDateTime createdAt) {

    /** The hex SHA-256 of the three frozen renditions. */
    public record Sha256(String html, String pdf, String json) {
    }
}
