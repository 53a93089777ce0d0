package cn.sunledger.ledger.infrastructure.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A short fingerprint of a stored password hash, kept in a signed-in session: when the password changes the
 * hash changes (a fresh salt even for the same password), so the session's stamp no longer matches.
 */
public final class CredentialStamp {

    private CredentialStamp() {
    }

    public static String of(String passwordHash) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(passwordHash.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
