package cn.sunledger.web.interfaces.rest.dto;

import cn.sunledger.ledger.application.project.AcceptanceView;
import cn.sunledger.ledger.application.project.ProjectMoney;
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
        OffsetDateTime createdAt, long version, AcceptanceDto acceptance, FundsDto funds) {

    public record ScaleDto(String quantity, String unit) {
    }

    public record MoneyDto(String source, String amount) {
    }

    public record IndicatorDto(String kind, String name, String target, String unit) {
    }

    public record LinkageDto(String type, String description) {
    }

    /** 验收: the acceptance report's reference and each indicator's target beside its actual value (绩效自评). */
    public record AcceptanceDto(String reportRef, OffsetDateTime recordedAt, List<ActualDto> indicators) {
        static AcceptanceDto of(AcceptanceView a) {
            return new AcceptanceDto(a.reportRef(), a.recordedAt().atZone(ZONE).toOffsetDateTime(),
                    a.indicators().stream().map(r -> new ActualDto(r.indicator().kind().name(), r.indicator().name(),
                            r.indicator().target(), r.indicator().unit(), r.actual())).toList());
        }
    }

    public record ActualDto(String kind, String name, String target, String unit, String actual) {
    }

    /** The project's money by fund source as the journal has it: planned, allocated and disbursed (net of reversals). */
    public record FundsDto(List<SourceFundsDto> bySource, SourceFundsDto total) {
        static FundsDto of(ProjectMoney m) {
            return new FundsDto(m.bySource().stream().map(SourceFundsDto::of).toList(), SourceFundsDto.of(m.total()));
        }
    }

    public record SourceFundsDto(String source, String sourceName, String planned, String allocated, String disbursed) {
        static SourceFundsDto of(ProjectMoney.Line l) {
            return new SourceFundsDto(l.source() == null ? null : l.source().name(),
                    l.source() == null ? null : l.source().chineseName(), l.planned().toString(),
                    l.allocated().toString(), l.disbursed().toString());
        }
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
        return of(p, null, null);
    }

    /**
     * The project as GET /projects/{id} answers it: with its acceptance once accepted and its money by source
     * (both left out, null, where a step's answer gives only the project).
     */
    public static ProjectDto of(ProjectView p, AcceptanceView acceptance, ProjectMoney money) {
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
                p.createdAt().atZone(ZONE).toOffsetDateTime(), p.version(),
                acceptance == null ? null : AcceptanceDto.of(acceptance), money == null ? null : FundsDto.of(money));
    }

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Money as api.md wants it: a string with exactly two decimals. */
    public static String money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }
}
