package cn.sunledger.ledger.application.fund;

/** A fund document's scan to download: its bytes, media type and the (Chinese) file name it was attached under. */
public record ScanFile(byte[] bytes, String mediaType, String fileName) {
}
