package cn.sunledger.ledger.infrastructure.audit;

import jakarta.enterprise.inject.spi.CDI;
import org.hibernate.envers.RevisionListener;

/**
 * Stamps each revision with the actor of the current transaction. Envers instantiates listeners itself,
 * so the actor is looked up through CDI rather than injected.
 */
public class AuditRevisionListener implements RevisionListener {

    static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revisionEntity) {
        AuditActor actor = CDI.current().select(AuditActor.class).get();
        String username = actor.username();
        ((AuditRevision) revisionEntity).stamp(username == null ? SYSTEM : username,
                username == null ? null : actor.role());
    }
}
