package cn.sunledger.ledger.application.asset;

import cn.sunledger.ledger.domain.model.asset.AssetEventKind;
import cn.sunledger.ledger.domain.model.asset.AttachmentKind;
import cn.sunledger.ledger.domain.model.user.Role;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A file attached to an asset as the staff screens and the API describe it (the bytes are fetched apart, by
 * {@link AssetAttachments#file}): kind, the name it was uploaded under, its type, size and SHA-256, the caption, the
 * step it belongs to (seq, kind and business date) when it belongs to one, and who uploaded it, by name and role.
 */
public record AttachmentView(long id, long assetId, AttachmentKind kind, String fileName, String mediaType,
        int byteSize, String sha256, String caption, Integer eventSeq, AssetEventKind eventKind, LocalDate eventOn,
        String uploadedByName, Role uploadedByRole, LocalDateTime uploadedAt) {

    public boolean photo() {
        return kind == AttachmentKind.PHOTO;
    }
}
