package cn.sunledger.web.interfaces.web;

import cn.sunledger.ledger.application.RegionDirectory;
import cn.sunledger.ledger.application.notice.PolicyDocumentForm;
import cn.sunledger.ledger.application.notice.PolicyDocumentView;
import cn.sunledger.ledger.application.notice.PolicyDocuments;
import cn.sunledger.ledger.domain.model.region.RegionLevel;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.service.access.Caller;
import cn.sunledger.ledger.infrastructure.time.BusinessClock;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 政策文件: the policy documents of the caller's jurisdiction and the form that enters a new one, after
 * which the page offers to publish it as a notice.
 */
@Named
@ViewScoped
public class PolicyDocumentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BusinessClock clock;

    @Inject
    transient PolicyDocuments documents;

    @Inject
    transient RegionDirectory regions;

    @Inject
    transient CurrentCaller caller;

    private List<PolicyDocumentView> list = List.of();
    private Map<String, String> regionNames = Map.of();
    private PolicyDocumentView created;

    private String regionCode;
    private String title;
    private String issuer;
    private String docNumber;
    private LocalDate issuedOn;
    private boolean referenceOnly;
    private String body;

    @PostConstruct
    void load() {
        try {
            loadList();
        } catch (LedgerException e) {
            FacesMessages.refused(e);
        }
        clearForm();
    }

    private void loadList() {
        list = documents.list(caller.get());
        Map<String, String> names = new HashMap<>();
        RegionNames.of(regions, caller.get(), list.stream().map(PolicyDocumentView::regionCode).distinct().toList())
                .forEach(p -> names.put(p.code(), p.name()));
        regionNames = names;
    }

    /** The name of a document's issuing region, or null where the caller may not see it. */
    public String regionName(String code) {
        return regionNames.get(code);
    }

    public void save() {
        try {
            created = documents.create(caller.get(), new PolicyDocumentForm(trimToNull(regionCode), title, issuer,
                    trimToNull(docNumber), issuedOn, body, referenceOnly));
            FacesMessages.info(UiText.get("policy.created", created.title()));
            loadList();
            clearForm();
        } catch (LedgerException e) {
            created = null;
            FacesMessages.refused(e);
        }
    }

    private void clearForm() {
        Caller c = caller.get();
        RegionLevel level = c.homeRegion().level();
        regionCode = level == RegionLevel.PREFECTURE || level == RegionLevel.COUNTY ? c.homeRegion().value() : null;
        title = null;
        issuer = null;
        docNumber = null;
        issuedOn = clock.today();
        referenceOnly = false;
        body = null;
    }

    private static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public List<PolicyDocumentView> getList() {
        return list;
    }

    public PolicyDocumentView getCreated() {
        return created;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public String getDocNumber() {
        return docNumber;
    }

    public void setDocNumber(String docNumber) {
        this.docNumber = docNumber;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }

    public boolean isReferenceOnly() {
        return referenceOnly;
    }

    public void setReferenceOnly(boolean referenceOnly) {
        this.referenceOnly = referenceOnly;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
