package cn.sunledger.ledger.domain.model.asset;

/** What a file attached to an asset is: a photo of it (an image) or a document of its life (a PDF or a scan). */
public enum AttachmentKind {
    PHOTO("照片"),
    DOCUMENT("资料");

    private final String chineseName;

    AttachmentKind(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
