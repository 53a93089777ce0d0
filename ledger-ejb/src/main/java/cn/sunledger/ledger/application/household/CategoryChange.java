package cn.sunledger.ledger.application.household;

import cn.sunledger.ledger.domain.model.household.HouseholdCategory;
import java.time.LocalDate;

/** A change of a household's category (识别纳入, 风险消除, …): the year it concerns, since when, and why. */
public record CategoryChange(HouseholdCategory category, int year, LocalDate since, String reason) {
}
