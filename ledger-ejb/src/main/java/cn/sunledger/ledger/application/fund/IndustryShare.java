package cn.sunledger.ledger.application.fund;

import cn.sunledger.ledger.domain.model.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The share of central 衔接资金 (CENTRAL_LINKAGE documents of the year) allocated to 产业发展 projects located in a
 * region, as of a day, against the year's target for the region.
 *
 * @param industry    allocated to projects of the 产业发展 category or one of its sub-categories
 * @param total       allocated from central 衔接资金 to any project of the region
 * @param share       industry ÷ total in percent, two decimals HALF_UP; null when nothing is allocated
 * @param belowTarget industry ÷ total is below the target (exactly, not on the rounded share); false when nothing
 *                    is allocated yet, since there is no share to fall short
 * @param byCategory  the total split by top-level project category, largest first
 */
public record IndustryShare(String regionCode, String regionName, int year, LocalDate asOf, Money industry,
        Money total, BigDecimal share, ReportTargets targets, boolean belowTarget, List<CategoryPart> byCategory) {

    /** Central 衔接资金 allocated to the projects of one top-level category (产业发展, 乡村建设行动, …). */
    public record CategoryPart(String categoryCode, String categoryName, Money allocated, BigDecimal share) {
    }

    public BigDecimal target() {
        return targets.industryShare();
    }
}
