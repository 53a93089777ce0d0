package cn.sunledger.ledger.application.fund;

import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * 资金执行进度: for the fund documents of a year, what was allocated to and paid for the projects located in a
 * region as of a day — by fund source, by county, by township and by project, every figure a sum of journal lines
 * dated up to that day, reversals included.
 */
public record FundExecution(String regionCode, String regionName, int year, LocalDate asOf, List<Line> bySource,
        List<Line> byCounty, List<Line> byTownship, List<Line> byProject, Line total) {

    /**
     * One row: a source, a region (county or township, code and name) or a project (id, code and name).
     *
     * @param remaining what is allocated and not yet paid
     * @param rate      支出进度: paid ÷ allocated in percent, {@link ReportRates#EXECUTION_SCALE} decimals, null when
     *                  nothing is allocated
     */
    public record Line(FundSource source, String regionCode, String regionName, Long projectId, String projectCode,
            String projectName, Money allocated, Money disbursed, Money remaining, BigDecimal rate) {

        public static Line ofSource(FundSource source, Money allocated, Money disbursed) {
            return new Line(source, null, null, null, null, null, allocated, disbursed, allocated.minus(disbursed),
                    ReportRates.execution(disbursed, allocated));
        }

        public static Line ofRegion(String code, String name, Money allocated, Money disbursed) {
            return new Line(null, code, name, null, null, null, allocated, disbursed, allocated.minus(disbursed),
                    ReportRates.execution(disbursed, allocated));
        }

        public static Line ofProject(long id, String code, String name, Money allocated, Money disbursed) {
            return new Line(null, null, null, id, code, name, allocated, disbursed, allocated.minus(disbursed),
                    ReportRates.execution(disbursed, allocated));
        }

        public static Line total(Money allocated, Money disbursed) {
            return new Line(null, null, null, null, null, null, allocated, disbursed, allocated.minus(disbursed),
                    ReportRates.execution(disbursed, allocated));
        }
    }
}
