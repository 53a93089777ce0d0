package cn.sunledger.ledger.application.distribution;

import cn.sunledger.ledger.domain.model.household.HouseholdCategory;
import java.io.Serializable;

/**
 * A household a plan's line may go to, as the plan form's picker offers it: its number, head, ID number masked as the
 * register keeps it (5329**********1238), natural village by name, category and members.
 */
public record HouseholdChoice(long id, String householdNo, String headName, String idNumber,
        String naturalVillageName, HouseholdCategory category, int members) implements Serializable {
}
