package cn.sunledger.web.interfaces.rest.dto;

import cn.sunledger.ledger.application.asset.AttachmentView;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * A file attached to an asset as the API describes it (never its bytes): kinds with their Chinese names, the step it
 * belongs to by seq, kind and date, and the uploader by name and role, never the username.
 */
public record AttachmentDto(long id, long assetId, String kind, String kindName, String fileName, String mediaType,
        int size, String sha256, String caption, Integer eventSeq, String eventKind, String eventKindName,
        LocalDate eventOn, String uploadedBy, String uploadedByRole, String uploadedByRoleName,
        OffsetDateTime uploadedAt) {

    private static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    public static AttachmentDto of(AttachmentView a) {
        return new AttachmentDto(a.id(), a.assetId(), a.kind().name(), a.kind().chineseName(), a.fileName(),
                a.mediaType(), a.byteSize(), a.sha256(), a.caption(), a.eventSeq(),
                a.eventKind() == null ? null : a.eventKind().name(),
                a.eventKind() == null ? null : a.eventKind().chineseName(), a.eventOn(), a.uploadedByName(),
                a.uploadedByRole().name(), a.uploadedByRole().chineseName(), a.uploadedAt().atZone(BUSINESS_ZONE).toOffsetDateTime());
    }
}
