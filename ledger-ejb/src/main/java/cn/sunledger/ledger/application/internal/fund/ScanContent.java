package cn.sunledger.ledger.application.internal.fund;

import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Violation;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What a fund document's scan may be: a PDF or a JPEG, known by its own first bytes (the client's content type and
 * file name say nothing), of at most 10 MB. A PDF must also end as one ({@code %%EOF} in its last kilobyte), so a
 * transfer cut short is refused rather than stored. Refusals name the upload's field, {@code file}.
 */
final class ScanContent {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final String FIELD = "file";

    private static final byte[] PDF_START = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PDF_END = "%%EOF".getBytes(StandardCharsets.US_ASCII);

    private ScanContent() {
    }

    /** The media type of an acceptable scan; otherwise refused (413 when too large, 422 when not a PDF or JPEG). */
    static String mediaType(byte[] b) {
        if (b == null || b.length == 0) {
            throw refused(LedgerException.Kind.RULE, "fund.scanMissing");
        }
        if (b.length > MAX_BYTES) {
            throw refused(LedgerException.Kind.TOO_LARGE, "fund.scanTooLarge");
        }
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        if (startsWith(b, PDF_START)) {
            if (!endsAsPdf(b)) {
                throw refused(LedgerException.Kind.RULE, "fund.scanTruncated");
            }
            return "application/pdf";
        }
        throw refused(LedgerException.Kind.RULE, "fund.scanType");
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

    private static boolean endsAsPdf(byte[] b) {
        int from = Math.max(0, b.length - 1024);
        outer:
        for (int i = b.length - PDF_END.length; i >= from; i--) {
            for (int j = 0; j < PDF_END.length; j++) {
                if (b[i + j] != PDF_END[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static LedgerException refused(LedgerException.Kind kind, String key) {
        return new LedgerException(kind, key, List.of(Violation.ofField(FIELD, key)));
    }
}
