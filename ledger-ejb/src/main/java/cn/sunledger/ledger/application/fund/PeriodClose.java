package cn.sunledger.ledger.application.fund;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A closed period of a region's journal (api.md POST /journal/periods/close). */
public record PeriodClose(String regionCode, String period, LocalDateTime closedAt, long entries, BigDecimal debitTotal,
        String lastEntryNo, String lastHash) {
}
