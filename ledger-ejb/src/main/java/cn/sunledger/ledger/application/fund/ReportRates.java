package cn.sunledger.ledger.application.fund;

import cn.sunledger.ledger.domain.model.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How the reports turn two sums into a rate, in one place: a percentage rounded HALF_UP — 支出进度 to one decimal
 * (as the execution report has always shown it), shares and fee rates to two. Comparisons with a target or a cap
 * are made on the exact amounts, never on the rounded percentage, so 59.996% is below a 60% target even though
 * it is shown as 60.00.
 */
public final class ReportRates {

    public static final int EXECUTION_SCALE = 1;
    public static final int SHARE_SCALE = 2;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ReportRates() {
    }

    /** 支出进度: part ÷ whole in percent, one decimal; null when the whole is zero. */
    public static BigDecimal execution(Money part, Money whole) {
        return percent(part, whole, EXECUTION_SCALE);
    }

    /** A share or fee rate: part ÷ whole in percent, two decimals; null when the whole is zero. */
    public static BigDecimal share(Money part, Money whole) {
        return percent(part, whole, SHARE_SCALE);
    }

    /** part ÷ whole &lt; percent ÷ 100, exactly (part × 100 &lt; whole × percent). */
    public static boolean below(Money part, Money whole, BigDecimal percent) {
        return part.toBigDecimal().multiply(HUNDRED).compareTo(whole.toBigDecimal().multiply(percent)) < 0;
    }

    /** part ÷ whole &gt; percent ÷ 100, exactly. */
    public static boolean above(Money part, Money whole, BigDecimal percent) {
        return part.toBigDecimal().multiply(HUNDRED).compareTo(whole.toBigDecimal().multiply(percent)) > 0;
    }

    /** {@code percent}% of an amount, rounded HALF_UP to the fen. */
    public static Money percentOf(Money amount, BigDecimal percent) {
        return Money.of(amount.toBigDecimal().multiply(percent).divide(HUNDRED, 2, RoundingMode.HALF_UP));
    }

    private static BigDecimal percent(Money part, Money whole, int scale) {
        return whole.isPositive() ? part.toBigDecimal().multiply(HUNDRED).divide(whole.toBigDecimal(), scale,
                RoundingMode.HALF_UP) : null;
    }
}
