package cn.sunledger.ledger.application.notice;

import cn.sunledger.ledger.domain.service.access.Caller;
import java.util.List;

/** The policy documents (政策文件) that POLICY notices publish. */
public interface PolicyDocuments {

    PolicyDocumentView create(Caller caller, PolicyDocumentForm form);

    PolicyDocumentView get(Caller caller, long id);

    List<PolicyDocumentView> list(Caller caller);
}
