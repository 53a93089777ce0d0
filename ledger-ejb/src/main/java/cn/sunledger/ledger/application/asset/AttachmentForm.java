package cn.sunledger.ledger.application.asset;

import cn.sunledger.ledger.domain.model.asset.AttachmentKind;

/**
 * A file to attach to an asset as uploaded: its bytes (what they are is read from them, never from the client's
 * content type), the file name the client gave or null, its kind, an optional caption and optionally the step of
 * the asset's history it belongs to (its event seq).
 */
public record AttachmentForm(byte[] content, String fileName, AttachmentKind kind, String caption, Integer eventSeq) {

    /** As the caption column holds it. */
    public static final int MAX_CAPTION = 200;
}
