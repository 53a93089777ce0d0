package cn.sunledger.ledger.application.internal.fund;

import cn.sunledger.ledger.application.fund.FundExecution;
import cn.sunledger.ledger.application.fund.IndustryShare;
import cn.sunledger.ledger.application.fund.ReportRates;
import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.shared.Money;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What a year's fund documents moved into the projects of a region as of a day, one row per (source, project) —
 * the sums of journal lines every report is grouped from, read once. Allocated is the debit balance of
 * PROJECT_ALLOCATED and PAID_TO_PAYEE (what reached the project and stayed there, paid or not), paid that of
 * PAID_TO_PAYEE; reversals are in both.
 */
final class FundFlows {

    /** The top-level project category whose money counts as 产业发展 (its sub-categories CY-* roll up to it). */
    static final String INDUSTRY_CATEGORY = "CY";
    /** The top-level category of 项目管理费 projects. */
    static final String MANAGEMENT_FEE_CATEGORY = "GL";

    /** One (source, project) sum, with where the project lies and its top-level category. */
    record Row(FundSource source, long projectId, String projectCode, String projectName, String townshipCode,
            String countyCode, String topCategoryCode, String topCategoryName, Money allocated, Money paid) {
    }

    private final List<Row> rows;

    FundFlows(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    List<Row> rows() {
        return rows;
    }

    List<FundExecution.Line> bySource() {
        Map<FundSource, Money[]> sums = sum(Row::source, new TreeMap<>());
        List<FundExecution.Line> lines = new ArrayList<>();
        sums.forEach((source, s) -> lines.add(FundExecution.Line.ofSource(source, s[0], s[1])));
        return lines;
    }

    /** By county or township code (ordered by code), named from {@code names} (the code stays when unnamed). */
    List<FundExecution.Line> byRegion(Function<Row, String> region, Map<String, String> names) {
        Map<String, Money[]> sums = sum(region, new TreeMap<>());
        List<FundExecution.Line> lines = new ArrayList<>();
        sums.forEach((code, s) -> lines.add(FundExecution.Line.ofRegion(code, names.get(code), s[0], s[1])));
        return lines;
    }

    List<FundExecution.Line> byProject() {
        Map<Long, Money[]> sums = sum(Row::projectId, new LinkedHashMap<>());
        Map<Long, Row> first = new LinkedHashMap<>();
        rows.forEach(r -> first.putIfAbsent(r.projectId(), r));
        List<FundExecution.Line> lines = new ArrayList<>();
        first.values().stream().sorted(Comparator.comparing(Row::projectCode)).forEach(r -> {
            Money[] s = sums.get(r.projectId());
            lines.add(FundExecution.Line.ofProject(r.projectId(), r.projectCode(), r.projectName(), s[0], s[1]));
        });
        return lines;
    }

    FundExecution.Line total() {
        Money[] s = sum(r -> "", new TreeMap<>()).getOrDefault("", new Money[] {Money.ZERO, Money.ZERO});
        return FundExecution.Line.total(s[0], s[1]);
    }

    /** Allocated from one source to the projects that pass {@code which}. */
    Money allocated(FundSource source, Predicate<Row> which) {
        Money sum = Money.ZERO;
        for (Row r : rows) {
            if (r.source() == source && which.test(r)) {
                sum = sum.plus(r.allocated());
            }
        }
        return sum;
    }

    /** One source's allocations split by top-level category, largest first, each with its share of the source. */
    List<IndustryShare.CategoryPart> byCategory(FundSource source) {
        Map<String, Money> sums = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Row r : rows) {
            if (r.source() == source) {
                sums.merge(r.topCategoryCode(), r.allocated(), Money::plus);
                names.putIfAbsent(r.topCategoryCode(), r.topCategoryName());
            }
        }
        Money total = allocated(source, r -> true);
        return sums.entrySet().stream()
                .sorted(Map.Entry.<String, Money>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new IndustryShare.CategoryPart(e.getKey(), names.get(e.getKey()), e.getValue(),
                        ReportRates.share(e.getValue(), total)))
                .toList();
    }

    static boolean isIndustry(Row r) {
        return INDUSTRY_CATEGORY.equals(r.topCategoryCode());
    }

    static boolean isManagementFee(Row r) {
        return MANAGEMENT_FEE_CATEGORY.equals(r.topCategoryCode());
    }

    private <K> Map<K, Money[]> sum(Function<Row, K> key, Map<K, Money[]> into) {
        for (Row r : rows) {
            Money[] s = into.computeIfAbsent(key.apply(r), k -> new Money[] {Money.ZERO, Money.ZERO});
            s[0] = s[0].plus(r.allocated());
            s[1] = s[1].plus(r.paid());
        }
        return into;
    }
}
