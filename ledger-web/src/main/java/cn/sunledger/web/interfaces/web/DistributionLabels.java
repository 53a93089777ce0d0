package cn.sunledger.web.interfaces.web;

import cn.sunledger.ledger.domain.model.distribution.DistributionPurpose;
import cn.sunledger.ledger.domain.model.distribution.MeetingKind;
import cn.sunledger.ledger.domain.model.distribution.PlanStatus;
import cn.sunledger.ledger.domain.model.household.HouseholdCategory;
import cn.sunledger.ledger.domain.model.user.Role;

/** The one label lookup of the distribution screens: a purpose, a meeting, a category, a role, a status by name. */
final class DistributionLabels {

    private DistributionLabels() {
    }

    static String of(Object code, boolean english) {
        if (code instanceof DistributionPurpose p) {
            return english ? p.englishName() : p.chineseName();
        }
        if (code instanceof MeetingKind k) {
            return english ? k.englishName() : k.chineseName();
        }
        if (code instanceof HouseholdCategory c) {
            return english ? c.englishName() : c.chineseName();
        }
        if (code instanceof Role r) {
            return english ? r.englishName() : r.chineseName();
        }
        if (code instanceof PlanStatus st) {
            return UiText.get("distribution.status." + st.name());
        }
        return code == null ? "" : code.toString();
    }
}
