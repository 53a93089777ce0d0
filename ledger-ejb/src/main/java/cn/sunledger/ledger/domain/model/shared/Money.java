package cn.sunledger.ledger.domain.model.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount in 元 with exactly two decimals, as the ledger stores it (DECIMAL(18,2)): never a float, never more
 * than 16 integer digits, never negative (a movement's direction is its debit or credit side, not its sign).
 * The one money type of the ledger; JSON carries it as a string ("800000.00").
 */
public final class Money implements Comparable<Money> {

    /** What the API accepts: digits with at most two decimals, no sign, no exponent, no grouping. */
    public static final Pattern TEXT = Pattern.compile("\\d{1,16}(\\.\\d{1,2})?");
    public static final Money ZERO = new Money(BigDecimal.ZERO);
    private static final BigDecimal LIMIT = new BigDecimal("10000000000000000"); // 10^16: DECIMAL(18,2) overflows here

    private final BigDecimal amount;

    private Money(BigDecimal amount) {
        this.amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** @throws IllegalArgumentException when the value has more than two decimals, is negative or overflows */
    public static Money of(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("negative amount: " + amount.toPlainString());
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("more than two decimals: " + amount.toPlainString());
        }
        if (amount.compareTo(LIMIT) >= 0) {
            throw new IllegalArgumentException("amount too large: " + amount.toPlainString());
        }
        return new Money(amount);
    }

    /** Parses the API's text form; null when the text is not one (the caller names the field in its refusal). */
    public static Money parse(String text) {
        if (text == null || !TEXT.matcher(text).matches()) {
            return null;
        }
        return of(new BigDecimal(text));
    }

    public Money plus(Money other) {
        // two amounts of scale 2, neither negative: their sum has scale 2 and is not negative, so only the limit is
        // left to check (a report adds tens of thousands of amounts; the full check of of() was most of its cost)
        BigDecimal sum = amount.add(other.amount);
        if (sum.compareTo(LIMIT) >= 0) {
            throw new IllegalArgumentException("amount too large: " + sum.toPlainString());
        }
        return new Money(sum);
    }

    /** @throws IllegalArgumentException when the result would be negative */
    public Money minus(Money other) {
        return of(amount.subtract(other.amount));
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean exceeds(Money other) {
        return compareTo(other) > 0;
    }

    public BigDecimal toBigDecimal() {
        return amount;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && amount.equals(m.amount);
    }

    @Override
    public int hashCode() {
        return amount.hashCode();
    }

    /** "800000.00": the plain text form, as stored, hashed and sent. */
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
