package cn.sunledger.ledger.application.distribution;

import cn.sunledger.ledger.domain.model.distribution.MeetingKind;
import cn.sunledger.ledger.domain.model.user.Role;
import java.time.LocalDateTime;

/**
 * A meeting's stored minutes as the plan page and the API describe them (the bytes are fetched apart, by
 * {@link MeetingMinutes#file}): the meeting, the name it was uploaded under, its type, size and SHA-256, and who
 * uploaded it, by name and role, when.
 */
public record MinutesView(long id, long planId, MeetingKind kind, String fileName, String mediaType, int byteSize,
        String sha256, String uploadedByName, Role uploadedByRole, LocalDateTime uploadedAt) {
}
