package cn.sunledger.tlog;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A C2SP signed-note verifier key for Ed25519:
 * {@code <name>+<8 hex digits of key ID>+<base64(0x01 || 32-byte public key)>}.
 *
 * <p>This is what the log publishes so that anyone can check its checkpoints. The key ID is
 * {@code SHA-256(name || 0x0A || 0x01 || public key)[:4]}; it binds name, algorithm and key
 * together and tells a verifier which signature line to check.
 */
public final class VerifierKey {

    /** C2SP signed-note signature type byte for Ed25519. */
    static final byte ED25519_TYPE = 0x01;

    static final int KEY_ID_SIZE = 4;

    private static final Pattern KEY_ID_HEX = Pattern.compile("[0-9a-fA-F]{8}");

    private final String name;
    private final byte[] rawPublicKey;
    private final byte[] keyId;

    private VerifierKey(String name, byte[] rawPublicKey) {
        this.name = requireValidKeyName(name);
        if (rawPublicKey == null || rawPublicKey.length != Ed25519Keys.PUBLIC_KEY_SIZE) {
            throw new IllegalArgumentException("a raw Ed25519 public key has 32 bytes");
        }
        this.rawPublicKey = rawPublicKey.clone();
        this.keyId = keyId(name, this.rawPublicKey);
    }

    /** The verifier key for {@code publicKey} under {@code name}. */
    public static VerifierKey of(String name, PublicKey publicKey) {
        return new VerifierKey(name, Ed25519Keys.rawPublicKey(publicKey));
    }

    /** The verifier key for a raw 32-byte Ed25519 public key under {@code name}. */
    public static VerifierKey of(String name, byte[] rawPublicKey) {
        return new VerifierKey(name, rawPublicKey);
    }

    /**
     * Parses a vkey string, checking that its key ID matches its name and key.
     *
     * @throws IllegalArgumentException if the string is malformed, not Ed25519, or inconsistent
     */
    public static VerifierKey parse(String vkey) {
        // Split at the first two '+': names contain none, but the base64 part may.
        int nameEnd = vkey.indexOf('+');
        int idEnd = nameEnd < 0 ? -1 : vkey.indexOf('+', nameEnd + 1);
        if (idEnd < 0) {
            throw new IllegalArgumentException("vkey must be name+keyid+key");
        }
        String name = vkey.substring(0, nameEnd);
        String idHex = vkey.substring(nameEnd + 1, idEnd);
        String keyBase64 = vkey.substring(idEnd + 1);
        if (!KEY_ID_HEX.matcher(idHex).matches()) {
            throw new IllegalArgumentException("vkey key ID must be 8 hex digits");
        }
        byte[] typeAndKey = decodeCanonicalBase64(keyBase64);
        if (typeAndKey.length != 1 + Ed25519Keys.PUBLIC_KEY_SIZE || typeAndKey[0] != ED25519_TYPE) {
            throw new IllegalArgumentException("vkey is not an Ed25519 (type 0x01) key");
        }
        VerifierKey key = new VerifierKey(name, Arrays.copyOfRange(typeAndKey, 1, typeAndKey.length));
        if (!Arrays.equals(key.keyId, HexFormat.of().parseHex(idHex))) {
            throw new IllegalArgumentException("vkey key ID does not match its name and key");
        }
        return key;
    }

    /** The vkey string, with the key ID in lowercase hex. */
    public String format() {
        byte[] typeAndKey = new byte[1 + rawPublicKey.length];
        typeAndKey[0] = ED25519_TYPE;
        System.arraycopy(rawPublicKey, 0, typeAndKey, 1, rawPublicKey.length);
        return name + "+" + HexFormat.of().formatHex(keyId) + "+" + Base64.getEncoder().encodeToString(typeAndKey);
    }

    public String name() {
        return name;
    }

    /** The raw 32-byte Ed25519 public key. */
    public byte[] rawPublicKey() {
        return rawPublicKey.clone();
    }

    public PublicKey publicKey() {
        return Ed25519Keys.publicKeyFromRaw(rawPublicKey);
    }

    /** The 4-byte key ID that prefixes this key's signatures. */
    public byte[] keyId() {
        return keyId.clone();
    }

    boolean matches(String signatureName, byte[] signatureKeyId) {
        return name.equals(signatureName) && Arrays.equals(keyId, signatureKeyId);
    }

    /** {@code SHA-256(name || 0x0A || 0x01 || rawPublicKey)[:4]}. */
    static byte[] keyId(String name, byte[] rawPublicKey) {
        byte[] hash = MerkleHash.sha256(name.getBytes(StandardCharsets.UTF_8), new byte[] {'\n', ED25519_TYPE},
                rawPublicKey);
        return Arrays.copyOf(hash, KEY_ID_SIZE);
    }

    /**
     * C2SP key names are non-empty and contain no Unicode space and no '+'. Control characters and
     * lone surrogates are refused as well since a signed note may contain neither.
     */
    static String requireValidKeyName(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("key name must be non-empty");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '+' || Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                    || Character.isSurrogate(c) && !isPairAt(name, i)) {
                throw new IllegalArgumentException("key name contains a forbidden character at index " + i);
            }
        }
        return name;
    }

    /** Whether index i is either half of a well-formed surrogate pair. */
    static boolean isPairAt(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1)) && Character.isLowSurrogate(c);
    }

    /** Standard base64 that must re-encode to the same text, so each value has one spelling. */
    static byte[] decodeCanonicalBase64(String text) {
        byte[] bytes = Base64.getDecoder().decode(text);
        if (!Base64.getEncoder().encodeToString(bytes).equals(text)) {
            throw new IllegalArgumentException("base64 is not in canonical padded form");
        }
        return bytes;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VerifierKey that && name.equals(that.name)
                && Arrays.equals(rawPublicKey, that.rawPublicKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, Arrays.hashCode(rawPublicKey));
    }

    @Override
    public String toString() {
        return format();
    }
}
