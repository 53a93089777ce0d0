package cn.sunledger.web.interfaces.web;

import cn.sunledger.ledger.application.RegionDirectory;
import cn.sunledger.ledger.application.fund.AllocationForm;
import cn.sunledger.ledger.application.fund.AllocationView;
import cn.sunledger.ledger.application.fund.DisbursementForm;
import cn.sunledger.ledger.application.fund.DocumentScan;
import cn.sunledger.ledger.application.fund.DocumentScanForm;
import cn.sunledger.ledger.application.fund.FundDocumentView;
import cn.sunledger.ledger.application.fund.FundLedger;
import cn.sunledger.ledger.application.fund.Posting;
import cn.sunledger.ledger.application.fund.ProjectChoice;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Money;
import cn.sunledger.ledger.domain.service.access.AccessPolicy;
import cn.sunledger.ledger.domain.service.access.Action;
import cn.sunledger.ledger.infrastructure.time.BusinessClock;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;

/**
 * One fund document ({@code fund-document.xhtml?id=}): its figures, its allocations with their payments, 分配资金
 * with a project picker that asks the ledger as the user types (a screenful at a time) and the remaining shown live,
 * and 登记支付 against an allocation. Each posting says its entry number. An id that is not a document's shows the
 * product's not-found page (HTTP 404).
 */
