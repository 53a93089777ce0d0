package cn.sunledger.ledger.application.internal.notice;

import cn.sunledger.ledger.application.notice.PolicyDocumentForm;
import cn.sunledger.ledger.application.notice.PolicyDocumentView;
import cn.sunledger.ledger.application.notice.PolicyDocuments;
import cn.sunledger.ledger.domain.model.notice.PolicyDocument;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.region.RegionLevel;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.service.access.AccessPolicy;
import cn.sunledger.ledger.domain.service.access.Action;
import cn.sunledger.ledger.domain.service.access.Caller;
import cn.sunledger.ledger.infrastructure.audit.AuditActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

@ApplicationScoped
@Transactional
public class DefaultPolicyDocuments implements PolicyDocuments {

    @PersistenceContext(unitName = "ledger")
    EntityManager em;

    @Inject
    AuditActor auditActor;

    @Override
    public PolicyDocumentView create(Caller caller, PolicyDocumentForm form) {
        if (!RegionCode.isValid(form.regionCode())) {
            throw LedgerException.invalid("region.badCode", String.valueOf(form.regionCode()));
        }
        RegionCode region = RegionCode.of(form.regionCode());
        if (region.level() != RegionLevel.PREFECTURE && region.level() != RegionLevel.COUNTY) {
            throw LedgerException.invalid("policy.badRegion");
        }
        AccessPolicy.require(caller, Action.MANAGE_POLICY_DOCUMENTS, region);
        if (blank(form.title()) || blank(form.issuer()) || blank(form.body()) || form.title().length() > 300
                || form.issuer().length() > 200 || (form.docNumber() != null && form.docNumber().length() > 100)) {
            throw LedgerException.invalid("policy.required");
        }
        auditActor.set(caller.username(), caller.role().name());
        PolicyDocument doc = new PolicyDocument(region, form.title().trim(), form.issuer().trim(),
                blank(form.docNumber()) ? null : form.docNumber().trim(), form.issuedOn(), form.body(),
                form.referenceOnly(), null, caller.username());
        em.persist(doc);
        em.flush();
        return view(doc);
    }

    @Override
    public PolicyDocumentView get(Caller caller, long id) {
        PolicyDocument doc = em.find(PolicyDocument.class, id);
        if (doc == null) {
            throw LedgerException.notFound("policy.notFound", id);
        }
        AccessPolicy.require(caller, Action.VIEW_NOTICES, doc.region());
        return view(doc);
    }

    @Override
    public List<PolicyDocumentView> list(Caller caller) {
        AccessPolicy.require(caller, Action.VIEW_NOTICES);
        return em.createQuery("select d from PolicyDocument d where d.regionCode like :p order by d.id desc",
                PolicyDocument.class).setParameter("p", caller.homeRegion().subtreePrefix() + "%")
                .getResultList().stream().map(DefaultPolicyDocuments::view).toList();
    }

    static PolicyDocumentView view(PolicyDocument d) {
        return new PolicyDocumentView(d.id(), d.region().value(), d.title(), d.issuer(), d.docNumber(), d.issuedOn(),
                d.isReferenceOnly(), d.body().length(), d.createdBy());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
