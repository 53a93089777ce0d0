package cn.sunledger.ledger.application.fund;

import java.util.regex.Pattern;

/**
 * A client's Idempotency-Key for one posting call, with the SHA-256 of what it asked: the same key and request
 * replay the first posting; the same key with another request is refused (409).
 */
public record IdempotencyKey(String value, String requestSha256) {

    /** Printable ASCII, as clients send UUIDs or their own transaction ids. */
    public static final Pattern FORMAT = Pattern.compile("[\\x21-\\x7e]{1,100}");
}
