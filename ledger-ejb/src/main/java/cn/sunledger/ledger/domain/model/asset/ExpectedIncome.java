package cn.sunledger.ledger.domain.model.asset;

import cn.sunledger.ledger.domain.model.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an asset's operation terms lead one to expect per calendar year: the 预期年收益 for the days of the year that
 * lie within the operated term — the contract's term when it has one, else from the day operation was recorded —
 * up to the end of the term or the end of the current year. A year partly covered expects that part, by days.
 */
public final class ExpectedIncome {

    private ExpectedIncome() {
    }

    /** Year by year, oldest first; empty when no expectation or no start is known. */
    public static Map<Integer, Money> byYear(Money annual, LocalDate operatedFrom, LocalDate contractFrom,
            LocalDate contractTo, LocalDate today) {
        Map<Integer, Money> years = new LinkedHashMap<>();
        LocalDate from = contractFrom != null ? contractFrom : operatedFrom;
        if (annual == null || !annual.isPositive() || from == null) {
            return years;
        }
        LocalDate lastDay = LocalDate.of(today.getYear(), 12, 31);
        LocalDate to = contractTo != null && contractTo.isBefore(lastDay) ? contractTo : lastDay;
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            LocalDate first = LocalDate.of(year, 1, 1);
            LocalDate last = LocalDate.of(year, 12, 31);
            LocalDate start = from.isAfter(first) ? from : first;
            LocalDate end = to.isBefore(last) ? to : last;
            long days = ChronoUnit.DAYS.between(start, end) + 1;
            long yearDays = first.lengthOfYear();
            years.put(year, days == yearDays ? annual : Money.of(annual.toBigDecimal().multiply(BigDecimal.valueOf(days))
                    .divide(BigDecimal.valueOf(yearDays), 2, RoundingMode.HALF_UP)));
        }
        return years;
    }
}
