package cn.sunledger.ledger.application.project;

import cn.sunledger.ledger.domain.model.fund.EntryKind;
import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.shared.Money;
import java.time.LocalDate;

/**
 * One journal entry that moved a project's money: its number, date, kind, source and amount, and for a reversal
 * the entry it reverses.
 */
public record ProjectEntry(String entryNo, LocalDate entryDate, EntryKind kind, FundSource source, Money amount,
        String reverses) {
}
