package cn.sunledger.ledger.application.internal.household;

import cn.sunledger.ledger.domain.model.household.HouseholdCategory;
import cn.sunledger.ledger.domain.model.region.RegionCode;

/** A household to register as the form or an import row gave it, before its checks (any field may be null). */
record Candidate(RegionCode naturalVillage, String headName, String idNumber, String phone, Integer members,
        HouseholdCategory category) {
}
