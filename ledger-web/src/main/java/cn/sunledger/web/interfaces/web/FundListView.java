package cn.sunledger.web.interfaces.web;

import cn.sunledger.ledger.application.Page;
import cn.sunledger.ledger.application.RegionDirectory;
import cn.sunledger.ledger.application.fund.FundDocumentFilter;
import cn.sunledger.ledger.application.fund.FundDocumentList;
import cn.sunledger.ledger.application.fund.FundDocumentView;
import cn.sunledger.ledger.application.fund.FundLedger;
import cn.sunledger.ledger.application.fund.FundLevel;
import cn.sunledger.ledger.application.fund.Posting;
import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Money;
import cn.sunledger.ledger.domain.service.access.AccessPolicy;
import cn.sunledger.ledger.domain.service.access.Action;
import cn.sunledger.ledger.infrastructure.time.BusinessClock;
import cn.sunledger.web.interfaces.rest.BeanChecks;
import cn.sunledger.web.interfaces.rest.dto.FundRequests;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.primefaces.model.LazyDataModel;

/**
 * 资金文件 ({@code funds.xhtml}): the fund documents in the caller's scope, paged in the database, filtered by
 * ledger region, year and source and searched by 文号 or purpose, with the totals of every matching document;
 * and the 登记资金文件 form for those who may record one, checked field by field before the ledger is asked.
 */
