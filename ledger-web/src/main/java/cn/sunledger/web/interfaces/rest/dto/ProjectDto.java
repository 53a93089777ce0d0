package cn.sunledger.web.interfaces.rest.dto;

import cn.sunledger.ledger.application.project.ProjectSummary;
import cn.sunledger.ledger.application.project.ProjectView;
import cn.sunledger.ledger.domain.model.project.Beneficiaries;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** A project in the shape of api.md's create-project example, plus id, code, status and derived places. */
public record ProjectDto(long id, String code, String status, String statusName, int year, String name,
        String categoryCode, String categoryName, String nature, List<String> naturalVillageCodes, String villageCode,
        String villageName, String townshipCode, String countyCode, String content, ScaleDto scale,
        List<MoneyDto> plannedInvestment, String totalInvestment, String startMonth, String endMonth,
        String implementingUnit, String responsiblePerson, Beneficiaries beneficiaries, List<IndicatorDto> indicators,
        LinkageDto linkage, String supervisingUnit, boolean emergency, boolean lateNoticeRequired, String createdBy,
        OffsetDateTime createdAt, long version) {

    public record ScaleDto(String quantity, String unit) {
    }

    public record MoneyDto(String source, String amount) {
    }

    public record IndicatorDto(String kind, String name, String target, String unit) {
    }

    public record LinkageDto(String type, String description) {
    }

    /** A row of the list. */
    public record Summary(long id, String code, String status, int year, String name, String categoryCode,
            String villageCode, String townshipCode, String countyCode, String totalInvestment, boolean emergency,
            String startMonth, String endMonth) {

        public static Summary of(ProjectSummary s) {
            return new Summary(s.id(), s.code(), s.status().name(), s.year(), s.name(), s.categoryCode(),
                    s.villageCode(), s.townshipCode(), s.countyCode(), money(s.totalInvestment()), s.emergency(),
                    s.startMonth(), s.endMonth());
        }
    }

    public static ProjectDto of(ProjectView p) {
        return new ProjectDto(p.id(), p.code(), p.status().name(), p.status().chineseName(), p.year(), p.name(),
                p.categoryCode(), p.categoryName(), p.nature().name(), p.naturalVillageCodes(), p.villageCode(),
                p.villageName(), p.townshipCode(), p.countyCode(), p.content(),
                p.scaleQuantity() == null && p.scaleUnit() == null ? null
                        : new ScaleDto(p.scaleQuantity() == null ? null : p.scaleQuantity().stripTrailingZeros()
                                .toPlainString(), p.scaleUnit()),
                p.plannedInvestment().stream().map(f -> new MoneyDto(f.source().name(), money(f.amount()))).toList(),
                money(p.totalInvestment()), p.startMonth().toString(), p.endMonth().toString(), p.implementingUnit(),
                p.responsiblePerson(), p.beneficiaries(),
                p.indicators().stream().map(i -> new IndicatorDto(i.kind().name(), i.name(), i.target(), i.unit()))
                        .toList(),
                p.linkageType() == null ? null : new LinkageDto(p.linkageType().name(), p.linkageDescription()),
                p.supervisingUnit(), p.emergency(), p.lateNoticeRequired(), p.createdBy(),
                p.createdAt().atZone(ZoneId.of("Asia/Shanghai")).toOffsetDateTime(), p.version());
    }

    /** Money as api.md wants it: a string with exactly two decimals. */
    public static String money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }
}
