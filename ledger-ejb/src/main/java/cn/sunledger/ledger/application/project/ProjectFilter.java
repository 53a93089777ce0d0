package cn.sunledger.ledger.application.project;

import cn.sunledger.ledger.domain.model.project.ProjectStatus;
import cn.sunledger.ledger.domain.model.region.RegionCode;

/** List filters; any may be null. A category matches itself and its subcategories. */
public record ProjectFilter(Integer year, ProjectStatus status, String category, RegionCode region) {
}
