package cn.sunledger.tlog;

import java.security.PrivateKey;
import java.util.Objects;

/**
 * A signer of C2SP notes that holds its private key with the verifier key derived from it once. Deriving the
 * Ed25519 public key (for the note's key ID) costs a scalar multiplication, as much as the signature itself; a log
 * that signs a checkpoint on every append keeps one signer instead of deriving the key again each time.
 */
public final class NoteSigner {

    private final String keyName;
    private final PrivateKey privateKey;
    private final VerifierKey verifierKey;

    public NoteSigner(String keyName, PrivateKey privateKey) {
        this.keyName = Objects.requireNonNull(keyName);
        this.privateKey = Objects.requireNonNull(privateKey);
        this.verifierKey = VerifierKey.of(keyName, Ed25519Keys.publicKeyOf(privateKey));
    }

    /** Signs {@code text} (non-empty, ending in a newline) and returns the complete note. */
    public String sign(String text) {
        return SignedNote.sign(text, keyName, privateKey, verifierKey);
    }

    public String keyName() {
        return keyName;
    }

    public VerifierKey verifierKey() {
        return verifierKey;
    }
}
