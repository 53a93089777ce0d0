package cn.sunledger.ledger.application.internal.notice;

import cn.sunledger.ledger.application.notice.spi.NoticeContent;
import cn.sunledger.ledger.application.notice.spi.NoticeSource;
import cn.sunledger.ledger.domain.model.notice.PolicyDocument;
import cn.sunledger.ledger.domain.model.notice.document.Block;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.service.access.AccessPolicy;
import cn.sunledger.ledger.domain.service.access.Action;
import cn.sunledger.ledger.domain.service.access.Caller;
import cn.sunledger.ledger.infrastructure.render.PolicyDocumentParser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/** 政策文件/通知公告: a policy document of the ledger, its plain text turned into headings, paragraphs, tables. */
@ApplicationScoped
public class PolicyNoticeSource implements NoticeSource {

    public static final String TYPE = "POLICY";
    private final PolicyDocumentParser parser = new PolicyDocumentParser();

    @PersistenceContext(unitName = "ledger")
    EntityManager em;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String chineseName() {
        return "政策文件/通知公告";
    }

    @Override
    public String englishName() {
        return "Policy document / announcement";
    }

    @Override
    public boolean hasPeriod() {
        return false;
    }

    @Override
    public NoticeContent content(Caller caller, String subjectId) {
        PolicyDocument doc = find(subjectId);
        AccessPolicy.require(caller, Action.VIEW_NOTICES, doc.region());
        List<Block> blocks = new ArrayList<>();
        if (doc.isReferenceOnly()) {
            blocks.add(new Block.Paragraph("【参考文件】本文件由其他地区发布，转载供参考，不作为本地执行依据。"));
        }
        blocks.addAll(parser.parse(doc.body()).blocks());
        return new NoticeContent(doc.title(), doc.region(), doc.issuer(), doc.docNumber(), blocks, List.of());
    }

    private PolicyDocument find(String subjectId) {
        try {
            PolicyDocument doc = em.find(PolicyDocument.class, Long.valueOf(subjectId));
            if (doc != null) {
                return doc;
            }
        } catch (NumberFormatException e) {
            // falls through to not found
        }
        throw LedgerException.notFound("policy.notFound", subjectId);
    }
}
