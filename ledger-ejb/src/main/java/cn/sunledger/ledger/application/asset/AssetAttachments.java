package cn.sunledger.ledger.application.asset;

import cn.sunledger.ledger.domain.service.access.Caller;
import java.util.List;

/**
 * An asset's photos and documents (照片与资料), each optionally attached to one step of its history. Staff only,
 * never public. Attaching adds a file and changes nothing else: no step is recorded, a file is never replaced or
 * removed (the database refuses it), so a disposed asset's archive still receives its papers.
 */
public interface AssetAttachments {

    /**
     * Attaches a file (403 for a caller who may not take steps on the asset, 404 for an unknown asset, 413 over
     * 10 MB, 422 naming {@code file} for an empty file or one that is not a PDF, JPEG or PNG — a photo must be an
     * image —, {@code eventSeq} for a step that is not this asset's, {@code caption} for one too long).
     */
    AttachmentView attach(Caller caller, long assetId, AttachmentForm form);

    /** The asset's files, oldest first, without their bytes (VIEW_ASSETS on the asset's place). */
    List<AttachmentView> list(Caller caller, long assetId);

    /** One file's bytes (VIEW_ASSETS on the asset's place; 404 for a file not of this asset). */
    AttachmentFile file(Caller caller, long assetId, long attachmentId);
}
