package cn.sunledger.ledger.application.fund;

/**
 * An exported report: its bytes, media type and file name (Chinese, e.g. 漾濞县2026年资金执行进度表（截至2026-05-31）.xlsx),
 * and an ASCII name for clients that cannot read RFC 5987 names.
 */
public record ReportFile(byte[] bytes, String mediaType, String fileName, String asciiFileName) {
}
