package cn.sunledger.ledger.infrastructure.persistence;

import cn.sunledger.ledger.domain.model.shared.LedgerException;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import org.hibernate.StaleStateException;
import org.hibernate.dialect.lock.OptimisticEntityLockException;

/**
 * Two people took a step on the same record at once and the other one's transaction committed first: the
 * record's version no longer matches, and the loser is told so (409 {@code error.concurrentChange}, "reload and
 * try again") instead of a server error. Bound to every {@code @Transactional} application service (the binding
 * is {@code @Transactional} itself, so a new service cannot forget it) and ordered just outside the JTA
 * interceptor (priority 200): the version check may fail at the flush inside the method or only at commit,
 * and either way the exception arrives here wrapped by Hibernate, the persistence provider or the
 * transaction manager (RollbackException, EJBTransactionRolledbackException …), so the cause chain is searched.
 */
@Transactional
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 150)
public class ConcurrentChangeInterceptor implements Serializable {

    private static final long serialVersionUID = 1L;

    @AroundInvoke
    Object refuseLostUpdate(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (Exception e) {
            if (isConcurrentChange(e)) {
                throw LedgerException.conflict("error.concurrentChange");
            }
            throw e;
        }
    }

    static boolean isConcurrentChange(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException
                    || t instanceof OptimisticEntityLockException) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (isConcurrentChange(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }
}
