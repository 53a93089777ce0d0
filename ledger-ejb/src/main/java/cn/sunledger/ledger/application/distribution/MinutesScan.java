package cn.sunledger.ledger.application.distribution;

/**
 * A meeting's minutes as uploaded: the bytes (what they are is read from them, never from the client's content type)
 * and the file name the client gave, or null.
 */
public record MinutesScan(byte[] content, String fileName) {
}
