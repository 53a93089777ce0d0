package cn.sunledger.ledger.domain.model.project;

import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * 验收: the acceptance report's reference (验收报告文号) and each 绩效目标 indicator's actual value (绩效自评), in the
 * order of the project's indicators. Recorded once, with the accept step; the 项目完成公告 shows target beside actual.
 */
public record Acceptance(String reportRef, List<String> actuals) {

    public static final int MAX_REF = 200;
    public static final int MAX_ACTUAL = 100;

    /** A target written as a number, optionally after a comparison ("40", "≥95", "<= 3.5"). */
    private static final Pattern NUMERIC_TARGET = Pattern.compile("\\s*(≥|≤|>=|<=|>|<|=)?\\s*-?\\d+(\\.\\d+)?\\s*");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    public Acceptance {
        actuals = List.copyOf(actuals);
    }

    /**
     * Checks what the accepting user entered against the project's indicators and returns the acceptance, or refuses
     * (400) naming every field at fault: the report reference is required; every indicator needs an actual (keyed by
     * the indicator's 0-based place in the project's list), a number where the target is a number; no actual for an
     * indicator the project does not have.
     */
    public static Acceptance checked(List<Indicator> indicators, String reportRef, Map<Integer, String> actuals) {
        List<Violation> problems = new ArrayList<>();
        String ref = reportRef == null ? "" : reportRef.strip();
        if (ref.isEmpty()) {
            problems.add(Violation.ofField("acceptanceReportRef", "project.acceptanceReportRefRequired"));
        } else if (ref.length() > MAX_REF) {
            problems.add(Violation.ofField("acceptanceReportRef", "project.acceptanceReportRefTooLong", MAX_REF));
        }
        for (Integer index : actuals.keySet()) {
            if (index == null || index < 0 || index >= indicators.size()) {
                problems.add(Violation.ofField("indicatorActuals", "project.indicatorActualUnknown",
                        String.valueOf(index), indicators.size()));
            }
        }
        List<String> values = new ArrayList<>(indicators.size());
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            String field = "indicatorActuals[" + i + "].actual";
            String actual = actuals.get(i) == null ? "" : actuals.get(i).strip();
            if (actual.isEmpty()) {
                problems.add(Violation.ofField(field, "project.indicatorActualRequired", indicator.name()));
            } else if (actual.length() > MAX_ACTUAL) {
                problems.add(Violation.ofField(field, "project.indicatorActualTooLong", indicator.name(), MAX_ACTUAL));
            } else if (isNumeric(indicator.target()) && !NUMBER.matcher(actual).matches()) {
                problems.add(Violation.ofField(field, "project.indicatorActualNotNumber", indicator.name(),
                        indicator.target()));
            }
            values.add(actual);
        }
        if (!problems.isEmpty()) {
            throw LedgerException.invalid(problems);
        }
        return new Acceptance(ref, values);
    }

    /** Is the target a figure (so its actual must be one too), rather than words such as "明显改善"? */
    public static boolean isNumeric(String target) {
        return target != null && NUMERIC_TARGET.matcher(target).matches();
    }
}
