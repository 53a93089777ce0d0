package cn.sunledger.ledger.domain.model.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * What a stored file may be — the one check for every upload kept for staff (a fund document's scan, an asset's
 * photos and documents): one of the accepted {@link FileType}s, known by its own first bytes (the client's content
 * type and file name say nothing), of at most 10 MB. A PDF must also end as one ({@code %%EOF} in its last kilobyte)
 * and a PNG with its IEND chunk, so a transfer cut short is refused rather than stored. Refusals name the upload's
 * field, {@code file}, under the use's own message keys: {@code <prefix>Missing}, {@code TooLarge}, {@code Type},
 * {@code Truncated}.
 */
public final class FileContent {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final String FIELD = "file";

    private static final int MAX_NAME = 200;
    private static final byte[] PDF_START = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PDF_END = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_START = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
    /** A PNG's last chunk: length 0, type IEND and its fixed CRC. */
    private static final byte[] PNG_END = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};

    private final String messages;
    private final Set<FileType> accepted;

    /** @param messages the prefix of the refusals' message keys, e.g. {@code fund.scan} */
    public FileContent(String messages, FileType first, FileType... more) {
        this.messages = messages;
        this.accepted = EnumSet.of(first, more);
    }

    /** The type of an acceptable file; otherwise refused (413 when too large, 422 when empty or not accepted). */
    public FileType typeOf(byte[] b) {
        if (b == null || b.length == 0) {
            throw refused(LedgerException.Kind.RULE, "Missing");
        }
        if (b.length > MAX_BYTES) {
            throw refused(LedgerException.Kind.TOO_LARGE, "TooLarge");
        }
        FileType type = signature(b);
        if (type == null || !accepted.contains(type)) {
            throw refused(LedgerException.Kind.RULE, "Type");
        }
        boolean complete = switch (type) {
            case PDF -> endsWithin(b, PDF_END, 1024);
            case PNG -> endsWithin(b, PNG_END, PNG_END.length);
            case JPEG -> true;
        };
        if (!complete) {
            throw refused(LedgerException.Kind.RULE, "Truncated");
        }
        return type;
    }

    private static FileType signature(byte[] b) {
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return FileType.JPEG;
        }
        if (startsWith(b, PDF_START)) {
            return FileType.PDF;
        }
        if (startsWith(b, PNG_START)) {
            return FileType.PNG;
        }
        return null;
    }

    /** The SHA-256 of the bytes, lower-case hex, as the tables keep it. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The name a file is kept and shown under: the name it was uploaded under without the client's path (browsers
     * may send C:\fakepath\x.pdf), {@code otherwise} when there is none, given its real type's extension when its own
     * says something else, at most 200 characters.
     */
    public static String storedName(String uploaded, String otherwise, FileType type) {
        String name = uploaded == null ? "" : uploaded.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        if (name.isEmpty()) {
            name = otherwise;
        }
        if (!type.named(name)) {
            name = name + type.extension();
        }
        if (name.length() > MAX_NAME) {
            name = name.substring(0, MAX_NAME - type.extension().length()) + type.extension();
        }
        return name;
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code tail} occurs within the last {@code window} bytes. */
    private static boolean endsWithin(byte[] b, byte[] tail, int window) {
        int from = Math.max(0, b.length - window);
        outer:
        for (int i = b.length - tail.length; i >= from; i--) {
            for (int j = 0; j < tail.length; j++) {
                if (b[i + j] != tail[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private LedgerException refused(LedgerException.Kind kind, String suffix) {
        String key = messages + suffix;
        return new LedgerException(kind, key, List.of(Violation.ofField(FIELD, key)));
    }
}
