package cn.sunledger.tlog;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.List;

/**
 * C2SP signed notes with Ed25519: the text, a blank line, then one line per signature,
 * {@code "— <key name> <base64(4-byte key ID || 64-byte signature)>\n"} (an em dash U+2014 and a
 * space). The signature covers the UTF-8 text including its final newline.
 */
public final class SignedNote {

    /** Upper bound on signature lines read, so a hostile note cannot make us do unbounded work. */
    public static final int MAX_SIGNATURES = 100;

    private static final String SIGNATURE_PREFIX = "\u2014 ";
    private static final int ED25519_SIGNATURE_SIZE = 64;
    private static final String ALGORITHM = "Ed25519";

    private SignedNote() {
    }

    /**
     * Signs {@code text} and returns the complete note.
     *
     * @param text       non-empty, ending in a newline, without control characters other than newline
     * @param keyName    the signer's key name (for a log, its origin)
     * @param privateKey the Ed25519 private key; its public key is derived to compute the key ID
     */
    public static String sign(String text, String keyName, PrivateKey privateKey) {
        return new NoteSigner(keyName, privateKey).sign(text);
    }

    /** The same with a signer that has its key decoded and its verifier key derived (see {@link NoteSigner}). */
    static String sign(String text, NoteSigner signer) {
        requireValidText(text);
        byte[] signature = signer.signature(text);
        VerifierKey key = signer.verifierKey();
        byte[] idAndSignature = new byte[VerifierKey.KEY_ID_SIZE + signature.length];
        System.arraycopy(key.keyId(), 0, idAndSignature, 0, VerifierKey.KEY_ID_SIZE);
        System.arraycopy(signature, 0, idAndSignature, VerifierKey.KEY_ID_SIZE, signature.length);
        return text + "\n" + SIGNATURE_PREFIX + signer.keyName() + " "
                + Base64.getEncoder().encodeToString(idAndSignature) + "\n";
    }

    /**
     * Verifies a note against one trusted key and returns its text.
     *
     * @throws VerificationException if the note is malformed, carries no valid signature by
     *         {@code key}, or carries an invalid one
     */
    public static String verify(String note, VerifierKey key) throws VerificationException {
        return verify(note, List.of(key));
    }

    /**
     * Verifies a note against a set of trusted keys (for example the old and new key during a
     * rotation) and returns its text. Signature lines from other keys are ignored as C2SP requires,
     * but every line from a trusted key must verify, and at least one must be present.
     *
     * @throws VerificationException if the note does not verify
     */
    public static String verify(String note, Collection<VerifierKey> trustedKeys) throws VerificationException {
        try {
            requireValidCharacters(note);
        } catch (IllegalArgumentException e) {
            throw new VerificationException("malformed note: " + e.getMessage(), e);
        }
        int separator = note.lastIndexOf("\n\n");
        if (separator < 0) {
            throw new VerificationException("malformed note: no blank line before the signatures");
        }
        String text = note.substring(0, separator + 1);
        String signatureBlock = note.substring(separator + 2);
        if (signatureBlock.isEmpty() || !signatureBlock.endsWith("\n")) {
            throw new VerificationException("malformed note: signatures must be newline-terminated lines");
        }
        String[] lines = signatureBlock.substring(0, signatureBlock.length() - 1).split("\n", -1);
        if (lines.length > MAX_SIGNATURES) {
            throw new VerificationException("note has more than " + MAX_SIGNATURES + " signatures");
        }
        byte[] textBytes = text.getBytes(StandardCharsets.UTF_8);
        int verified = 0;
        for (String line : lines) {
            SignatureLine parsed = SignatureLine.parse(line);
            for (VerifierKey key : trustedKeys) {
                if (key.matches(parsed.keyName(), parsed.keyId())) {
                    if (!isValidSignature(key, textBytes, parsed.signature())) {
                        throw new VerificationException("invalid signature by " + key.name());
                    }
                    verified++;
                }
            }
        }
        if (verified == 0) {
            throw new VerificationException("note is not signed by any trusted key");
        }
        return text;
    }

    private static boolean isValidSignature(VerifierKey key, byte[] text, byte[] signature) {
        if (signature.length != ED25519_SIGNATURE_SIZE) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key.publicKey());
            verifier.update(text);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // An unusable key or signature encoding is a failed verification, not a crash.
            return false;
        }
    }

    private static void requireValidText(String text) {
        if (text == null || text.isEmpty() || !text.endsWith("\n")) {
            throw new IllegalArgumentException("note text must be non-empty and end with a newline");
        }
        requireValidCharacters(text);
    }

    /** Signed notes are valid UTF-8 without ASCII control characters other than newline. */
    private static void requireValidCharacters(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\n') {
                throw new IllegalArgumentException("control character U+" + String.format("%04X", (int) c));
            }
            if (Character.isSurrogate(c) && !VerifierKey.isPairAt(s, i)) {
                throw new IllegalArgumentException("lone surrogate at index " + i);
            }
        }
    }

    /** One parsed {@code "— name base64"} line. */
    private record SignatureLine(String keyName, byte[] keyId, byte[] signature) {

        static SignatureLine parse(String line) throws VerificationException {
            if (!line.startsWith(SIGNATURE_PREFIX)) {
                throw new VerificationException("malformed signature line");
            }
            String rest = line.substring(SIGNATURE_PREFIX.length());
            int space = rest.indexOf(' ');
            if (space < 0) {
                throw new VerificationException("malformed signature line");
            }
            try {
                String keyName = VerifierKey.requireValidKeyName(rest.substring(0, space));
                byte[] decoded = VerifierKey.decodeCanonicalBase64(rest.substring(space + 1));
                if (decoded.length <= VerifierKey.KEY_ID_SIZE) {
                    throw new IllegalArgumentException("signature too short");
                }
                return new SignatureLine(keyName, Arrays.copyOf(decoded, VerifierKey.KEY_ID_SIZE),
                        Arrays.copyOfRange(decoded, VerifierKey.KEY_ID_SIZE, decoded.length));
            } catch (IllegalArgumentException e) {
                throw new VerificationException("malformed signature line: " + e.getMessage(), e);
            }
        }
    }
}
