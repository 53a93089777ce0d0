package cn.sunledger.ledger.application.asset;

/** An asset's attached file to download: its bytes as stored, their media type and the name it was uploaded under. */
public record AttachmentFile(byte[] bytes, String mediaType, String fileName) {
}
