package cn.sunledger.ledger.application.fund;

import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * 资金执行进度: for the fund documents of a year in a region, what was allocated and paid as of a day, by source and
 * by project — every figure a sum of journal lines dated up to that day, reversals included.
 */
public record FundExecution(String regionCode, int year, LocalDate asOf, List<Line> bySource, List<Line> byProject,
        Line total) {

    /**
     * One row: a source (code and name) or a project (id, code and name).
     *
     * @param remaining what is allocated and not yet paid
     * @param rate      支出进度: paid ÷ allocated in percent with one decimal, null when nothing is allocated
     */
    public record Line(FundSource source, Long projectId, String projectCode, String projectName, Money allocated,
            Money disbursed, Money remaining, BigDecimal rate) {

        public static Line of(FundSource source, Long projectId, String code, String name, Money allocated,
                Money disbursed) {
            BigDecimal rate = allocated.isPositive() ? disbursed.toBigDecimal().multiply(BigDecimal.valueOf(100))
                    .divide(allocated.toBigDecimal(), 1, RoundingMode.HALF_UP) : null;
            return new Line(source, projectId, code, name, allocated, disbursed, allocated.minus(disbursed), rate);
        }
    }
}
