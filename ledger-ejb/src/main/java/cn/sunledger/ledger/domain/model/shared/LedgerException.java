package cn.sunledger.ledger.domain.model.shared;

import java.util.List;

/**
 * The one exception the ledger throws for a request it refuses. It carries a {@link Kind} (which the REST
 * layer maps to an HTTP status and the UI to a message), a message key resolved per locale by
 * {@link Messages}, and, for validation and imports, the individual violations. Because it is a runtime
 * exception thrown inside the transaction, a refused request changes nothing.
 */
public class LedgerException extends RuntimeException {

    /** Why the request was refused; each maps to one HTTP status (api.md, Conventions). */
    public enum Kind {
        INVALID(400), UNAUTHENTICATED(401), FORBIDDEN(403), NOT_FOUND(404), CONFLICT(409), TOO_LARGE(413),
        RULE(422),
        /** The server lacks what the request needs (the personal-data key file, say): retry once it is configured. */
        UNAVAILABLE(503);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Kind kind;
    private final String messageKey;
    private final transient Object[] args;
    private final List<Violation> violations;

    public LedgerException(Kind kind, String messageKey, List<Violation> violations, Object... args) {
        super(messageKey);
        this.kind = kind;
        this.messageKey = messageKey;
        this.args = args.clone();
        this.violations = List.copyOf(violations);
    }

    public static LedgerException invalid(String key, Object... args) {
        return new LedgerException(Kind.INVALID, key, List.of(), args);
    }

    public static LedgerException invalid(List<Violation> violations) {
        return new LedgerException(Kind.INVALID, "error.validation", violations);
    }

    public static LedgerException unauthenticated() {
        return new LedgerException(Kind.UNAUTHENTICATED, "error.unauthenticated", List.of());
    }

    public static LedgerException forbidden(String key, Object... args) {
        return new LedgerException(Kind.FORBIDDEN, key, List.of(), args);
    }

    public static LedgerException notFound(String key, Object... args) {
        return new LedgerException(Kind.NOT_FOUND, key, List.of(), args);
    }

    public static LedgerException conflict(String key, Object... args) {
        return new LedgerException(Kind.CONFLICT, key, List.of(), args);
    }

    public static LedgerException rule(String key, Object... args) {
        return new LedgerException(Kind.RULE, key, List.of(), args);
    }

    public static LedgerException tooLarge(String key, Object... args) {
        return new LedgerException(Kind.TOO_LARGE, key, List.of(), args);
    }

    public static LedgerException unavailable(String key, Object... args) {
        return new LedgerException(Kind.UNAVAILABLE, key, List.of(), args);
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    public List<Violation> violations() {
        return violations;
    }
}
