package cn.sunledger.tlog;

/**
 * Thrown when a Merkle proof or a signed note does not verify. It is checked on purpose: proofs and
 * notes come from outside, so rejection is an expected outcome that callers must handle.
 */
public class VerificationException extends Exception {

    private static final long serialVersionUID = 1L;

    public VerificationException(String message) {
        super(message);
    }

    public VerificationException(String message, Throwable cause) {
        super(message, cause);
    }
}
