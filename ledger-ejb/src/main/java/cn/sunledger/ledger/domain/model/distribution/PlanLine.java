package cn.sunledger.ledger.domain.model.distribution;

import cn.sunledger.ledger.domain.model.household.HouseholdCategory;
import cn.sunledger.ledger.domain.model.shared.Money;
import java.util.Objects;

/**
 * One use of a plan's income: a purpose, the household it goes to (null for a purpose line such as 公益性岗位工资),
 * the amount and a note; with what the household register says of the household, for the plan's checks.
 */
public record PlanLine(DistributionPurpose purpose, Long householdId, Money amount, String note, Household household) {

    /** The household as the checks need it: its administrative village, category and number of members. */
    public record Household(String villageCode, HouseholdCategory category, int members) {
    }

    public PlanLine {
        Objects.requireNonNull(purpose);
        Objects.requireNonNull(amount);
        note = note == null || note.isBlank() ? null : note.strip();
    }

    /** A line to a 监测户 or a 脱贫户: the households the rules give priority. */
    public boolean toPriorityHousehold() {
        return household != null && (household.category().monitored()
                || household.category() == HouseholdCategory.ALLEVIATED);
    }
}
