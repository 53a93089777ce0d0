package cn.sunledger.web.interfaces.web;

import cn.sunledger.ledger.domain.model.shared.Money;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Amounts as the fund screens take and show them. A typed amount may carry grouping commas (full-width too) and
 * spaces, as people copy figures from documents; what is left must be the ledger's own money text (digits, at
 * most two decimals) and above zero. Shown amounts are grouped with two decimals: 1,234,567.00.
 */
final class MoneyText {

    private MoneyText() {
    }

    /** The amount typed, or null when it is not an amount above zero with at most two decimals. */
    static Money parse(String typed) {
        if (typed == null) {
            return null;
        }
        String plain = typed.replaceAll("[\\s,，\u00a0]", "");
        Money m = Money.parse(plain);
        return m != null && m.isPositive() ? m : null;
    }

    static String show(Money amount) {
        return amount == null ? "" : show(amount.toBigDecimal());
    }

    static String show(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(amount);
    }

    /**
     * What would remain of {@code available} after the typed amount, shown live beside the field: the grouped
     * figure, negative when the amount is more than is available; null while the text is not an amount yet.
     */
    static BigDecimal after(Money available, String typed) {
        Money m = parse(typed);
        return m == null || available == null ? null : available.toBigDecimal().subtract(m.toBigDecimal());
    }
}
