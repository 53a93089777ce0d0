package cn.sunledger.ledger.domain.model.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Violation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AcceptanceTest {

    private static final List<Indicator> INDICATORS = List.of(
            new Indicator(IndicatorKind.OUTPUT, "新建大棚面积", "40", "亩"),
            new Indicator(IndicatorKind.BENEFIT, "群众生活条件", "明显改善", null),
            new Indicator(IndicatorKind.SATISFACTION, "受益群众满意度", "≥95", "%"));

    private static List<String> fields(LedgerException e) {
        return e.violations().stream().map(Violation::field).toList();
    }

    @Test
    void everyIndicatorGetsItsActualInTheIndicatorsOrder() {
        Acceptance a = Acceptance.checked(INDICATORS, " 漾农验〔2026〕9号 ", Map.of(2, "97", 0, "40.5", 1, "明显改善"));
        assertEquals("漾农验〔2026〕9号", a.reportRef());
        assertEquals(List.of("40.5", "明显改善", "97"), a.actuals());
    }

    @Test
    void aMissingReportOrActualIsRefusedNamingTheField() {
        LedgerException e = assertThrows(LedgerException.class,
                () -> Acceptance.checked(INDICATORS, " ", Map.of(0, "40", 2, " ")));
        assertEquals(LedgerException.Kind.INVALID, e.kind());
        assertEquals(List.of("acceptanceReportRef", "indicatorActuals[1].actual", "indicatorActuals[2].actual"),
                fields(e));
    }

    @Test
    void aNumericTargetNeedsANumberAndWordsMayAnswerWords() {
        LedgerException e = assertThrows(LedgerException.class,
                () -> Acceptance.checked(INDICATORS, "验收报告1号", Map.of(0, "约40", 1, "明显改善", 2, "97%")));
        assertEquals(List.of("indicatorActuals[0].actual", "indicatorActuals[2].actual"), fields(e));
        assertEquals("project.indicatorActualNotNumber", e.violations().get(0).messageKey());
    }

    @Test
    void anIndexTheProjectDoesNotHaveIsRefused() {
        Map<Integer, String> actuals = new HashMap<>(Map.of(0, "40", 1, "好", 2, "96", 3, "1"));
        actuals.put(null, "x");
        LedgerException e = assertThrows(LedgerException.class,
                () -> Acceptance.checked(INDICATORS, "验收报告1号", actuals));
        assertEquals(List.of("indicatorActuals", "indicatorActuals"), fields(e));
    }

    @Test
    void targetsWrittenAsFiguresAreNumeric() {
        assertTrue(Acceptance.isNumeric("40"));
        assertTrue(Acceptance.isNumeric("≥95"));
        assertTrue(Acceptance.isNumeric("<= 3.5"));
        assertFalse(Acceptance.isNumeric("明显改善"));
        assertFalse(Acceptance.isNumeric("95%"));
        assertFalse(Acceptance.isNumeric(null));
    }
}
