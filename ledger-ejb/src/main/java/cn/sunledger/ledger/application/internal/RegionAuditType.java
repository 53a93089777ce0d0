package cn.sunledger.ledger.application.internal;

import cn.sunledger.ledger.application.RegionDirectory;
import cn.sunledger.ledger.application.audit.spi.AuditedRecordType;
import cn.sunledger.ledger.domain.model.region.Region;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.service.access.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A region's history, readable by whoever may read the region (GET /api/regions/{code}). */
@ApplicationScoped
public class RegionAuditType implements AuditedRecordType {

    @Inject
    RegionDirectory regions;

    @Override
    public String type() {
        return "region";
    }

    @Override
    public Class<?> entity() {
        return Region.class;
    }

    @Override
    public Object readableId(Caller caller, String code) {
        if (!RegionCode.isValid(code)) {
            throw LedgerException.invalid("region.badCode", String.valueOf(code));
        }
        return regions.get(caller, RegionCode.of(code)).code();
    }
}
