package cn.sunledger.web.interfaces.rest;

import cn.sunledger.ledger.domain.model.shared.LedgerException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body (or one multipart part) into memory, refusing with 413 one larger than its use accepts,
 * before it is parsed. Undertow's {@code max-post-size} (wildfly-config 35-request-limits.cli) bounds every body
 * above these limits; its refusal is answered as 413 too (problem.KnownCauses).
 */
public final class BoundedBody {

    /** Region and project imports (CSV or XLSX). */
    public static final int MAX_IMPORT_BYTES = 10 * 1024 * 1024;

    private BoundedBody() {
    }

    public static byte[] read(InputStream in, int maxBytes) throws IOException {
        byte[] bytes = in.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            throw LedgerException.tooLarge("error.tooLarge", size(maxBytes));
        }
        return bytes;
    }

    private static String size(int bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
    }
}
