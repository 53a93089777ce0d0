package cn.sunledger.ledger.application.fund;

/**
 * What a posting call returns: the journal entry it posted and the record it created (a document, allocation or
 * disbursement id; null for a reversal). {@code inLaterPeriod}: a reversal of an entry whose period is closed was
 * posted in the current period, as 红字冲销 requires — the caller says so.
 */
public record Posting(String entryNo, String hash, String prevHash, Long recordId, boolean inLaterPeriod) {
}
