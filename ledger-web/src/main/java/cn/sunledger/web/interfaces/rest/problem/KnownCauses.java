package cn.sunledger.web.interfaces.rest.problem;

import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Violation;
import cn.sunledger.tlog.DatabaseOutage;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/**
 * Client errors that reach a mapper wrapped in something else — by a transaction or an interceptor, by RESTEasy
 * around a body reader or a query parameter converter, or as the I/O error Undertow raises when a body passes
 * {@code max-post-size}, or as a multipart body its MIME parser cannot read — answered as what they are instead of
 * as a 500 or an empty 400; and a database that cannot be reached, answered 503 so that clients retry (nothing
 * was committed, and the pool replaces the broken connections once the database is back).
 */
final class KnownCauses {

    /** Undertow's, not on the deployment's class path: recognised by name. */
    private static final String UNDERTOW_TOO_BIG = "io.undertow.server.RequestTooBigException";
    /** The MIME parser under RESTEasy's multipart support, not on the deployment's class path either. */
    private static final String MIME4J = "org.apache.james.mime4j.";

    private KnownCauses() {
    }

    /** Seconds a client should wait before retrying while the database is unreachable. */
    static final int OUTAGE_RETRY_AFTER_SECONDS = 5;

    /** The answer for the first known cause in {@code e}'s chain, or null if there is none. */
    static Response respond(Throwable e, Locale locale) {
        if (DatabaseOutage.in(e)) {
            return Response.fromResponse(Problems.of(503, "error.databaseUnavailable", locale))
                    .header("Retry-After", OUTAGE_RETRY_AFTER_SECONDS).build();
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof LedgerException le) {
                return Problems.of(le, locale);
            }
            if (UNDERTOW_TOO_BIG.equals(t.getClass().getName())) {
                return Problems.of(413, "error.bodyTooLarge", locale);
            }
            if (t.getClass().getName().startsWith(MIME4J)) {
                // RESTEasy's multipart parser: a part header line over 1,000 characters (a huge file name), say
                Throwable innermost = t;
                while (innermost.getCause() != null && innermost.getCause() != innermost) {
                    innermost = innermost.getCause();
                }
                String message = innermost.getMessage();
                String reason = message == null ? "" : message.lines().findFirst().orElse("");
                return Problems.of(LedgerException.invalid(List.of(Violation.ofField(Problems.WHOLE_BODY,
                        "multipart.malformed", reason))), locale);
            }
            if (t instanceof JsonbException) {
                return Problems.of(400, "error.malformed", locale, t.getMessage());
            }
        }
        return null;
    }
}
