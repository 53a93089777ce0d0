package cn.sunledger.ledger.application.fund;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A month ("2026-03") or the year ("2026") of a ledger region's journal, open or closed; a closed one carries
 * what closing recorded (api.md GET /journal/periods).
 */
public record PeriodStatus(String period, boolean closed, LocalDateTime closedAt, Long entries, BigDecimal debitTotal,
        String lastEntryNo, String lastHash) {

    public boolean isYear() {
        return period.length() == 4;
    }
}
