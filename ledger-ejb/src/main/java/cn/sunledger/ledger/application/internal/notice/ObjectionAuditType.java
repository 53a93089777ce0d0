package cn.sunledger.ledger.application.internal.notice;

import cn.sunledger.ledger.application.audit.spi.AuditedRecordType;
import cn.sunledger.ledger.application.internal.AuditedRecordTypes;
import cn.sunledger.ledger.application.notice.Notices;
import cn.sunledger.ledger.domain.model.notice.NoticeObjection;
import cn.sunledger.ledger.domain.service.access.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * An objection's history, readable by whoever may read the objections of its notice
 * (GET /api/notices/{id}/objections): the issuer's jurisdiction and, once published, the places it is posted to.
 */
@ApplicationScoped
public class ObjectionAuditType implements AuditedRecordType {

    @Inject
    NoticeQueries queries;

    @Inject
    Notices notices;

    @Override
    public String type() {
        return "objection";
    }

    @Override
    public Class<?> entity() {
        return NoticeObjection.class;
    }

    @Override
    public Object readableId(Caller caller, String id) {
        NoticeObjection objection = queries.objection(AuditedRecordTypes.numericId(id, "objection.notFound"));
        notices.objections(caller, objection.noticeId());
        return objection.id();
    }
}
