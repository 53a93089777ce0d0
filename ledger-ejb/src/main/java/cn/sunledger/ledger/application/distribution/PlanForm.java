package cn.sunledger.ledger.application.distribution;

import cn.sunledger.ledger.domain.model.distribution.DistributionPurpose;
import cn.sunledger.ledger.domain.model.distribution.Meeting;
import cn.sunledger.ledger.domain.model.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A new plan as the village drafts it (api.md's example body). {@code ownerName} may be left out when the owner's
 * region has income under one owner only; {@code meetings} are those already held (more may be recorded later).
 */
public record PlanForm(String ownerRegionCode, String ownerName, LocalDate periodFrom, LocalDate periodTo,
        BigDecimal reserveRate, String flatPayoutJustification, List<Line> lines, List<Meeting> meetings) {

    public PlanForm {
        lines = List.copyOf(lines);
        meetings = List.copyOf(meetings);
    }

    public record Line(DistributionPurpose purpose, Long householdId, Money amount, String note) {
    }
}