@Named
@ViewScoped
public class FundDocumentDetailView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** How many projects the picker offers at once: type more to narrow. */
    static final int PICKER_SIZE = 20;
    /** The ledger's limit for a scan (10 MB); the page refuses a larger file before sending it. */
    static final int MAX_SCAN_BYTES = 10 * 1024 * 1024;

    @Inject
    BusinessClock clock;

    @Inject
    transient FundLedger ledger;

    @Inject
    transient RegionDirectory regions;

    @Inject
    transient CurrentCaller caller;

    private String id;
    private boolean notFound;
    private FundDocumentView document;
    private String regionName;
    private List<AllocationView> allocations = List.of();
    private final Map<String, String> villageNames = new HashMap<>();
    private final Map<Long, ProjectChoice> offered = new HashMap<>();

    private ProjectChoice project;
    private String allocationAmount;
    private LocalDate allocatedOn;

    private DocumentScan scan;
    private transient UploadedFile scanUpload;

    private AllocationView paying;
    private String payee;
    private String paymentAmount;
    private String voucherNo;
    private LocalDate paidOn;

    /** The view action: the document, or the not-found page for an id that names none the caller may read. */
    public void load() {
        Long docId = id != null && id.matches("\\d{1,18}") ? Long.valueOf(id) : null;
        if (docId == null) {
            notFound();
            return;
        }
        try {
            document = ledger.document(caller.get(), docId);
            regionName = regions.names(caller.get(), List.of(document.regionCode()))
                    .getOrDefault(document.regionCode(), document.regionCode());
            reload();
            allocatedOn = clock.today();
        } catch (LedgerException e) {
            if (e.kind() == LedgerException.Kind.NOT_FOUND) {
                notFound();
            } else {
                document = null;
                FacesMessages.refused(e);
            }
        }
    }

    private void notFound() {
        notFound = true;
        document = null;
        NotFoundStatus.answer();
    }

    private void reload() {
        document = ledger.document(caller.get(), document.id());
        allocations = ledger.allocations(caller.get(), document.id());
        scan = ledger.scan(caller.get(), document.id()).orElse(null);
        nameVillages(allocations.stream().map(AllocationView::villageCode).toList());
    }

    private void nameVillages(Collection<String> codes) {
        List<String> unknown = codes.stream().filter(c -> !villageNames.containsKey(c)).distinct().toList();
        if (!unknown.isEmpty()) {
            villageNames.putAll(regions.names(caller.get(), unknown));
        }
    }

    public boolean isMayAllocate() {
        return document != null && AccessPolicy.permits(caller.get(), Action.ALLOCATE_FUNDS,
                RegionCode.of(document.regionCode()));
    }

    public boolean isMayDisburse() {
        return document != null && AccessPolicy.permits(caller.get(), Action.DISBURSE_FUNDS,
                RegionCode.of(document.regionCode()));
    }

    /** The picker's suggestions: projects of the document's region in the library or further, by name or code. */
    public List<ProjectChoice> completeProject(String text) {
        if (document == null) {
            return List.of();
        }
        try {
            List<ProjectChoice> found = ledger.allocatableProjects(caller.get(), document.id(), text, PICKER_SIZE);
            nameVillages(found.stream().map(ProjectChoice::villageCode).toList());
            found.forEach(p -> offered.put(p.id(), p));
            return found;
        } catch (LedgerException e) {
            return List.of();
        }
    }

    /** "古城村蔬菜大棚项目 · 古城村 · 实施" */
    public String choiceLabel(ProjectChoice p) {
        return p == null ? "" : p.name() + " · " + villageName(p.villageCode()) + " · "
                + UiText.get("project.status." + p.status().name());
    }

    /** Keeps the chosen project between requests by its id, from the suggestions this view offered. */
    public Converter<ProjectChoice> getProjectConverter() {
        return new Converter<>() {
            @Override
            public ProjectChoice getAsObject(FacesContext context, UIComponent component, String value) {
                return value == null || !value.matches("\\d{1,18}") ? null : offered.get(Long.valueOf(value));
            }

            @Override
            public String getAsString(FacesContext context, UIComponent component, ProjectChoice value) {
                return value == null ? "" : String.valueOf(value.id());
            }
        };
    }

    /** What would remain of the document after the amount being typed (null until it is an amount). */
    public BigDecimal getRemainingAfter() {
        return document == null ? null : MoneyText.after(document.remaining(), allocationAmount);
    }

    public void allocate() {
        if (project == null) {
            FieldErrors.at("allocateForm:project", UiText.get("fund.project"), UiText.get("fund.chooseProject"));
            return;
        }
        Money amount = MoneyText.parse(allocationAmount);
        if (amount == null) {
            FieldErrors.at("allocateForm:amount", UiText.get("fund.amount"), UiText.get("fund.amountFormat"));
            return;
        }
        try {
            Posting posted = ledger.allocate(caller.get(), new AllocationForm(document.id(), project.id(), amount,
                    allocatedOn), null);
            FacesMessages.info(UiText.get("fund.allocated.done", MoneyText.show(amount), project.name(),
                    posted.entryNo()));
            project = null;
            allocationAmount = null;
            reload();
        } catch (LedgerException e) {
            FieldErrors.refused(e, "allocateProblems", Map.of(
                    "amount", new String[] {"allocateForm:amount", UiText.get("fund.amount")},
                    "date", new String[] {"allocateForm:allocatedOn", UiText.get("fund.allocatedOn")},
                    "project", new String[] {"allocateForm:project", UiText.get("fund.project")}));
        }
    }

    /** Whoever may record the document's ledger may attach (or replace) its scan. */
    public boolean isMayAttach() {
        return document != null && AccessPolicy.permits(caller.get(), Action.RECORD_FUND_DOCUMENT,
                RegionCode.of(document.regionCode()));
    }

    /** 上传扫描件: the ledger judges the file by its bytes; a refusal is shown by the file field. */
    public void attachScan() {
        try {
            byte[] bytes = null;
            String name = null;
            if (scanUpload != null && scanUpload.getSize() > 0) {
                try (InputStream in = scanUpload.getInputStream()) {
                    bytes = in.readNBytes(MAX_SCAN_BYTES + 1);
                }
                name = scanUpload.getFileName();
            }
            DocumentScan attached = ledger.attachScan(caller.get(), document.id(), new DocumentScanForm(bytes, name));
            FacesMessages.info(UiText.get("fund.scanAttached", attached.fileName()));
            scanUpload = null;
            reload();
        } catch (LedgerException e) {
            FieldErrors.refused(e, "scanProblems", Map.of(
                    "file", new String[] {"scanForm:scanFile", UiText.get("fund.scan")}));
        } catch (IOException e) {
            FieldErrors.at("scanForm:scanFile", UiText.get("fund.scan"), UiText.get("fund.scanUnreadable"));
        }
    }

    /** "1.2 MB", "350 KB" */
    public String scanSize() {
        if (scan == null) {
            return "";
        }
        return FileSizeText.show(scan.byteSize());
    }

    public long getMaxScanBytes() {
        return MAX_SCAN_BYTES;
    }

    public DocumentScan getScan() {
        return scan;
    }

    public UploadedFile getScanUpload() {
        return scanUpload;
    }

    public void setScanUpload(UploadedFile scanUpload) {
        this.scanUpload = scanUpload;
    }

    /** Opens the 登记支付 dialog for an allocation. */
    public void preparePayment(AllocationView allocation) {
        paying = allocation;
        payee = null;
        paymentAmount = null;
        voucherNo = null;
        paidOn = clock.today();
    }

    public void disburse() {
        if (paying == null) {
            return;
        }
        Money amount = MoneyText.parse(paymentAmount);
        if (amount == null) {
            FieldErrors.at("paymentForm:amount", UiText.get("fund.amount"), UiText.get("fund.amountFormat"));
            return;
        }
        try {
            Posting posted = ledger.disburse(caller.get(), new DisbursementForm(paying.id(), amount, payee.strip(),
                    voucherNo.strip(), paidOn), null);
            FacesMessages.info(UiText.get("fund.disbursed.done", MoneyText.show(amount), payee.strip(),
                    posted.entryNo()));
            paying = null;
            reload();
        } catch (LedgerException e) {
            FieldErrors.refused(e, "paymentProblems", Map.of(
                    "amount", new String[] {"paymentForm:amount", UiText.get("fund.amount")},
                    "date", new String[] {"paymentForm:paidOn", UiText.get("fund.paidOn")}));
        }
    }

    public String villageName(String code) {
        return villageNames.getOrDefault(code, code);
    }

    /** The remaining of the allocation being paid, for the dialog. */
    public BigDecimal getPaymentRemainingAfter() {
        return paying == null ? null : MoneyText.after(paying.remaining(), paymentAmount);
    }

    /** Σ of the allocations' figures, for the table's totals row. */
    public Money total(String figure) {
        Money sum = Money.ZERO;
        for (AllocationView a : allocations) {
            sum = sum.plus(switch (figure) {
                case "amount" -> a.reversed() ? Money.ZERO : a.amount();
                case "disbursed" -> a.disbursed();
                default -> a.remaining();
            });
        }
        return sum;
    }

    public LocalDate getToday() {
        return clock.today();
    }

    public List<AllocationView> getAllocations() {
        return allocations;
    }

    public List<AllocationView> getOpenAllocations() {
        List<AllocationView> open = new ArrayList<>();
        allocations.stream().filter(a -> !a.reversed() && a.remaining().isPositive()).forEach(open::add);
        return open;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public FundDocumentView getDocument() {
        return document;
    }

    public String getRegionName() {
        return regionName;
    }

    public ProjectChoice getProject() {
        return project;
    }

    public void setProject(ProjectChoice project) {
        this.project = project;
    }

    public String getAllocationAmount() {
        return allocationAmount;
    }

    public void setAllocationAmount(String allocationAmount) {
        this.allocationAmount = allocationAmount;
    }

    public LocalDate getAllocatedOn() {
        return allocatedOn;
    }

    public void setAllocatedOn(LocalDate allocatedOn) {
        this.allocatedOn = allocatedOn;
    }

    public AllocationView getPaying() {
        return paying;
    }

    public String getPayee() {
        return payee;
    }

    public void setPayee(String payee) {
        this.payee = payee;
    }

    public String getPaymentAmount() {
        return paymentAmount;
    }

    public void setPaymentAmount(String paymentAmount) {
        this.paymentAmount = paymentAmount;
    }

    public String getVoucherNo() {
        return voucherNo;
    }

    public void setVoucherNo(String voucherNo) {
        this.voucherNo = voucherNo;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public void setPaidOn(LocalDate paidOn) {
        this.paidOn = paidOn;
    }
}
