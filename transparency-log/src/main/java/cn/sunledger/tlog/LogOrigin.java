package cn.sunledger.tlog;

import java.util.regex.Pattern;

/**
 * Builds the origin line of a county log, {@code <prefix>/<12-digit region code>}. The prefix is
 * a parameter (normally {@link #DEFAULT_PREFIX}) so that test and staging deployments can run logs
 * whose checkpoints can never be mistaken for production ones.
 */
public final class LogOrigin {

    /** The production prefix. */
    public static final String DEFAULT_PREFIX = "sunledger.cn/log";

    private static final Pattern REGION_CODE = Pattern.compile("[0-9]{12}");

    private LogOrigin() {
    }

    /**
     * The origin for the log of {@code regionCode}. The result is also usable as the signing key
     * name, so the prefix must satisfy the C2SP key name rules (no spaces, no '+').
     */
    public static String forRegion(String prefix, String regionCode) {
        if (regionCode == null || !REGION_CODE.matcher(regionCode).matches()) {
            throw new IllegalArgumentException("region code must be 12 digits: " + regionCode);
        }
        if (prefix == null || prefix.isEmpty() || prefix.endsWith("/")) {
            throw new IllegalArgumentException("prefix must be non-empty and not end with '/': " + prefix);
        }
        return VerifierKey.requireValidKeyName(prefix + "/" + regionCode);
    }
}