@Named
@ViewScoped
public class FundListView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "registerForm:";

    @Inject
    BusinessClock clock;

    @Inject
    transient FundLedger ledger;

    @Inject
    transient RegionDirectory regions;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient BeanChecks checks;

    @Inject
    LocaleView localeView;

    private String region;
    private Integer year;
    private FundSource source;
    private String text;

    private List<SelectItem> regionItems = List.of();
    private final Map<String, String> regionNames = new HashMap<>();
    private FundDocumentList.Totals totals = FundDocumentList.Totals.NONE;
    private final Documents documents = new Documents();
    private RegisterForm form;

    @PostConstruct
    void init() {
        regionItems = LedgerRegions.of(regions, caller.get());
        regionItems.forEach(i -> regionNames.put((String) i.getValue(), i.getLabel()));
        form = blankForm();
    }

    public void search() {
        documents.restart();
    }

    FundDocumentFilter filter() {
        String q = text == null ? null : text.strip();
        if (q != null && q.length() > FundDocumentFilter.MAX_TEXT) {
            q = q.substring(0, FundDocumentFilter.MAX_TEXT);
        }
        return new FundDocumentFilter(region == null || region.isBlank() ? null : RegionCode.of(region), year, source,
                q == null || q.isEmpty() ? null : q);
    }

    public boolean isMayRegister() {
        return !regionItems.isEmpty() && AccessPolicy.roleMay(caller.get().role(), Action.RECORD_FUND_DOCUMENT);
    }

    public void newDocument() {
        form = blankForm();
    }

    private RegisterForm blankForm() {
        RegisterForm f = new RegisterForm();
        f.regionCode = regionItems.isEmpty() ? null : (String) regionItems.get(0).getValue();
        f.year = clock.today().getYear();
        f.issuedOn = clock.today();
        f.level = FundLevel.COUNTY;
        return f;
    }

    /**
     * Registers the document: the amount must be an amount, then the request goes through the API's own checks and
     * the ledger's rules; every refusal stands by its field and nothing is saved. On success the document's page
     * opens with the entry number.
     */
    public String register() {
        Money amount = MoneyText.parse(form.amount);
        if (amount == null) {
            FieldErrors.at(FORM + "amount", UiText.get("fund.amount"), UiText.get("fund.amountFormat"));
            return null;
        }
        try {
            FundRequests.Document request = new FundRequests.Document();
            request.docNumber = form.docNumber;
            request.source = form.source;
            request.level = form.level;
            request.regionCode = form.regionCode;
            request.year = form.year;
            request.issuedOn = form.issuedOn;
            request.amount = amount.toString();
            request.purpose = form.purpose;
            Posting posted = ledger.registerDocument(caller.get(), checks.valid(request, localeView.getLocale()).toForm(),
                    null);
            FacesMessages.info(UiText.get("fund.registered", form.docNumber.strip(), posted.entryNo()));
            UiText.keepMessages();
            return "fund-document?faces-redirect=true&id=" + posted.recordId();
        } catch (LedgerException e) {
            FieldErrors.refused(e, "registerProblems", fields());
            return null;
        }
    }

    private static Map<String, String[]> fields() {
        return Map.of("docNumber", field("docNumber", "fund.docNumber"), "source", field("source", "fund.source"),
                "level", field("level", "fund.level"), "regionCode", field("region", "fund.region"),
                "year", field("year", "fund.year"), "issuedOn", field("issuedOn", "fund.issuedOn"),
                "date", field("issuedOn", "fund.issuedOn"), "amount", field("amount", "fund.amount"),
                "purpose", field("purpose", "fund.purpose"));
    }

    private static String[] field(String id, String labelKey) {
        return new String[] {FORM + id, UiText.get(labelKey)};
    }

    public String regionName(String code) {
        return regionNames.getOrDefault(code, code);
    }

    public List<Integer> getYears() {
        int now = clock.today().getYear();
        return IntStream.rangeClosed(now - 5, now + 1).boxed().sorted((a, b) -> b - a).toList();
    }

    public FundSource[] getSources() {
        return FundSource.values();
    }

    public FundLevel[] getLevels() {
        return FundLevel.values();
    }

    public LocalDate getToday() {
        return clock.today();
    }

    public LazyDataModel<FundDocumentView> getDocuments() {
        return documents;
    }

    public FundDocumentList.Totals getTotals() {
        return totals;
    }

    /** One page from the ledger; the totals of the whole filter come with it. */
    private final class Documents extends PagedDataModel<FundDocumentView> {

        private static final long serialVersionUID = 1L;

        @Override
        protected Page<FundDocumentView> fetch(int page, int size) {
            FundDocumentList found = ledger.documents(caller.get(), filter(), page, size);
            totals = found.totals();
            return found.page();
        }

        @Override
        protected String key(FundDocumentView d) {
            return String.valueOf(d.id());
        }
    }

    /** What the 登记资金文件 form holds; the amount stays text until it is checked. */
    public static final class RegisterForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String docNumber;
        private FundSource source;
        private FundLevel level;
        private String regionCode;
        private Integer year;
        private LocalDate issuedOn;
        private String amount;
        private String purpose;

        public String getDocNumber() {
            return docNumber;
        }

        public void setDocNumber(String docNumber) {
            this.docNumber = docNumber;
        }

        public FundSource getSource() {
            return source;
        }

        public void setSource(FundSource source) {
            this.source = source;
        }

        public FundLevel getLevel() {
            return level;
        }

        public void setLevel(FundLevel level) {
            this.level = level;
        }

        public String getRegionCode() {
            return regionCode;
        }

        public void setRegionCode(String regionCode) {
            this.regionCode = regionCode;
        }

        public Integer getYear() {
            return year;
        }

        public void setYear(Integer year) {
            this.year = year;
        }

        public LocalDate getIssuedOn() {
            return issuedOn;
        }

        public void setIssuedOn(LocalDate issuedOn) {
            this.issuedOn = issuedOn;
        }

        public String getAmount() {
            return amount;
        }

        public void setAmount(String amount) {
            this.amount = amount;
        }

        public String getPurpose() {
            return purpose;
        }

        public void setPurpose(String purpose) {
            this.purpose = purpose;
        }
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public FundSource getSource() {
        return source;
    }

    public void setSource(FundSource source) {
        this.source = source;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<SelectItem> getRegionItems() {
        return regionItems;
    }

    public RegisterForm getForm() {
        return form;
    }
}
