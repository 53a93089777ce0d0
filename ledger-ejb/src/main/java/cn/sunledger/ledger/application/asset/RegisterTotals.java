package cn.sunledger.ledger.application.asset;

import cn.sunledger.ledger.domain.model.asset.AssetClass;
import cn.sunledger.ledger.domain.model.asset.AssetStatus;
import cn.sunledger.ledger.domain.model.asset.OwnerLevel;
import cn.sunledger.ledger.domain.model.shared.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The county 总账 of a register: how many assets and their Σ原值, in all and by class, by status, by owner level and
 * by township, added up from the rows as they stream past (nothing is stored: each register is derived anew).
 * An asset not yet handed over has no status; it counts under 未定 ({@code null} key), as one without owners does.
 */
public final class RegisterTotals {

    /** A count and Σ原值. */
    public record Line(String key, String name, long count, Money originalValue) {
    }

    private final LocalDate asOf;
    private long count;
    private Money sum = Money.ZERO;
    private final Map<String, Acc> byClass = new LinkedHashMap<>();
    private final Map<String, Acc> byStatus = new LinkedHashMap<>();
    private final Map<String, Acc> byOwnerLevel = new LinkedHashMap<>();
    private final Map<String, Acc> byTownship = new LinkedHashMap<>();

    public RegisterTotals(LocalDate asOf) {
        this.asOf = asOf;
        for (AssetClass c : AssetClass.values()) {
            byClass.put(c.name(), new Acc(c.chineseName()));
        }
        for (AssetStatus s : AssetStatus.values()) {
            byStatus.put(s.name(), new Acc(s.chineseName()));
        }
        for (OwnerLevel l : OwnerLevel.values()) {
            byOwnerLevel.put(l.name(), new Acc(l.chineseName()));
        }
    }

    public void add(RegisterRow row) {
        count++;
        sum = sum.plus(row.originalValue());
        byClass.get(row.assetClass().name()).add(row.originalValue());
        (row.status() == null ? byStatus.computeIfAbsent(null, k -> new Acc(UNDECIDED))
                : byStatus.get(row.status().name())).add(row.originalValue());
        (row.ownerLevel() == null ? byOwnerLevel.computeIfAbsent(null, k -> new Acc(UNDECIDED))
                : byOwnerLevel.get(row.ownerLevel().name())).add(row.originalValue());
        byTownship.computeIfAbsent(row.townshipCode(), k -> new Acc(row.townshipName())).add(row.originalValue());
    }

    /** The label of an asset without status or owner level yet (登记 or 确权, not handed over). */
    public static final String UNDECIDED = "未定";

    public LocalDate asOf() {
        return asOf;
    }

    public long count() {
        return count;
    }

    public Money originalValue() {
        return sum;
    }

    public List<Line> byClass() {
        return lines(byClass, false);
    }

    /** Every status, also those no asset has (a register shows 闲置 0 as plainly as 闲置 3). */
    public List<Line> byStatus() {
        return lines(byStatus, false);
    }

    public List<Line> byOwnerLevel() {
        return lines(byOwnerLevel, false);
    }

    /** The townships that hold assets, in code order. */
    public List<Line> byTownship() {
        return lines(byTownship, true);
    }

    private static List<Line> lines(Map<String, Acc> map, boolean sortByKey) {
        List<Line> out = new ArrayList<>();
        map.forEach((k, a) -> out.add(new Line(k, a.name, a.count, a.sum)));
        if (sortByKey) {
            out.sort(Comparator.comparing(Line::key, Comparator.nullsLast(Comparator.naturalOrder())));
        }
        return out;
    }

    private static final class Acc {
        final String name;
        long count;
        Money sum = Money.ZERO;

        Acc(String name) {
            this.name = name;
        }

        void add(Money value) {
            count++;
            sum = sum.plus(value);
        }
    }
}
