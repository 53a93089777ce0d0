package cn.sunledger.web.interfaces.rest.dto;

import cn.sunledger.ledger.application.StaffUserView;

/** A staff user; the phone comes back masked. */
public record UserDto(Long id, String username, String displayName, String role, String regionCode,
        String regionName, String phone, boolean enabled) {

    public static UserDto of(StaffUserView u) {
        return new UserDto(u.id(), u.username(), u.displayName(), u.role().name(), u.regionCode(), u.regionName(),
                u.phone(), u.enabled());
    }
}
