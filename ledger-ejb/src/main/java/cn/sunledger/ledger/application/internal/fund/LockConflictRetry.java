package cn.sunledger.ledger.application.internal.fund;

import cn.sunledger.ledger.domain.model.shared.LedgerException;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.SQLException;
import java.util.logging.Logger;

/**
 * Retries a posting whose transaction MariaDB rolled back on a deadlock (1213) or a lock wait timeout (1205), or
 * whose snapshot saw a changed record (1020), up to {@value #ATTEMPTS} attempts; then answers 409 with a message
 * to try again, never a 500. It wraps the transaction interceptor (lower priority number = outer), so each attempt
 * is a transaction of its own; inside a caller's transaction it does nothing, since only that caller can retry.
 */
@RetriedOnLockConflict
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 150)
public class LockConflictRetry {

    static final int ATTEMPTS = 5;
    private static final Logger LOG = Logger.getLogger(LockConflictRetry.class.getName());

    @Resource
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    Object retry(InvocationContext call) throws Exception {
        if (transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            return call.proceed();
        }
        for (int attempt = 1;; attempt++) {
            try {
                return call.proceed();
            } catch (RuntimeException e) {
                int code = lockConflict(e);
                if (code == 0) {
                    throw e;
                }
                if (attempt == ATTEMPTS) {
                    throw LedgerException.conflict("error.lockConflict");
                }
                int tried = attempt;
                LOG.fine(() -> "lock conflict " + code + " in " + call.getMethod().getName() + ", attempt " + tried);
                Thread.sleep(5L * attempt);
            }
        }
    }

    /** The MariaDB error code of a lock conflict anywhere in the cause chain, or 0. */
    static int lockConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && (sql.getErrorCode() == 1213 || sql.getErrorCode() == 1205
                    || sql.getErrorCode() == 1020)) {
                return sql.getErrorCode();
            }
        }
        return 0;
    }
}
