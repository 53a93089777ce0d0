package cn.sunledger.ledger.application.internal.notice;

import cn.sunledger.ledger.application.audit.spi.AuditedRecordType;
import cn.sunledger.ledger.application.internal.AuditedRecordTypes;
import cn.sunledger.ledger.application.notice.PolicyDocuments;
import cn.sunledger.ledger.domain.model.notice.PolicyDocument;
import cn.sunledger.ledger.domain.service.access.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A policy document's history, readable by whoever may read the document (GET /api/policy-documents/{id}). */
@ApplicationScoped
public class PolicyDocumentAuditType implements AuditedRecordType {

    @Inject
    PolicyDocuments documents;

    @Override
    public String type() {
        return "policy-document";
    }

    @Override
    public Class<?> entity() {
        return PolicyDocument.class;
    }

    @Override
    public Object readableId(Caller caller, String id) {
        return documents.get(caller, AuditedRecordTypes.numericId(id, "policy.notFound")).id();
    }
}
