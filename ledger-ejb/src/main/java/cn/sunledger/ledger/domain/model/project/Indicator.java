package cn.sunledger.ledger.domain.model.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** One 绩效目标 indicator: kind, name, target value (as written, e.g. "≥95") and unit. */
@Embeddable
public class Indicator {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private IndicatorKind kind;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "target", nullable = false, length = 100)
    private String target;

    @Column(name = "unit", length = 20)
    private String unit;

    protected Indicator() {
    }

    public Indicator(IndicatorKind kind, String name, String target, String unit) {
        this.kind = Objects.requireNonNull(kind);
        this.name = Objects.requireNonNull(name);
        this.target = Objects.requireNonNull(target);
        this.unit = unit;
    }

    public IndicatorKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public String target() {
        return target;
    }

    public String unit() {
        return unit;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Indicator i && i.kind == kind && i.name.equals(name) && i.target.equals(target)
                && Objects.equals(i.unit, unit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, name, target, unit);
    }

    @Override
    public String toString() {
        return kind.name() + " " + name + " " + target + (unit == null ? "" : " " + unit);
    }
}
