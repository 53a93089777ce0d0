package cn.sunledger.ledger.application.internal;

import cn.sunledger.ledger.application.AuditEntry;
import cn.sunledger.ledger.application.AuditEntry.ChangeKind;
import cn.sunledger.ledger.application.AuditEntry.FieldChange;
import cn.sunledger.ledger.application.AuditTrail;
import cn.sunledger.ledger.domain.model.notice.Notice;
import cn.sunledger.ledger.domain.model.notice.NoticeObjection;
import cn.sunledger.ledger.domain.model.notice.PolicyDocument;
import cn.sunledger.ledger.domain.model.project.Project;
import cn.sunledger.ledger.domain.model.region.Region;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.user.StaffUser;
import cn.sunledger.ledger.domain.model.user.StaffUserRepository;
import cn.sunledger.ledger.domain.service.access.AccessPolicy;
import cn.sunledger.ledger.domain.service.access.Action;
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
 * pairs. Each audited record type is registered once here, with how its id and region are found.
 */
@ApplicationScoped
@Transactional
public class DefaultAuditTrail implements AuditTrail {

    @PersistenceContext(unitName = "ledger")
    EntityManager em;

    @Inject
    StaffUserRepository users;

    private record Located(Class<?> type, Object id, RegionCode region) {
    }

    @Override
    public List<String> recordTypes() {
        return List.of("region", "user", "policy-document", "objection", "project");
    }

    @Override
    public List<AuditEntry> history(Caller caller, String recordType, String recordId) {
        Located record = locate(recordType, recordId);
        AccessPolicy.require(caller, Action.VIEW_AUDIT_TRAIL, record.region());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(record.type(), false, true)
                .add(AuditEntity.id().eq(record.id()))
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

    private Located locate(String recordType, String recordId) {
        switch (Objects.toString(recordType, "")) {
            case "region" -> {
                if (!RegionCode.isValid(recordId)) {
                    throw LedgerException.invalid("region.badCode", recordId);
                }
                return new Located(Region.class, recordId, RegionCode.of(recordId));
            }
            case "user" -> {
                StaffUser user = users.findByUsername(recordId)
                        .orElseThrow(() -> LedgerException.notFound("user.notFound", recordId));
                return new Located(StaffUser.class, user.id(), user.homeRegion());
            }
            case "policy-document" -> {
                PolicyDocument doc = em.find(PolicyDocument.class, longId(recordId));
                if (doc == null) {
                    throw LedgerException.notFound("policy.notFound", recordId);
                }
                return new Located(PolicyDocument.class, doc.id(), doc.region());
            }
            case "objection" -> {
                NoticeObjection objection = em.find(NoticeObjection.class, longId(recordId));
                if (objection == null) {
                    throw LedgerException.notFound("objection.notFound", recordId);
                }
                Notice notice = em.find(Notice.class, objection.noticeId());
                return new Located(NoticeObjection.class, objection.id(), notice.issuerRegion());
            }
            case "project" -> {
                Project project = em.find(Project.class, longId(recordId));
                if (project == null) {
                    throw LedgerException.notFound("project.notFound", recordId);
                }
                return new Located(Project.class, project.id(), project.village());
            }
            default -> throw LedgerException.notFound("audit.unknownType", recordType);
        }
    }

    private static long longId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw LedgerException.invalid("error.malformed", "id=" + id);
        }
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
