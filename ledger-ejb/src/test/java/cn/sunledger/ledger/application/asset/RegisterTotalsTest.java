package cn.sunledger.ledger.application.asset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.ledger.domain.model.asset.AssetClass;
import cn.sunledger.ledger.domain.model.asset.AssetStage;
import cn.sunledger.ledger.domain.model.asset.AssetStatus;
import cn.sunledger.ledger.domain.model.asset.OwnerLevel;
import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.shared.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegisterTotalsTest {

    private static final LocalDate DAY = LocalDate.of(2041, 6, 30);

    @Test
    void addsCountsAndOriginalValueInAllAndByClassStatusOwnerLevelAndTownship() {
        RegisterTotals t = new RegisterTotals(DAY);
        t.add(row("532922101201001", AssetClass.OPERATING, AssetStatus.IDLE, OwnerLevel.VILLAGE, "1000.10"));
        t.add(row("532922101202001", AssetClass.OPERATING, AssetStatus.NORMAL, OwnerLevel.VILLAGE, "200.00"));
        t.add(row("532922102201001", AssetClass.PUBLIC_WELFARE, null, null, "0.01"));

        assertEquals(3, t.count());
        assertEquals(Money.parse("1200.11"), t.originalValue());
        assertEquals(line("OPERATING", "经营性", 2, "1200.10"), find(t.byClass(), "OPERATING"));
        assertEquals(line("HOUSEHOLD", "到户类", 0, "0.00"), find(t.byClass(), "HOUSEHOLD"),
                "a class without assets is listed with 0");
        assertEquals(line("IDLE", "闲置", 1, "1000.10"), find(t.byStatus(), "IDLE"));
        assertEquals(line(null, RegisterTotals.UNDECIDED, 1, "0.01"), find(t.byStatus(), null),
                "not yet handed over: no status");
        assertEquals(line("VILLAGE", "村级", 2, "1200.10"), find(t.byOwnerLevel(), "VILLAGE"));
        assertEquals(List.of("532922101000", "532922102000"), t.byTownship().stream().map(RegisterTotals.Line::key)
                .toList());
        assertEquals(line("532922101000", "苍山西镇", 2, "1200.10"), t.byTownship().get(0));
        for (List<RegisterTotals.Line> group : List.of(t.byClass(), t.byStatus(), t.byOwnerLevel(), t.byTownship())) {
            assertEquals(3, group.stream().mapToLong(RegisterTotals.Line::count).sum(), "every group adds up");
            assertEquals(t.originalValue(), group.stream().map(RegisterTotals.Line::originalValue)
                    .reduce(Money.ZERO, Money::plus));
        }
    }

    @Test
    void theDayDependentFiltersMatchTheRowAsOfItsDay() {
        RegisterRow idle = row("532922101201001", AssetClass.OPERATING, AssetStatus.IDLE, OwnerLevel.VILLAGE, "1.00");
        RegisterQuery any = RegisterQuery.of(null, DAY);
        assertTrue(any.matches(idle));
        assertTrue(query(AssetStatus.IDLE, null, null).matches(idle));
        assertFalse(query(AssetStatus.NORMAL, null, null).matches(idle));
        assertTrue(query(AssetStatus.DISPOSED, null, null).matches(idle), "已处置 is decided by the query itself");
        assertTrue(query(AssetStatus.DISPOSED, null, null).disposedOnly());
        assertFalse(query(null, OwnerLevel.COUNTY, null).matches(idle));
        assertTrue(query(null, OwnerLevel.VILLAGE, " 光明村股份经济合作社 ").matches(idle), "by exact name, trimmed");
        assertFalse(query(null, null, "光明村").matches(idle), "not by a part of the name");
    }

    private static RegisterQuery query(AssetStatus status, OwnerLevel level, String owner) {
        return new RegisterQuery(null, DAY, null, status, level, owner, null, null);
    }

    private static RegisterTotals.Line find(List<RegisterTotals.Line> lines, String key) {
        return lines.stream().filter(l -> java.util.Objects.equals(l.key(), key)).findFirst().orElseThrow();
    }

    private static RegisterTotals.Line line(String key, String name, long count, String value) {
        return new RegisterTotals.Line(key, name, count, Money.parse(value));
    }

    private static RegisterRow row(String place, AssetClass c, AssetStatus status, OwnerLevel level, String value) {
        String township = place.startsWith("532922101") ? "苍山西镇" : "漾江镇";
        return new RegisterRow(1, "2041-532922-ZC0001", "大棚", c, "产业基地", null, null, place, township, "光明村",
                "一组", DAY, Money.parse(value), status == null ? AssetStage.REGISTERED : AssetStage.HANDED_OVER,
                status, level, level == null ? List.of() : List.of("光明村股份经济合作社"), null, List.of("项目"),
                List.of(FundSource.CENTRAL_LINKAGE));
    }
}
