package cn.sunledger.ledger.domain.model.project;

import cn.sunledger.ledger.domain.model.region.RegionCode;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * What a project's author writes: everything of the record except its number, place in the approval chain
 * and bookkeeping. Values are already parsed; the rules about them live in {@link Project}.
 */
public record ProjectDetails(int year, String name, String categoryCode, Nature nature,
        List<RegionCode> naturalVillages, String content, BigDecimal scaleQuantity, String scaleUnit,
        List<FundShare> plannedInvestment, YearMonth startMonth, YearMonth endMonth, String implementingUnit,
        String responsiblePerson, Beneficiaries beneficiaries, List<Indicator> indicators, LinkageType linkageType,
        String linkageDescription, String supervisingUnit, boolean emergency) {

    public ProjectDetails {
        naturalVillages = naturalVillages == null ? List.of() : List.copyOf(naturalVillages);
        plannedInvestment = plannedInvestment == null ? List.of() : List.copyOf(plannedInvestment);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        beneficiaries = beneficiaries == null ? Beneficiaries.NONE : beneficiaries;
    }
}
