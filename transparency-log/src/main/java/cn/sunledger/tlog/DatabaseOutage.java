package cn.sunledger.tlog;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises, in a failure's cause chain, that the database could not be reached — stopped, restarting, or the
 * connection broken mid-request — as opposed to a fault of the request or of the code. Both deployments answer
 * such a failure with 503 (retry later) instead of 500: nothing was committed (a commit that cannot reach the
 * server is not acknowledged), and the connection pool's exception sorter replaces the broken connections, so
 * the next request after the database is back succeeds without restarting the server. It lives in this shared
 * module because the ledger and the portal are separate deployments that both need the same answer.
 */
public final class DatabaseOutage {

    /** SQLSTATE class 08: connection exception (SQL:2016 and the MariaDB driver's usage). */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    /** Hibernate's and IronJacamar's wrappers, recognised by name: neither is on every deployment's class path. */
    private static final String HIBERNATE_CONNECTION = "org.hibernate.exception.JDBCConnectionException";
    private static final String JCA_RESOURCE = "jakarta.resource.ResourceException";

    private DatabaseOutage() {
    }

    /** Whether {@code failure} or one of its causes says the database could not be reached. */
    public static boolean in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof java.net.ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS)) {
                return true;
            }
            String name = t.getClass().getName();
            if (name.equals(HIBERNATE_CONNECTION) || name.equals(JCA_RESOURCE)) {
                return true;
            }
        }
        return false;
    }
}
