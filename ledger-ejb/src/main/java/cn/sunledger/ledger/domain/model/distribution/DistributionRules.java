package cn.sunledger.ledger.domain.model.distribution;

import java.math.BigDecimal;

/**
 * The configurable figures of a distribution plan: the range the 公积公益金 rate must lie in (domain.md §6: e.g.
 * 10–30%) and the share of the distributable income that flat equal payments per head may take before the plan needs
 * a written justification (一分了之). Defaults 0.10–0.30 and 0.30; a server may set others with the system properties
 * {@code sunledger.distribution.reserveRate.min}, {@code .max} and {@code sunledger.distribution.flatShare.max}.
 */
public record DistributionRules(BigDecimal minReserveRate, BigDecimal maxReserveRate, BigDecimal flatShareLimit) {

    public static final DistributionRules DEFAULT = new DistributionRules(new BigDecimal("0.10"),
            new BigDecimal("0.30"), new BigDecimal("0.30"));

    public DistributionRules {
        if (minReserveRate.signum() < 0 || maxReserveRate.compareTo(BigDecimal.ONE) > 0
                || minReserveRate.compareTo(maxReserveRate) > 0) {
            throw new IllegalArgumentException("reserve rate range " + minReserveRate + "–" + maxReserveRate);
        }
        if (flatShareLimit.signum() < 0 || flatShareLimit.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("flat share limit " + flatShareLimit);
        }
    }

    /** The defaults, overridden by whichever of the three system properties are set. */
    public static DistributionRules fromSystemProperties() {
        return new DistributionRules(
                decimal("sunledger.distribution.reserveRate.min", DEFAULT.minReserveRate),
                decimal("sunledger.distribution.reserveRate.max", DEFAULT.maxReserveRate),
                decimal("sunledger.distribution.flatShare.max", DEFAULT.flatShareLimit));
    }

    private static BigDecimal decimal(String property, BigDecimal fallback) {
        String v = System.getProperty(property);
        return v == null || v.isBlank() ? fallback : new BigDecimal(v.strip());
    }
}
