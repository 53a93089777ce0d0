package cn.sunledger.ledger.domain.model.fund;

import cn.sunledger.tlog.CanonicalJson;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A posted journal entry: a movement numbered gap-free in its ledger region and year, chained to the region's
 * previous entry and sealed by {@link #hash}, the SHA-256 of its canonical content (every field below, the lines and
 * particulars, the salt and the previous entry's hash). The salt is random and kept with the entry, so a published
 * hash cannot be confirmed by guessing a payee and an amount; changing any posted byte, or removing or reordering
 * an entry, breaks the chain at that entry.
 */
public record JournalEntry(String entryNo, String ledgerRegion, int year, long seq, long chainIndex, Movement movement,
        LocalDateTime postedAt, String postedBy, String salt, String prevHash, String hash) {

    private static final DateTimeFormatter POSTED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

    public JournalEntry {
        Objects.requireNonNull(entryNo);
        Objects.requireNonNull(movement);
        Objects.requireNonNull(salt);
        Objects.requireNonNull(hash);
    }

    /** Numbers, chains and seals a movement. */
    public static JournalEntry seal(String entryNo, String ledgerRegion, int year, long seq, long chainIndex,
            Movement movement, LocalDateTime postedAt, String postedBy, String salt, String prevHash) {
        movement.checked();
        String hash = hashOf(entryNo, ledgerRegion, year, seq, chainIndex, movement, postedAt, postedBy, salt, prevHash);
        return new JournalEntry(entryNo, ledgerRegion, year, seq, chainIndex, movement, postedAt, postedBy, salt,
                prevHash, hash);
    }

    /** The number of {@code seq} in a region and year: 532922-2026-000001. */
    public static String number(String ledgerRegion, int year, long seq) {
        return ledgerRegion.substring(0, 6) + "-" + year + "-" + String.format("%06d", seq);
    }

    /** Does the stored hash still cover the stored content? (The chain check also compares prevHash.) */
    public boolean sealIntact() {
        return hash.equals(hashOf(entryNo, ledgerRegion, year, seq, chainIndex, movement, postedAt, postedBy, salt,
                prevHash));
    }

    public EntryKind kind() {
        return movement.kind();
    }

    public List<JournalLine> lines() {
        return movement.lines();
    }

    private static String hashOf(String entryNo, String ledgerRegion, int year, long seq, long chainIndex, Movement m,
            LocalDateTime postedAt, String postedBy, String salt, String prevHash) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("entryNo", entryNo);
        content.put("ledgerRegion", ledgerRegion);
        content.put("year", (long) year);
        content.put("seq", seq);
        content.put("chainIndex", chainIndex);
        content.put("kind", m.kind().name());
        content.put("entryDate", m.entryDate().toString());
        content.put("postedAt", POSTED_AT.format(postedAt));
        content.put("postedBy", postedBy);
        content.put("reverses", m.reverses());
        content.put("memo", m.memo());
        content.put("particulars", new LinkedHashMap<String, Object>(m.particulars()));
        List<Object> lines = new ArrayList<>();
        m.lines().forEach(l -> lines.add(l.canonical()));
        content.put("lines", lines);
        content.put("salt", salt);
        content.put("prevHash", prevHash);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(CanonicalJson.toBytes(content)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
