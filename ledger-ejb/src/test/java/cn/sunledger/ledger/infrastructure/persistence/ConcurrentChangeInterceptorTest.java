package cn.sunledger.ledger.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import org.hibernate.StaleObjectStateException;
import org.junit.jupiter.api.Test;

class ConcurrentChangeInterceptorTest {

    @Test
    void aStaleVersionIsFoundHoweverItIsWrapped() {
        assertTrue(ConcurrentChangeInterceptor.isConcurrentChange(new OptimisticLockException("row was updated")));
        RollbackException atCommit = new RollbackException("ARJUNA016053: Could not commit transaction.");
        atCommit.initCause(new PersistenceException(new StaleObjectStateException("Project", 7L)));
        assertTrue(ConcurrentChangeInterceptor.isConcurrentChange(atCommit));
        assertTrue(ConcurrentChangeInterceptor.isConcurrentChange(new EJBTransactionRolledbackException("rolled back",
                new OptimisticLockException())));
        RuntimeException suppressing = new IllegalStateException("commit failed");
        suppressing.addSuppressed(new StaleObjectStateException("StaffUser", 3L));
        assertTrue(ConcurrentChangeInterceptor.isConcurrentChange(suppressing));
    }

    @Test
    void otherFailuresAreLeftAlone() {
        assertFalse(ConcurrentChangeInterceptor.isConcurrentChange(new PersistenceException("duplicate key")));
        assertFalse(ConcurrentChangeInterceptor.isConcurrentChange(new RollbackException("timeout")));
    }
}
