package cn.sunledger.ledger.application.audit.spi;

import cn.sunledger.ledger.domain.service.access.Caller;

/**
 * One kind of record with a change history. Each part of the ledger registers its audited records as CDI
 * beans implementing this, as it registers its notice types; the audit trail finds them all and never
 * decides on its own who may read a history: a record's history is readable exactly by those who may read
 * the record, so {@link #readableId} asks the record's own service.
 */
public interface AuditedRecordType {

    /** The name in the API path {@code /api/audit/{type}/{id}}, e.g. user, project. */
    String type();

    /** The entity whose Envers revisions make up the history. */
    Class<?> entity();

    /**
     * The entity id of record {@code recordId}, once the record's own service has let the caller read it:
     * a NOT_FOUND LedgerException for an unknown record, FORBIDDEN for one the caller may not read.
     */
    Object readableId(Caller caller, String recordId);
}
