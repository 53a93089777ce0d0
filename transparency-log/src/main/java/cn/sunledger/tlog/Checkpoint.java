package cn.sunledger.tlog;

import java.security.PrivateKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A C2SP tlog-checkpoint: the log's origin, a tree size and the RFC 6962 root at that size. Its
 * {@link #body()} is the text that the log signs as a {@link SignedNote}.
 *
 * @param origin   the log's identity, e.g. {@code sunledger.cn/log/110101000000} (see {@link LogOrigin})
 * @param size     number of leaves, at least 0
 * @param rootHash the 32-byte root hash at {@code size}
 */
public record Checkpoint(String origin, long size, byte[] rootHash) {

    /** ASCII decimal without sign or leading zeros ("0" alone for the empty tree). */
    private static final Pattern TREE_SIZE = Pattern.compile("0|[1-9][0-9]*");

    public Checkpoint {
        requireValidOrigin(origin);
        if (size < 0) {
            throw new IllegalArgumentException("tree size must not be negative");
        }
        rootHash = MerkleHash.requireHash(rootHash, "root hash").clone();
    }

    /** {@code "<origin>\n<size>\n<base64 root>\n"}. */
    public String body() {
        return origin + "\n" + size + "\n" + Base64.getEncoder().encodeToString(rootHash) + "\n";
    }

    /**
     * Parses a checkpoint body. Exactly the three mandatory lines are accepted: this log never
     * writes extension lines, and ignoring them would let two different signed texts stand for the
     * same checkpoint.
     *
     * @throws IllegalArgumentException if {@code body} is not exactly such a checkpoint
     */
    public static Checkpoint parse(String body) {
        if (!body.endsWith("\n")) {
            throw new IllegalArgumentException("checkpoint must end with a newline");
        }
        String[] lines = body.substring(0, body.length() - 1).split("\n", -1);
        if (lines.length != 3) {
            throw new IllegalArgumentException("checkpoint must have exactly 3 lines, got " + lines.length);
        }
        if (!TREE_SIZE.matcher(lines[1]).matches()) {
            throw new IllegalArgumentException("tree size is not canonical decimal: " + lines[1]);
        }
        long size;
        try {
            size = Long.parseLong(lines[1]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("tree size is out of range: " + lines[1], e);
        }
        return new Checkpoint(lines[0], size, VerifierKey.decodeCanonicalBase64(lines[2]));
    }

    /** Signs this checkpoint and returns the signed note. */
    public String sign(String keyName, PrivateKey privateKey) {
        return SignedNote.sign(body(), keyName, privateKey);
    }

    /** Signs the checkpoint with a signer that keeps its derived key (one signature's cost per checkpoint). */
    public String sign(NoteSigner signer) {
        return signer.sign(body());
    }

    /**
     * Verifies a signed checkpoint note with {@code key} and parses it.
     *
     * @throws VerificationException if the signature does not verify or the text is not a checkpoint
     */
    public static Checkpoint open(String signedNote, VerifierKey key) throws VerificationException {
        String text = SignedNote.verify(signedNote, key);
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            throw new VerificationException("signed text is not a checkpoint: " + e.getMessage(), e);
        }
    }

    /** A copy of the 32-byte root hash. */
    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Checkpoint that && size == that.size && origin.equals(that.origin)
                && Arrays.equals(rootHash, that.rootHash);
    }

    @Override
    public int hashCode() {
        return Objects.hash(origin, size, Arrays.hashCode(rootHash));
    }

    @Override
    public String toString() {
        return "Checkpoint[" + origin + ", " + size + ", " + Base64.getEncoder().encodeToString(rootHash) + "]";
    }

    private static void requireValidOrigin(String origin) {
        if (origin == null || origin.isEmpty()) {
            throw new IllegalArgumentException("origin must be non-empty");
        }
        for (int i = 0; i < origin.length(); i++) {
            char c = origin.charAt(i);
            if (c < 0x20 || Character.isSurrogate(c) && !VerifierKey.isPairAt(origin, i)) {
                throw new IllegalArgumentException("origin contains a forbidden character at index " + i);
            }
        }
    }
}
