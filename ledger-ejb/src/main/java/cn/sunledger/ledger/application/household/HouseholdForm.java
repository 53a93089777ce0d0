package cn.sunledger.ledger.application.household;

import cn.sunledger.ledger.domain.model.household.HouseholdCategory;

/** A household to register (api.md, POST /households): the phone is optional; the category starts today. */
public record HouseholdForm(String naturalVillageCode, String headName, String idNumber, String phone, int members,
        HouseholdCategory category) {
}
