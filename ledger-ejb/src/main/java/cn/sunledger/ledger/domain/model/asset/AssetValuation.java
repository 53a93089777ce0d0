package cn.sunledger.ledger.domain.model.asset;

import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * 原值 from what the source projects actually disbursed. Each project gives the asset its share of the 原值; that
 * part is split over the project's fund sources in proportion to the money of each source the project paid and no
 * earlier asset carries yet. An entered 原值 may not need more of any project than that (422 with the figures);
 * without one, the asset takes the most the shares allow: min over the projects of uncarried ÷ share. Cents are
 * shared out by largest remainder, so the parts add up exactly and none exceeds what its source has left.
 */
public final class AssetValuation {

    /** A source project as the valuation needs it: its share of the asset and its uncarried payments by source. */
    public record Source(long projectId, String projectCode, BigDecimal share, Map<FundSource, Money> uncarried,
            Money disbursed) {

        Money uncarriedTotal() {
            return uncarried.values().stream().reduce(Money.ZERO, Money::plus);
        }
    }

    /** The asset's 原值 and its parts by project and fund source. */
    public record Result(Money originalValue, List<ValuePart> parts) {
    }

    private AssetValuation() {
    }

    public static Result of(List<Source> sources, Money entered) {
        Money value = entered != null ? entered : largestAllowed(sources);
        if (!value.isPositive()) {
            throw Refusals.rule(entered != null ? "originalValue" : "sourceProjects", "asset.nothingSpent",
                    String.join("、", sources.stream().map(Source::projectCode).toList()));
        }
        List<Money> byProject = apportion(value, sources.stream().map(Source::share).toList());
        List<ValuePart> parts = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            Source src = sources.get(i);
            Money part = byProject.get(i);
            Money left = src.uncarriedTotal();
            if (part.exceeds(left)) {
                throw Refusals.rule("originalValue", "asset.valueExceedsSpent", value, src.projectCode(), part,
                        src.disbursed(), src.disbursed().minus(left), left);
            }
            List<FundSource> kinds = new ArrayList<>(src.uncarried().keySet());
            List<BigDecimal> weights = kinds.stream()
                    .map(k -> left.isPositive() ? src.uncarried().get(k).toBigDecimal()
                            .divide(left.toBigDecimal(), 20, RoundingMode.HALF_EVEN) : BigDecimal.ZERO).toList();
            List<Money> split = apportion(part, weights);
            for (int k = 0; k < kinds.size(); k++) {
                if (split.get(k).isPositive()) {
                    parts.add(new ValuePart(src.projectId(), kinds.get(k), split.get(k)));
                }
            }
        }
        return new Result(value, List.copyOf(parts));
    }

    /** min over the sources of uncarried ÷ share, in whole cents downwards. */
    static Money largestAllowed(List<Source> sources) {
        BigDecimal best = null;
        for (Source src : sources) {
            BigDecimal allowed = src.uncarriedTotal().toBigDecimal().divide(src.share(), 2, RoundingMode.DOWN);
            best = best == null || allowed.compareTo(best) < 0 ? allowed : best;
        }
        return best == null ? Money.ZERO : Money.of(best);
    }

    /**
     * Splits {@code total} by {@code weights} (summing to 1, or all zero) in whole cents: each part is its exact share
     * rounded down, and the cents left over go one each to the largest remainders.
     */
    static List<Money> apportion(Money total, List<BigDecimal> weights) {
        long cents = total.toBigDecimal().movePointRight(2).longValueExact();
        long[] parts = new long[weights.size()];
        BigDecimal[] remainders = new BigDecimal[weights.size()];
        long given = 0;
        for (int i = 0; i < weights.size(); i++) {
            BigDecimal exact = weights.get(i).multiply(BigDecimal.valueOf(cents));
            parts[i] = exact.setScale(0, RoundingMode.DOWN).longValueExact();
            remainders[i] = exact.subtract(BigDecimal.valueOf(parts[i]));
            given += parts[i];
        }
        boolean anyWeight = weights.stream().anyMatch(w -> w.signum() > 0);
        while (anyWeight && given < cents) {
            int best = 0;
            for (int i = 1; i < remainders.length; i++) {
                if (remainders[i].compareTo(remainders[best]) > 0) {
                    best = i;
                }
            }
            parts[best]++;
            remainders[best] = remainders[best].subtract(BigDecimal.ONE);
            given++;
        }
        List<Money> out = new ArrayList<>(parts.length);
        for (long p : parts) {
            out.add(Money.of(BigDecimal.valueOf(p, 2)));
        }
        return out;
    }

    /** The uncarried payments of a project by source: what it paid less what earlier assets carry. */
    public static Map<FundSource, Money> uncarried(Map<FundSource, Money> paid, Map<FundSource, Money> carried) {
        Map<FundSource, Money> left = new EnumMap<>(FundSource.class);
        paid.forEach((source, amount) -> {
            Money c = carried.getOrDefault(source, Money.ZERO);
            if (amount.exceeds(c)) {
                left.put(source, amount.minus(c));
            }
        });
        return left;
    }
}
