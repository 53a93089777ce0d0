package cn.sunledger.web.interfaces.rest.dto;

import cn.sunledger.ledger.application.distribution.MinutesView;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * A meeting's scanned minutes as the API describes them (never their bytes): the meeting's kind with its Chinese name,
 * and the uploader by name and role, never the username.
 */
public record MinutesDto(long id, long planId, String kind, String kindName, String fileName, String mediaType,
        int size, String sha256, String uploadedBy, String uploadedByRole, String uploadedByRoleName,
        OffsetDateTime uploadedAt) {

    private static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    public static MinutesDto of(MinutesView m) {
        return new MinutesDto(m.id(), m.planId(), m.kind().name(), m.kind().chineseName(), m.fileName(),
                m.mediaType(), m.byteSize(), m.sha256(), m.uploadedByName(), m.uploadedByRole().name(),
                m.uploadedByRole().chineseName(), m.uploadedAt().atZone(BUSINESS_ZONE).toOffsetDateTime());
    }
}
