package cn.sunledger.ledger.infrastructure.persistence.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;

/**
 * The running transaction's JDBC connection, for the stores that write or read with plain SQL (the journal, its
 * guards and reads, the sequences, the calendar, assets): the same connection and transaction as the JPA work
 * around them, so a posting's SQL and its entities commit or roll back together. One place instead of a private
 * copy in every store.
 */
@ApplicationScoped
public class TransactionJdbc {

    @PersistenceContext(unitName = "ledger")
    EntityManager em;

    /** Runs {@code work} on the current transaction's connection; the connection is not closed. */
    public <T> T work(ReturningWork<T> work) {
        return em.unwrap(Session.class).doReturningWork(work);
    }
}
