package cn.sunledger.ledger.infrastructure.audit;

import jakarta.transaction.TransactionScoped;
import java.io.Serializable;

/**
 * Who is changing data in the current transaction. Application services that write set it from their
 * caller; the Envers listener reads it when it stamps the revision. Transaction-scoped so that work done
 * outside an HTTP request (start-up loaders, tests) is attributed too.
 */
@TransactionScoped
public class AuditActor implements Serializable {

    private static final long serialVersionUID = 1L;
    private String username;
    private String role;

    public void set(String actorUsername, String actorRole) {
        this.username = actorUsername;
        this.role = actorRole;
    }

    public String username() {
        return username;
    }

    public String role() {
        return role;
    }
}
