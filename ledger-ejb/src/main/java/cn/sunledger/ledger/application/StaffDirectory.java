package cn.sunledger.ledger.application;

import cn.sunledger.ledger.domain.service.access.Caller;
import java.util.List;
import java.util.Optional;

/** Staff users and who the signed-in principal is. */
public interface StaffDirectory {

    /** The enabled user behind an authenticated principal name, as a caller; empty if unknown or disabled. */
    Optional<Caller> callerFor(String username);

    List<StaffUserView> list(Caller caller);

    StaffUserView get(Caller caller, String username);

    StaffUserView create(Caller caller, StaffUserForm form);

    StaffUserView update(Caller caller, String username, StaffUserForm form);
}
