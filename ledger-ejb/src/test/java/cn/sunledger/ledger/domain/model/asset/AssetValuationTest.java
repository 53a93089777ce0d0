package cn.sunledger.ledger.domain.model.asset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AssetValuationTest {

    @Test
    void withoutAnEnteredValueTheAssetCarriesWhatItsProjectPaidSplitBySource() {
        AssetValuation.Result r = AssetValuation.of(List.of(source(1, "1", "786500.00", "200000.00")), null);
        assertEquals(Money.parse("986500.00"), r.originalValue());
        assertEquals(List.of(new ValuePart(1, FundSource.CENTRAL_LINKAGE, Money.parse("786500.00")),
                new ValuePart(1, FundSource.COUNTY_LINKAGE, Money.parse("200000.00"))), r.parts());
    }

    @Test
    void sharedAssetsTakeTheMostTheirSharesAllowAndTheCentsAddUp() {
        AssetValuation.Result r = AssetValuation.of(List.of(source(1, "0.3333", "100000.00", "0.01"),
                source(2, "0.6667", "500000.00", "33333.33")), null);
        // project 1 limits: 100000.01 / 0.3333 = 300030.03
        assertEquals(Money.parse("300030.03"), r.originalValue());
        Money sum = r.parts().stream().map(ValuePart::amount).reduce(Money.ZERO, Money::plus);
        assertEquals(r.originalValue(), sum);
        Money p1 = r.parts().stream().filter(p -> p.projectId() == 1).map(ValuePart::amount).reduce(Money.ZERO,
                Money::plus);
        assertTrue(!p1.exceeds(Money.parse("100000.01")), p1.toString());
    }

    @Test
    void anEnteredValueAboveWhatWasSpentIsRefusedWithTheFigures() {
        LedgerException e = assertThrows(LedgerException.class,
                () -> AssetValuation.of(List.of(source(1, "1", "786500.00", "200000.00")), Money.parse("986500.01")));
        assertEquals(422, e.kind().status());
        assertEquals("asset.valueExceedsSpent", e.messageKey());
        assertEquals("originalValue", e.violations().get(0).field());
        assertEquals(Money.parse("986500.00"), e.args()[5]);
        AssetValuation.Result ok = AssetValuation.of(List.of(source(1, "1", "786500.00", "200000.00")),
                Money.parse("500000.00"));
        assertEquals(Money.parse("500000.00"), ok.parts().stream().map(ValuePart::amount).reduce(Money.ZERO,
                Money::plus));
    }

    @Test
    void nothingPaidNothingToCarry() {
        assertThrows(LedgerException.class, () -> AssetValuation.of(List.of(new AssetValuation.Source(1, "P1",
                BigDecimal.ONE, Map.of(), Money.ZERO)), null));
    }

    @Test
    void uncarriedIsPaidLessWhatEarlierAssetsCarry() {
        assertEquals(Map.of(FundSource.CENTRAL_LINKAGE, Money.parse("100.00")), AssetValuation.uncarried(
                Map.of(FundSource.CENTRAL_LINKAGE, Money.parse("300.00"), FundSource.COUNTY_LINKAGE,
                        Money.parse("50.00")),
                Map.of(FundSource.CENTRAL_LINKAGE, Money.parse("200.00"), FundSource.COUNTY_LINKAGE,
                        Money.parse("50.00"))));
    }

    private static AssetValuation.Source source(long id, String share, String central, String county) {
        Map<FundSource, Money> left = new java.util.EnumMap<>(FundSource.class);
        left.put(FundSource.CENTRAL_LINKAGE, Money.parse(central));
        left.put(FundSource.COUNTY_LINKAGE, Money.parse(county));
        return new AssetValuation.Source(id, "P" + id, new BigDecimal(share), left,
                Money.parse(central).plus(Money.parse(county)));
    }
}
