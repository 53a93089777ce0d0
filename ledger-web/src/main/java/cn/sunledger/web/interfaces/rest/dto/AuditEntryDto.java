package cn.sunledger.web.interfaces.rest.dto;

import cn.sunledger.ledger.application.AuditEntry;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** One revision of a record: who, when (Asia/Shanghai, with offset), what changed from what to what. */
public record AuditEntryDto(long revision, OffsetDateTime at, String actor, String role, String kind,
        List<AuditEntry.FieldChange> changes) {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public static AuditEntryDto of(AuditEntry e) {
        return new AuditEntryDto(e.revision(), e.at().atZone(ZONE).toOffsetDateTime(), e.username(), e.role(),
                e.kind().name(), e.changes());
    }
}
