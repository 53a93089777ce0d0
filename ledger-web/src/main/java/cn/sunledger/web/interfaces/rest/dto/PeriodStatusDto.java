package cn.sunledger.web.interfaces.rest.dto;

import cn.sunledger.ledger.application.fund.PeriodStatus;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * A month or the year of a ledger region's journal (api.md GET /journal/periods): {@code status} is "open" or
 * "closed"; a closed one carries what closing recorded.
 */
public record PeriodStatusDto(String period, String status, OffsetDateTime closedAt, Long entries, String debitTotal,
        String lastEntryNo, String lastHash) {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public static PeriodStatusDto of(PeriodStatus p) {
        return new PeriodStatusDto(p.period(), p.closed() ? "closed" : "open",
                p.closedAt() == null ? null : p.closedAt().atZone(ZONE).toOffsetDateTime(), p.entries(),
                p.debitTotal() == null ? null : p.debitTotal().setScale(2).toPlainString(), p.lastEntryNo(),
                p.lastHash());
    }
}
