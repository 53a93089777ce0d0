package cn.sunledger.ledger.domain.model.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Objects;

/** Part of a project's planned investment from one fund source, in 元 with two decimals. */
@Embeddable
public class FundShare {

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 30)
    private FundSource source;

    @Column(name = "amount", nullable = false, precision = 18, scale = 2)
    private BigDecimal amount;

    protected FundShare() {
    }

    public FundShare(FundSource source, BigDecimal amount) {
        this.source = Objects.requireNonNull(source);
        this.amount = Objects.requireNonNull(amount);
    }

    public FundSource source() {
        return source;
    }

    public BigDecimal amount() {
        return amount;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FundShare f && f.source == source && f.amount.compareTo(amount) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, amount.stripTrailingZeros());
    }

    @Override
    public String toString() {
        return source.name() + " " + amount.setScale(2).toPlainString();
    }
}
