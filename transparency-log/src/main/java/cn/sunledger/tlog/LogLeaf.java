package cn.sunledger.tlog;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the log records about one published notice. Its canonical JSON ({@link #toBytes()}) is the
 * RFC 6962 leaf, so every field is validated into a single textual form: two parties that format
 * the same notice must produce the same bytes.
 *
 * @param noticeNo    the notice number, non-empty
 * @param type        the notice type code, non-empty
 * @param publishedAt publication time in the form produced by {@link #formatPublishedAt}, e.g.
 *                    {@code 2026-03-01T10:00:00+08:00}
 * @param regionCodes region codes the notice applies to, in the notice's order
 * @param sha256Html  lowercase hex SHA-256 of the HTML rendering, or null if there is none
 * @param sha256Pdf   lowercase hex SHA-256 of the PDF rendering, or null if there is none
 * @param sha256Json  lowercase hex SHA-256 of the JSON rendering, or null if there is none
 * @param supersedes  number of the notice this one replaces, or null
 */
public record LogLeaf(String noticeNo, String type, String publishedAt, List<String> regionCodes,
        String sha256Html, String sha256Pdf, String sha256Json, String supersedes) {

    /** Seconds precision and a numeric offset ("+00:00", never "Z"): one text per instant and zone. */
    private static final DateTimeFormatter PUBLISHED_AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public LogLeaf {
        requireNonEmpty(noticeNo, "noticeNo");
        requireNonEmpty(type, "type");
        requireCanonicalTimestamp(publishedAt);
        regionCodes = List.copyOf(Objects.requireNonNull(regionCodes, "regionCodes"));
        requireHexOrNull(sha256Html, "sha256Html");
        requireHexOrNull(sha256Pdf, "sha256Pdf");
        requireHexOrNull(sha256Json, "sha256Json");
        if (supersedes != null) {
            requireNonEmpty(supersedes, "supersedes");
        }
    }

    /**
     * Formats a publication time the way leaves store it. Sub-second digits are dropped because a
     * published notice is timed to the second, and keeping them would give one instant several
     * spellings depending on the database column's precision.
     */
    public static String formatPublishedAt(OffsetDateTime time) {
        return PUBLISHED_AT.format(time.truncatedTo(ChronoUnit.SECONDS));
    }

    /** The canonical JSON text of this leaf. */
    public String toCanonicalJson() {
        return CanonicalJson.write(fields());
    }

    /** The leaf bytes: canonical JSON in UTF-8. */
    public byte[] toBytes() {
        return CanonicalJson.toBytes(fields());
    }

    /** The RFC 6962 leaf hash {@code SHA-256(0x00 || toBytes())}. */
    public byte[] leafHash() {
        return MerkleHash.leafHash(toBytes());
    }

    /** All eight fields, nulls included; CanonicalJson sorts the keys. */
    private Map<String, Object> fields() {
        Map<String, Object> fields = new HashMap<>();
        fields.put("noticeNo", noticeNo);
        fields.put("type", type);
        fields.put("publishedAt", publishedAt);
        fields.put("regionCodes", regionCodes);
        fields.put("sha256Html", sha256Html);
        fields.put("sha256Pdf", sha256Pdf);
        fields.put("sha256Json", sha256Json);
        fields.put("supersedes", supersedes);
        return fields;
    }

    private static void requireNonEmpty(String value, String name) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(name + " must be non-empty");
        }
    }

    private static void requireCanonicalTimestamp(String publishedAt) {
        requireNonEmpty(publishedAt, "publishedAt");
        String canonical;
        try {
            canonical = formatPublishedAt(OffsetDateTime.parse(publishedAt, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("publishedAt is not an ISO-8601 time with offset: " + publishedAt, e);
        }
        if (!canonical.equals(publishedAt)) {
            throw new IllegalArgumentException(
                    "publishedAt must be written as " + canonical + " (see formatPublishedAt), got " + publishedAt);
        }
    }

    private static void requireHexOrNull(String value, String name) {
        if (value != null && !SHA256_HEX.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " must be 64 lowercase hex digits or null");
        }
    }
}
