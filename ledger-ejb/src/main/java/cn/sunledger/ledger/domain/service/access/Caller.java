package cn.sunledger.ledger.domain.service.access;

import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.user.Role;
import java.util.Objects;

/** Who is asking: the authenticated staff user's name, role and home region. */
public record Caller(String username, String displayName, Role role, RegionCode homeRegion) {

    public Caller {
        Objects.requireNonNull(username);
        Objects.requireNonNull(role);
        Objects.requireNonNull(homeRegion);
    }
}
