package cn.sunledger.ledger.infrastructure.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One Envers revision: a transaction that changed audited data, stamped with who made it. */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private Long id;

    @RevisionTimestamp
    @Column(name = "revised_at", nullable = false)
    private LocalDateTime revisedAt;

    @Column(name = "username", nullable = false, length = 64)
    private String username;

    @Column(name = "role", length = 40)
    private String role;

    void stamp(String actor, String actorRole) {
        this.username = actor;
        this.role = actorRole;
    }

    public Long id() {
        return id;
    }

    public LocalDateTime revisedAt() {
        return revisedAt;
    }

    public String username() {
        return username;
    }

    public String role() {
        return role;
    }
}
