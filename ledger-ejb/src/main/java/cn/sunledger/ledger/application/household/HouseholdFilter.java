package cn.sunledger.ledger.application.household;

import cn.sunledger.ledger.domain.model.household.HouseholdCategory;
import cn.sunledger.ledger.domain.model.region.RegionCode;

/** The register's filters; null means any. The caller's scope always applies. */
public record HouseholdFilter(RegionCode region, HouseholdCategory category) {
}
