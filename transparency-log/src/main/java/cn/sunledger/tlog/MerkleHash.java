package cn.sunledger.tlog;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The RFC 6962 §2.1 hash functions of the transparency log.
 *
 * <p>Leaves and interior nodes are hashed with different one-byte prefixes (0x00 and 0x01) so that
 * a leaf can never be passed off as an interior node (second-preimage protection).
 */
public final class MerkleHash {

    /** Length in bytes of every hash in the log (SHA-256). */
    public static final int SIZE = 32;

    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;

    private MerkleHash() {
    }

    /** Root hash of the tree with no leaves: SHA-256 of the empty string. */
    public static byte[] emptyRoot() {
        return sha256().digest();
    }

    /** {@code SHA-256(0x00 || leafBytes)}. */
    public static byte[] leafHash(byte[] leafBytes) {
        MessageDigest digest = sha256();
        digest.update(LEAF_PREFIX);
        digest.update(leafBytes);
        return digest.digest();
    }

    /**
     * {@code SHA-256(0x01 || left || right)}.
     *
     * @throws IllegalArgumentException if either child is not a 32-byte hash; hashing anything else
     *         would silently produce a root no honest log could have
     */
    public static byte[] nodeHash(byte[] left, byte[] right) {
        requireHash(left, "left child");
        requireHash(right, "right child");
        MessageDigest digest = sha256();
        digest.update(NODE_PREFIX);
        digest.update(left);
        digest.update(right);
        return digest.digest();
    }

    /** Plain SHA-256 over the concatenation of the given parts. */
    public static byte[] sha256(byte[]... parts) {
        MessageDigest digest = sha256();
        for (byte[] part : parts) {
            digest.update(part);
        }
        return digest.digest();
    }

    /** Whether {@code hash} is non-null and exactly {@link #SIZE} bytes long. */
    public static boolean isHash(byte[] hash) {
        return hash != null && hash.length == SIZE;
    }

    static byte[] requireHash(byte[] hash, String what) {
        if (!isHash(hash)) {
            throw new IllegalArgumentException(what + " must be a " + SIZE + "-byte SHA-256 hash, got "
                    + (hash == null ? "null" : hash.length + " bytes"));
        }
        return hash;
    }

    private static MessageDigest sha256() {
        try {
            // A fresh instance per call: MessageDigest is not thread-safe, and a ThreadLocal cache
            // would pin this class loader in the application server's pooled threads.
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is mandatory in every Java runtime", e);
        }
    }
}
