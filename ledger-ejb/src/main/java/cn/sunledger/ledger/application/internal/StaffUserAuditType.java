package cn.sunledger.ledger.application.internal;

import cn.sunledger.ledger.application.StaffDirectory;
import cn.sunledger.ledger.application.audit.spi.AuditedRecordType;
import cn.sunledger.ledger.domain.model.user.StaffUser;
import cn.sunledger.ledger.domain.service.access.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A staff account's history, readable by whoever may read the account (GET /api/users/{username}). */
@ApplicationScoped
public class StaffUserAuditType implements AuditedRecordType {

    @Inject
    StaffDirectory staff;

    @Override
    public String type() {
        return "user";
    }

    @Override
    public Class<?> entity() {
        return StaffUser.class;
    }

    @Override
    public Object readableId(Caller caller, String username) {
        return staff.get(caller, username).id();
    }
}
