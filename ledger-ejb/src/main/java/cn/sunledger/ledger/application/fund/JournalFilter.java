package cn.sunledger.ledger.application.fund;

import cn.sunledger.ledger.domain.model.fund.EntryKind;

/**
 * Filters of the journal list: a ledger region's year, and optionally a month (1–12) of the entry date, a kind,
 * and the entries that touch a project or a fund document (through any of their lines).
 */
public record JournalFilter(String regionCode, int year, Integer month, EntryKind kind, Long projectId,
        Long documentId) {
}
