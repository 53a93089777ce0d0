package cn.sunledger.tlog;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the log records about one posted journal entry of the fund ledger (api.md): its number, kind and posting
 * time, and the entry's own hash and the previous entry's. No payee, amount or account enters the leaf; the entry's
 * hash covers them together with a salt kept in the ledger, so the leaf proves the entry without disclosing it.
 *
 * @param entryNo  the entry number, e.g. 532922-2026-000001
 * @param kind     the entry kind code (DOCUMENT, ALLOCATION, DISBURSEMENT, REVERSAL)
 * @param postedAt posting time as {@link LogLeaf#formatPublishedAt} writes it (seconds, numeric offset)
 * @param hash     lowercase hex SHA-256 of the entry
 * @param prevHash lowercase hex SHA-256 of the region's previous entry, or null for its first
 */
public record JournalLeaf(String entryNo, String kind, String postedAt, String hash, String prevHash) {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public JournalLeaf {
        if (entryNo == null || entryNo.isEmpty() || kind == null || kind.isEmpty()) {
            throw new IllegalArgumentException("entryNo and kind are required");
        }
        Objects.requireNonNull(postedAt, "postedAt");
        if (!SHA256_HEX.matcher(Objects.requireNonNull(hash, "hash")).matches()
                || (prevHash != null && !SHA256_HEX.matcher(prevHash).matches())) {
            throw new IllegalArgumentException("hashes must be lowercase hex SHA-256");
        }
    }

    public static JournalLeaf of(String entryNo, String kind, OffsetDateTime postedAt, String hash, String prevHash) {
        return new JournalLeaf(entryNo, kind, LogLeaf.formatPublishedAt(postedAt), hash, prevHash);
    }

    /** The leaf bytes: canonical JSON in UTF-8 (keys sorted, nulls written). */
    public byte[] toBytes() {
        Map<String, Object> fields = new HashMap<>();
        fields.put("entryNo", entryNo);
        fields.put("kind", kind);
        fields.put("postedAt", postedAt);
        fields.put("hash", hash);
        fields.put("prevHash", prevHash);
        return CanonicalJson.toBytes(fields);
    }
}
