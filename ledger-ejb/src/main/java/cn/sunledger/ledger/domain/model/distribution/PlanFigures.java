package cn.sunledger.ledger.domain.model.distribution;

import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Money;
import cn.sunledger.ledger.domain.model.shared.Violation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan's arithmetic and the checks that explain themselves (domain.md §6): what is available (the owner's income
 * of the period less what earlier plans took), the 公积公益金 taken first at the plan's rate (rounded to the fen,
 * half up), what is left to distribute, and whether the lines use exactly that; the share flat equal payments per
 * head take (一分了之) and the share going to 监测户 and 脱贫户.
 */
public record PlanFigures(Money income, Money earlierPlans, BigDecimal reserveRate, List<PlanLine> lines) {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public PlanFigures {
        lines = List.copyOf(lines);
    }

    /** The income of the period not taken by earlier plans (never below nothing: a reversed income leaves none). */
    public Money available() {
        return income.exceeds(earlierPlans) ? income.minus(earlierPlans) : Money.ZERO;
    }

    public Money reserve() {
        return Money.of(available().toBigDecimal().multiply(reserveRate).setScale(2, RoundingMode.HALF_UP));
    }

    /** What the lines must use: available − reserve. */
    public Money distributable() {
        return available().minus(reserve());
    }

    public Money linesTotal() {
        Money sum = Money.ZERO;
        for (PlanLine l : lines) {
            sum = sum.plus(l.amount());
        }
        return sum;
    }

    public boolean balanced() {
        return linesTotal().equals(distributable());
    }

    /**
     * The flat payments: the largest group (two households or more) of household lines of 到户收益分配 paying the same
     * amount per head, whatever the household's situation — the 简单发钱 the rules warn of.
     */
    public FlatPayout flatPayout() {
        Map<BigDecimal, List<PlanLine>> byHead = new HashMap<>();
        for (PlanLine l : lines) {
            if (l.purpose() == DistributionPurpose.HOUSEHOLD_SUPPORT && l.household() != null) {
                BigDecimal perHead = l.amount().toBigDecimal().divide(BigDecimal.valueOf(l.household().members()), 2,
                        RoundingMode.HALF_UP);
                byHead.computeIfAbsent(perHead, k -> new ArrayList<>()).add(l);
            }
        }
        FlatPayout largest = new FlatPayout(0, Money.ZERO, Money.ZERO, BigDecimal.ZERO);
        for (Map.Entry<BigDecimal, List<PlanLine>> e : byHead.entrySet()) {
            if (e.getValue().size() < 2) {
                continue;
            }
            Money total = Money.ZERO;
            for (PlanLine l : e.getValue()) {
                total = total.plus(l.amount());
            }
            if (total.exceeds(largest.total())) {
                largest = new FlatPayout(e.getValue().size(), Money.of(e.getKey()), total, share(total,
                        distributable()));
            }
        }
        return largest;
    }

    /** Flat equal payments of {@code households} households at {@code perHead} a head, {@code share} of the total. */
    public record FlatPayout(int households, Money perHead, Money total, BigDecimal share) {
    }

    /** Σ of the lines to 监测户 and 脱贫户. */
    public Money toPriorityHouseholds() {
        Money sum = Money.ZERO;
        for (PlanLine l : lines) {
            if (l.toPriorityHousehold()) {
                sum = sum.plus(l.amount());
            }
        }
        return sum;
    }

    /** The share (0–1, four decimals) of the lines' total going to 监测户 and 脱贫户. */
    public BigDecimal priorityShare() {
        return share(toPriorityHouseholds(), linesTotal());
    }

    private static BigDecimal share(Money part, Money whole) {
        return whole.isPositive() ? part.toBigDecimal().divide(whole.toBigDecimal(), 4, RoundingMode.HALF_UP)
                : BigDecimal.ZERO;
    }

    /** A rate or share as the messages print it: 20%, 12.5%. */
    public static String percent(BigDecimal share) {
        return share.multiply(HUNDRED).stripTrailingZeros().toPlainString() + "%";
    }

    /**
     * Every rule a plan must meet before it is recorded, each refusal naming its field (422, all at once): the rate in
     * range, something available, lines of allowed uses (the banned ones with the reason), OTHER with its note, a
     * household line to a household of the owner's village, Σ lines = available − reserve with the figures, and a
     * written justification where flat payments exceed the limit.
     */
    public void check(DistributionRules rules, String ownerVillage, String flatJustification) {
        List<Violation> v = new ArrayList<>();
        if (reserveRate.compareTo(rules.minReserveRate()) < 0 || reserveRate.compareTo(rules.maxReserveRate()) > 0) {
            v.add(Violation.ofField("reserveRate", "distribution.reserveRateRange", percent(reserveRate),
                    percent(rules.minReserveRate()), percent(rules.maxReserveRate())));
        }
        if (!available().isPositive()) {
            v.add(Violation.ofField("periodFrom", "distribution.nothingAvailable", income.toString(),
                    earlierPlans.toString()));
        }
        if (lines.isEmpty()) {
            v.add(Violation.ofField("lines", "distribution.noLines"));
        }
        for (int i = 0; i < lines.size(); i++) {
            PlanLine l = lines.get(i);
            String at = "lines[" + i + "].";
            if (l.purpose().banned()) {
                v.add(Violation.ofField(at + "purpose", "distribution.purposeBanned", l.purpose().chineseName()));
            } else if (l.purpose() == DistributionPurpose.RESERVE) {
                v.add(Violation.ofField(at + "purpose", "distribution.reserveIsTheRate"));
            }
            if (l.purpose().needsNote() && l.note() == null) {
                v.add(Violation.ofField(at + "note", "distribution.otherNeedsNote"));
            }
            if (l.purpose() == DistributionPurpose.HOUSEHOLD_SUPPORT && l.householdId() == null) {
                v.add(Violation.ofField(at + "householdId", "distribution.householdLineNeedsHousehold"));
            }
            if (l.household() != null && !l.household().villageCode().equals(ownerVillage)) {
                v.add(Violation.ofField(at + "householdId", "distribution.householdOutsideVillage",
                        String.valueOf(l.householdId()), ownerVillage));
            }
        }
        if (!lines.isEmpty() && available().isPositive() && !balanced()) {
            v.add(Violation.ofField("lines", "distribution.linesUnbalanced", linesTotal().toString(),
                    distributable().toString(), income.toString(), earlierPlans.toString(), available().toString(),
                    percent(reserveRate), reserve().toString()));
        }
        FlatPayout flat = flatPayout();
        if (flat.share().compareTo(rules.flatShareLimit()) > 0
                && (flatJustification == null || flatJustification.isBlank())) {
            v.add(Violation.ofField("flatPayoutJustification", "distribution.flatPayoutNeedsJustification",
                    flat.households(), flat.perHead().toString(), percent(flat.share()),
                    percent(rules.flatShareLimit())));
        }
        if (!v.isEmpty()) {
            throw new LedgerException(LedgerException.Kind.RULE, v.get(0).messageKey(), v, v.get(0).args());
        }
    }
}
