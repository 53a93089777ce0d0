package cn.sunledger.web.interfaces.rest;

import cn.sunledger.ledger.domain.model.shared.LedgerException;
import java.io.IOException;
import java.io.InputStream;

/** Reads an uploaded import file into memory, refusing (413) one larger than the imports accept. */
final class ImportFiles {

    static final int MAX_IMPORT_BYTES = 10 * 1024 * 1024;

    private ImportFiles() {
    }

    static byte[] readBounded(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_IMPORT_BYTES + 1);
        if (bytes.length > MAX_IMPORT_BYTES) {
            throw LedgerException.tooLarge("error.tooLarge", "10 MB");
        }
        return bytes;
    }
}
