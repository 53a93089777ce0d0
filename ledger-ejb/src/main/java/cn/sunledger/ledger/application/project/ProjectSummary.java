package cn.sunledger.ledger.application.project;

import cn.sunledger.ledger.domain.model.project.ProjectStatus;
import java.math.BigDecimal;

/** A row of the project list. */
public record ProjectSummary(long id, String code, int year, String name, String categoryCode, ProjectStatus status,
        String villageCode, String townshipCode, String countyCode, BigDecimal totalInvestment, boolean emergency,
        String startMonth, String endMonth) {
}
