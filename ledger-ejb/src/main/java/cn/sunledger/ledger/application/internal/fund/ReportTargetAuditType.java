package cn.sunledger.ledger.application.internal.fund;

import cn.sunledger.ledger.application.audit.spi.AuditedRecordType;
import cn.sunledger.ledger.application.internal.AuditedRecordTypes;
import cn.sunledger.ledger.domain.model.fund.ReportTarget;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.service.access.AccessPolicy;
import cn.sunledger.ledger.domain.service.access.Action;
import cn.sunledger.ledger.domain.service.access.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who set a county's or prefecture's report targets, and to what ({@code /api/audit/report-target/{id}}), readable by
 * whoever may read the region's funds.
 */
@ApplicationScoped
public class ReportTargetAuditType implements AuditedRecordType {

    @Inject
    FundReportStore store;

    @Override
    public String type() {
        return "report-target";
    }

    @Override
    public Class<?> entity() {
        return ReportTarget.class;
    }

    @Override
    public Object readableId(Caller caller, String recordId) {
        long id = AuditedRecordTypes.numericId(recordId, "fund.targetNotFound");
        ReportTarget target = store.target(id).orElseThrow(() -> LedgerException.notFound("fund.targetNotFound", id));
        AccessPolicy.require(caller, Action.VIEW_FUNDS, RegionCode.of(target.regionCode()));
        return id;
    }
}
