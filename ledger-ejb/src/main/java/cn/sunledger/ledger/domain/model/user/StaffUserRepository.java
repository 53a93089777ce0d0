package cn.sunledger.ledger.domain.model.user;

import cn.sunledger.ledger.domain.model.region.RegionCode;
import java.util.List;
import java.util.Optional;

public interface StaffUserRepository {

    Optional<StaffUser> findByUsername(String username);

    /** Users homed inside {@code within}'s subtree, ordered by home region then username. */
    List<StaffUser> homedWithin(RegionCode within);

    void add(StaffUser user);
}
