package cn.sunledger.ledger.application.project;

import java.util.List;
import java.util.Objects;

/**
 * What the accept step (验收) records (api.md {@code acceptanceReportRef}, {@code indicatorActuals}): the acceptance
 * report's reference and one actual value per 绩效目标 indicator, each naming the indicator by its 0-based place in
 * the project's {@code indicators}.
 */
public record AcceptanceForm(String acceptanceReportRef, List<IndicatorActual> indicatorActuals) {

    public AcceptanceForm {
        indicatorActuals = indicatorActuals == null ? List.of()
                : indicatorActuals.stream().filter(Objects::nonNull).toList();
    }

    /** @param index the indicator's place in the project's list, from 0 */
    public record IndicatorActual(Integer index, String actual) {
    }
}
