package cn.sunledger.ledger.domain.model.project;

/** One field of a project record that an adjustment changes: its code, its Chinese label, before and after. */
public record FieldChange(String field, String label, String before, String after) {
}
