package cn.sunledger.ledger.application.fund;

/**
 * A scanned fund document as uploaded: its bytes (what they are is read from them, never from the client's
 * content type) and the file name the client gave, or null.
 */
public record DocumentScanForm(byte[] content, String fileName) {
}
