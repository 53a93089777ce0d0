package cn.sunledger.ledger.application.project;

import cn.sunledger.ledger.domain.model.project.Beneficiaries;
import cn.sunledger.ledger.domain.model.project.FundShare;
import cn.sunledger.ledger.domain.model.project.Indicator;
import cn.sunledger.ledger.domain.model.project.LinkageType;
import cn.sunledger.ledger.domain.model.project.Nature;
import cn.sunledger.ledger.domain.model.project.Project;
import cn.sunledger.ledger.domain.model.project.ProjectStatus;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

/** A project as the library shows it. */
public record ProjectView(long id, String code, int year, String name, String categoryCode, String categoryName,
        Nature nature, List<String> naturalVillageCodes, String villageCode, String villageName, String townshipCode,
        String countyCode, String content, BigDecimal scaleQuantity, String scaleUnit,
        List<FundShare> plannedInvestment, BigDecimal totalInvestment, YearMonth startMonth, YearMonth endMonth,
        String implementingUnit, String responsiblePerson, Beneficiaries beneficiaries, List<Indicator> indicators,
        LinkageType linkageType, String linkageDescription, String supervisingUnit, boolean emergency,
        boolean lateNoticeRequired, ProjectStatus status, String createdBy, LocalDateTime createdAt, long version) {

    public static ProjectView of(Project p, String categoryName, String villageName) {
        return new ProjectView(p.id(), p.code(), p.year(), p.name(), p.categoryCode(), categoryName, p.nature(),
                p.naturalVillages().stream().map(RegionCode::value).toList(), p.village().value(), villageName,
                p.township().value(), p.county().value(), p.content(), p.scaleQuantity(), p.scaleUnit(),
                p.plannedInvestment(), p.totalInvestment(), p.startMonth(), p.endMonth(), p.implementingUnit(),
                p.responsiblePerson(), p.beneficiaries(), p.indicators(), p.linkageType(), p.linkageDescription(),
                p.supervisingUnit(), p.isEmergency(), p.lateNoticeRequired(), p.status(), p.createdBy(), p.createdAt(),
                p.version());
    }
}
