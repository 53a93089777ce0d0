package cn.sunledger.ledger.application.internal;

import cn.sunledger.ledger.application.AuditEntry;
import cn.sunledger.ledger.application.AuditEntry.ChangeKind;
import cn.sunledger.ledger.application.AuditEntry.FieldChange;
import cn.sunledger.ledger.application.AuditTrail;
import cn.sunledger.ledger.application.audit.spi.AuditedRecordType;
import cn.sunledger.ledger.domain.service.access.Caller;
import cn.sunledger.ledger.infrastructure.audit.AuditRevision;
import cn.sunledger.ledger.infrastructure.audit.AuditedFields;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

/**
 * Reads Envers revisions of one record and turns consecutive snapshots into field-level before/after
 * pairs. Which records have a history, and who may read it, the {@link AuditedRecordType} beans say: the
 * record's own service decides, so a history never shows what the record's own API refuses.
 */
@ApplicationScoped
@Transactional
public class DefaultAuditTrail implements AuditTrail {

    @PersistenceContext(unitName = "ledger")
    EntityManager em;

    @Inject
    AuditedRecordTypes types;

    @Override
    public List<String> recordTypes() {
        return types.names();
    }

    @Override
    public List<AuditEntry> history(Caller caller, String recordType, String recordId) {
        AuditedRecordType record = types.of(recordType);
        Object id = record.readableId(caller, recordId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(record.entity(), false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<AuditEntry> entries = new ArrayList<>();
        Map<String, String> before = Map.of();
        for (Object[] row : rows) {
            AuditRevision revision = (AuditRevision) row[1];
            RevisionType type = (RevisionType) row[2];
            Map<String, String> after = type == RevisionType.DEL ? Map.of() : AuditedFields.read(em, row[0]);
            entries.add(new AuditEntry(revision.id(), revision.revisedAt(), revision.username(), revision.role(),
                    kindOf(type), diff(before, after)));
            before = after;
        }
        return entries;
    }

    private static List<FieldChange> diff(Map<String, String> before, Map<String, String> after) {
        List<FieldChange> changes = new ArrayList<>();
        java.util.Set<String> fields = new java.util.TreeSet<>(before.keySet());
        fields.addAll(after.keySet());
        for (String field : fields) {
            String b = before.get(field);
            String a = after.get(field);
            if (!Objects.equals(a, b)) {
                changes.add(new FieldChange(field, b, a));
            }
        }
        return changes;
    }

    private static ChangeKind kindOf(RevisionType type) {
        return switch (type) {
            case ADD -> ChangeKind.CREATED;
            case MOD -> ChangeKind.MODIFIED;
            case DEL -> ChangeKind.DELETED;
        };
    }
}
