package cn.sunledger.ledger.domain.service.access;

/**
 * Everything a staff user may be allowed to do. Each part of the ledger adds its actions here and its
 * row in {@link AccessPolicy}; nothing else decides who may do what.
 */
public enum Action {
    VIEW_REGIONS,
    IMPORT_REGIONS,
    VIEW_USERS,
    MANAGE_USERS,
    VIEW_AUDIT_TRAIL,
    VIEW_NOTICES,
    DRAFT_NOTICE,
    PUBLISH_NOTICE,
    RECORD_POSTING,
    RECORD_OBJECTION,
    RESOLVE_OBJECTION,
    MANAGE_POLICY_DOCUMENTS
}
