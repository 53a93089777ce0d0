package cn.sunledger.ledger.application;

import cn.sunledger.ledger.domain.model.shared.PersonalDataMasker;
import cn.sunledger.ledger.domain.model.user.Role;
import cn.sunledger.ledger.domain.model.user.StaffUser;

/** A staff user as shown: the phone number is masked, the password hash never leaves the service. */
public record StaffUserView(Long id, String username, String displayName, Role role, String regionCode,
        String regionName, String phone, boolean enabled) {

    public static StaffUserView of(StaffUser u, String regionName) {
        return new StaffUserView(u.id(), u.username(), u.displayName(), u.role(), u.homeRegion().value(),
                regionName, u.phone() == null ? null : PersonalDataMasker.maskPhone(u.phone()), u.isEnabled());
    }
}
