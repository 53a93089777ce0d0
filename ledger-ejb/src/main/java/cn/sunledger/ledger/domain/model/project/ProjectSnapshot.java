package cn.sunledger.ledger.domain.model.project;

import cn.sunledger.ledger.domain.model.region.RegionCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The adjustable fields of a project record as display text, in a fixed order, so that a current record and
 * a proposal can be compared field by field (调整前 → 调整后) the same way for the API and the plan notice.
 */
public final class ProjectSnapshot {

    private static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("name", "项目名称");
        LABELS.put("categoryCode", "项目类别");
        LABELS.put("nature", "建设性质");
        LABELS.put("naturalVillageCodes", "建设地点（自然村）");
        LABELS.put("content", "建设内容");
        LABELS.put("scale", "建设规模");
        LABELS.put("plannedInvestment", "计划投资");
        LABELS.put("period", "实施期限");
        LABELS.put("implementingUnit", "实施单位");
        LABELS.put("responsiblePerson", "责任人");
        LABELS.put("supervisingUnit", "监管单位");
        LABELS.put("beneficiaries", "受益对象");
        LABELS.put("indicators", "绩效目标");
        LABELS.put("linkage", "联农带农机制");
    }

    private final Map<String, String> values;

    private ProjectSnapshot(Map<String, String> values) {
        this.values = values;
    }

    public static ProjectSnapshot of(Project p) {
        return of(p.name(), p.categoryCode(), p.nature(), p.naturalVillages(), p.content(), p.scaleQuantity(),
                p.scaleUnit(), p.plannedInvestment(), p.startMonth() + " 至 " + p.endMonth(), p.implementingUnit(),
                p.responsiblePerson(), p.supervisingUnit(), p.beneficiaries(), p.indicators(), p.linkageType(),
                p.linkageDescription());
    }

    public static ProjectSnapshot of(ProjectDetails d) {
        return of(trim(d.name()), d.categoryCode(), d.nature(), d.naturalVillages(), trim(d.content()),
                d.scaleQuantity(), trim(d.scaleUnit()), d.plannedInvestment(), d.startMonth() + " 至 " + d.endMonth(),
                trim(d.implementingUnit()), trim(d.responsiblePerson()), trim(d.supervisingUnit()), d.beneficiaries(),
                d.indicators(), d.linkageType(), trim(d.linkageDescription()));
    }

    private static ProjectSnapshot of(String name, String category, Nature nature, List<RegionCode> places,
            String content, BigDecimal quantity, String unit, List<FundShare> money, String period,
            String implementingUnit, String responsible, String supervising, Beneficiaries b,
            List<Indicator> indicators, LinkageType linkage, String linkageText) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("name", name);
        v.put("categoryCode", category);
        v.put("nature", nature == null ? "" : nature.chineseName());
        v.put("naturalVillageCodes", places.stream().map(RegionCode::value).sorted().collect(Collectors.joining("、")));
        v.put("content", content);
        v.put("scale", quantity == null ? text(unit) : quantity.stripTrailingZeros().toPlainString() + text(unit));
        BigDecimal total = money.stream().map(FundShare::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        v.put("plannedInvestment", money.stream().map(f -> f.source().chineseName() + " " + yuan(f.amount()) + " 元")
                .collect(Collectors.joining("；")) + "（合计 " + yuan(total) + " 元）");
        v.put("period", period);
        v.put("implementingUnit", implementingUnit);
        v.put("responsiblePerson", responsible);
        v.put("supervisingUnit", text(supervising));
        v.put("beneficiaries", b.households() + " 户 " + b.people() + " 人（脱贫户 " + b.alleviatedHouseholds() + " 户 "
                + b.alleviatedPeople() + " 人，监测户 " + b.monitoredHouseholds() + " 户 " + b.monitoredPeople() + " 人）");
        v.put("indicators", indicators.stream().map(i -> i.kind().chineseName() + "：" + i.name() + " " + i.target()
                + text(i.unit())).collect(Collectors.joining("；")));
        v.put("linkage", linkage == null ? "" : linkage.chineseName() + (linkageText == null ? "" : "：" + linkageText));
        return new ProjectSnapshot(v);
    }

    /** The fields whose text differs between this (before) and {@code after}, in the fixed order. */
    public List<FieldChange> changesTo(ProjectSnapshot after) {
        List<FieldChange> changes = new ArrayList<>();
        for (Map.Entry<String, String> e : LABELS.entrySet()) {
            String before = text(values.get(e.getKey()));
            String now = text(after.values.get(e.getKey()));
            if (!Objects.equals(before, now)) {
                changes.add(new FieldChange(e.getKey(), e.getValue(), before, now));
            }
        }
        return changes;
    }

    private static String yuan(BigDecimal amount) {
        return amount.setScale(2).toPlainString();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
