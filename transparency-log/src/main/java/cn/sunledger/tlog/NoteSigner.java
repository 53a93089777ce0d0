package cn.sunledger.tlog;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.interfaces.EdECPrivateKey;
import java.util.Objects;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * A signer of C2SP notes that holds its private key with the verifier key derived from it once. Deriving the
 * Ed25519 public key (for the note's key ID) costs a scalar multiplication, as much as the signature itself; a log
 * that signs a checkpoint on every append keeps one signer instead of deriving the key again each time.
 *
 * <p>Signatures are made with Bouncy Castle's RFC 8032 code (its precomputed base-point tables make a signature
 * about 0.1 ms, against 1–1.5 ms for the JDK 17 provider, which was most of a journal posting's CPU). Ed25519
 * signatures are deterministic, so the bytes are exactly those the JDK would make ({@code SignedNoteTest} checks it),
 * and every verifier — the portal, auditors, the tests — keeps using the JDK.
 */
public final class NoteSigner {

    private final String keyName;
    private final byte[] seed;
    private final byte[] rawPublicKey;
    private final VerifierKey verifierKey;

    public NoteSigner(String keyName, PrivateKey privateKey) {
        this.keyName = Objects.requireNonNull(keyName);
        Objects.requireNonNull(privateKey);
        this.verifierKey = VerifierKey.of(keyName, Ed25519Keys.publicKeyOf(privateKey));
        this.seed = ((EdECPrivateKey) privateKey).getBytes()
                .orElseThrow(() -> new IllegalArgumentException("private key material is not extractable"));
        this.rawPublicKey = Ed25519Keys.rawPublicKey(Ed25519Keys.publicKeyOf(privateKey));
    }

    /** Signs {@code text} (non-empty, ending in a newline) and returns the complete note. */
    public String sign(String text) {
        return SignedNote.sign(text, this);
    }

    /** The 64-byte RFC 8032 signature of {@code message}. */
    byte[] signature(String message) {
        byte[] m = message.getBytes(StandardCharsets.UTF_8);
        byte[] signature = new byte[Ed25519.SIGNATURE_SIZE];
        Ed25519.sign(seed, 0, rawPublicKey, 0, m, 0, m.length, signature, 0);
        return signature;
    }

    public String keyName() {
        return keyName;
    }

    public VerifierKey verifierKey() {
        return verifierKey;
    }
}
