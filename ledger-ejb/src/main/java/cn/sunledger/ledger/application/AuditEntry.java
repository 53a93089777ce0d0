package cn.sunledger.ledger.application;

import java.time.LocalDateTime;
import java.util.List;

/** One change to one record: when, by whom, what kind, and each field's value before and after. */
public record AuditEntry(long revision, LocalDateTime at, String username, String role, ChangeKind kind,
        List<FieldChange> changes) {

    public enum ChangeKind { CREATED, MODIFIED, DELETED }

    public record FieldChange(String field, String before, String after) {
    }
}
