package cn.sunledger.web.interfaces.rest;

import cn.sunledger.ledger.application.fund.IdempotencyKey;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Violation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads the {@code Idempotency-Key} header of a posting call. The request it is compared with is the parsed form,
 * so the same request sent with other spacing or key order is still the same request.
 */
final class IdempotencyKeys {

    static final String HEADER = "Idempotency-Key";

    private IdempotencyKeys() {
    }

    /** The client's key with the SHA-256 of what it asks (the call's kind and its parsed request), or null. */
    static IdempotencyKey from(String header, String call, Object request) {
        if (header == null) {
            return null;
        }
        if (!IdempotencyKey.FORMAT.matcher(header).matches()) {
            throw LedgerException.invalid(List.of(Violation.ofField(HEADER, "fund.badIdempotencyKey")));
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((call + "\n" + request).getBytes(StandardCharsets.UTF_8));
            return new IdempotencyKey(header, HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
