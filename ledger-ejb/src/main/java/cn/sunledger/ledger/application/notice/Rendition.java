package cn.sunledger.ledger.application.notice;

/** Bytes with their media type and a file name to offer for download. */
public record Rendition(byte[] content, String mediaType, String fileName) {
}
