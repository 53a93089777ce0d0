package cn.sunledger.ledger.application.household;

import cn.sunledger.ledger.domain.model.household.HouseholdCategory;
import java.time.LocalDate;
import java.util.List;

/**
 * A household as staff see it: the ID number and phone only masked (5329**********1238, 138****5678); the whole ID
 * number comes only from {@link HouseholdRegister#reveal}. {@code history} is empty in lists.
 */
public record HouseholdView(long id, String householdNo, String naturalVillageCode, String naturalVillageName,
        String headName, String idNumber, String phone, int members, HouseholdCategory category,
        LocalDate categorySince, List<CategoryEntry> history) {

    /** One row of the category history: the year it concerns, the category, since when, and why. */
    public record CategoryEntry(int year, HouseholdCategory category, LocalDate since, String reason) {
    }
}
