package cn.sunledger.ledger.domain.model.asset;

import cn.sunledger.ledger.domain.model.user.Role;

/**
 * 产权归属层级 (县/乡/村/户) and the role that confirms receipt (接收确认) of a handover for an owner of that level:
 * the county rural bureau for the county, the township's reviewer for a township, the village clerk for a village
 * collective and for a household of the village (households have no staff account).
 */
public enum OwnerLevel {
    COUNTY("县级", Role.COUNTY_RURAL_BUREAU),
    TOWNSHIP("乡级", Role.TOWNSHIP_REVIEWER),
    VILLAGE("村级", Role.VILLAGE_CLERK),
    HOUSEHOLD("农户", Role.VILLAGE_CLERK);

    private final String chineseName;
    private final Role receivingRole;

    OwnerLevel(String chineseName, Role receivingRole) {
        this.chineseName = chineseName;
        this.receivingRole = receivingRole;
    }

    public String chineseName() {
        return chineseName;
    }

    public Role receivingRole() {
        return receivingRole;
    }
}
