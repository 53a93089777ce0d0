package cn.sunledger.ledger.application.internal;

import cn.sunledger.ledger.application.audit.spi.AuditedRecordType;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Every AuditedRecordType bean of the deployment, by type name; two beans for one name are refused. */
@ApplicationScoped
public class AuditedRecordTypes {

    @Inject
    @Any
    Instance<AuditedRecordType> beans;

    private final Map<String, AuditedRecordType> byType = new TreeMap<>();

    @PostConstruct
    void collect() {
        for (AuditedRecordType type : beans) {
            AuditedRecordType clash = byType.put(type.type(), type);
            if (clash != null) {
                throw new IllegalStateException("two audited record types for " + type.type());
            }
        }
    }

    /** The type of that name; an unknown one is a 404, as an unknown path would be. */
    public AuditedRecordType of(String type) {
        AuditedRecordType found = type == null ? null : byType.get(type);
        if (found == null) {
            throw LedgerException.notFound("audit.unknownType", String.valueOf(type));
        }
        return found;
    }

    public List<String> names() {
        return List.copyOf(byType.keySet());
    }

    /** A numeric record id; anything else names no record (404), as the record's own path would say. */
    public static long numericId(String recordId, String notFoundKey) {
        try {
            return Long.parseLong(recordId);
        } catch (NumberFormatException e) {
            throw LedgerException.notFound(notFoundKey, String.valueOf(recordId));
        }
    }
}
