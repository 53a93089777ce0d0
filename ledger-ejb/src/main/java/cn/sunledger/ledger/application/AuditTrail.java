package cn.sunledger.ledger.application;

import cn.sunledger.ledger.domain.service.access.Caller;
import java.util.List;

/** The change history of one record, oldest first. */
public interface AuditTrail {

    /** Record types with an audit trail, as named in the API path: region, user. */
    List<String> recordTypes();

    List<AuditEntry> history(Caller caller, String recordType, String recordId);
}
