package cn.sunledger.ledger.application.fund;

import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * 项目管理费 against its cap: per capped source (central and provincial 衔接资金), what the year's documents of that
 * source allocated to 项目管理费 projects of the region, as of a day, against the cap's share of all that source
 * allocated there.
 */
public record ManagementFeeCheck(String regionCode, String regionName, int year, LocalDate asOf, ReportTargets targets,
        List<Line> lines) {

    /**
     * @param base      allocated from the source to any project of the region
     * @param fee       of which to 项目管理费 projects
     * @param rate      fee ÷ base in percent, two decimals HALF_UP; null when nothing is allocated
     * @param cap       the cap in percent of the base
     * @param capAmount cap% of the base, HALF_UP to the fen
     * @param aboveCap  fee ÷ base exceeds the cap (exactly)
     */
    public record Line(FundSource source, Money base, Money fee, BigDecimal rate, BigDecimal cap, Money capAmount,
            boolean aboveCap) {

        public static Line of(FundSource source, Money base, Money fee, BigDecimal cap) {
            return new Line(source, base, fee, ReportRates.share(fee, base), cap, ReportRates.percentOf(base, cap),
                    ReportRates.above(fee, base, cap));
        }
    }

    /** Is any source's fee above its cap? */
    public boolean anyAboveCap() {
        return lines.stream().anyMatch(Line::aboveCap);
    }
}
