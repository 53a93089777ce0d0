package cn.sunledger.web.interfaces.web;

import cn.sunledger.ledger.application.Page;
import cn.sunledger.ledger.application.RegionDirectory;
import cn.sunledger.ledger.application.RegionView;
import cn.sunledger.ledger.application.notice.DraftRequest;
import cn.sunledger.ledger.application.notice.NoticeFilter;
import cn.sunledger.ledger.application.notice.NoticeTypeView;
import cn.sunledger.ledger.application.notice.NoticeView;
import cn.sunledger.ledger.application.notice.Notices;
import cn.sunledger.ledger.application.notice.PolicyDocumentView;
import cn.sunledger.ledger.application.notice.PolicyDocuments;
import cn.sunledger.ledger.domain.model.notice.NoticeStatus;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.service.access.AccessPolicy;
import cn.sunledger.ledger.domain.service.access.Action;
import cn.sunledger.ledger.infrastructure.time.BusinessClock;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.primefaces.event.NodeExpandEvent;
import org.primefaces.event.NodeSelectEvent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.TreeNode;

/**
 * 公告公示: the notices that concern the caller, filtered by status, type and year, and the dialog that
 * drafts a new one (type, subject, places to post it, period). {@code ?policy=ID} opens the dialog for that
 * policy document, as the policy document screen's "publish as notice" does.
 */
@Named
@ViewScoped
public class NoticeListView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String POLICY = "POLICY";
    /** The first year of the 2021–2025 transition period; the year filter starts there. */
    private static final int FIRST_YEAR = 2021;

    @Inject
    BusinessClock clock;

    @Inject
    transient Notices notices;

    @Inject
    transient PolicyDocuments documents;

    @Inject
    transient RegionDirectory regions;

    @Inject
    transient CurrentCaller caller;

    @Inject
    LocaleView localeView;

    private NoticeStatus status;
    private String type;
    private Integer year;
    private final NoticeRows list = new NoticeRows();
    private List<NoticeTypeView> types = List.of();
    private Long policy;
    private String draftFor;
    private String subject;

    private boolean draftOpen;
    private String draftType;
    private String subjectId;
    private List<PolicyDocumentView> policyDocuments = List.of();
    private String codesInput;
    private final List<Place> places = new ArrayList<>();
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private RegionPicker picker;
    private TreeNode<RegionView> pickerSelection;

    @PostConstruct
    void load() {
        types = notices.types();
    }

    /** Filters changed: the table starts again at its first page. */
    public void search() {
        list.restart();
    }

    /** One page of the notices that concern the caller, paged by the notice engine. */
    private final class NoticeRows extends PagedDataModel<NoticeView> {

        private static final long serialVersionUID = 1L;

        @Override
        protected Page<NoticeView> fetch(int page, int size) {
            return notices.list(caller.get(), new NoticeFilter(status, blankToNull(type), year), page, size);
        }

        @Override
        protected String key(NoticeView n) {
            return String.valueOf(n.id());
        }
    }

    /**
     * The view action of {@code ?policy=ID}: the draft dialog, open and filled in for that document; of
     * {@code ?draft=TYPE&subject=ID}, as a record's page links it ("起草资产处置公示"): open for that type and subject,
     * the places left to the type's default and the period to the user.
     */
    public void openForPolicy() {
        if (policy == null && draftFor != null && subject != null && mayDraft()
                && types.stream().anyMatch(t -> t.code().equals(draftFor))) {
            startDraft();
            draftType = draftFor;
            subjectId = subject;
            draftOpen = true;
            return;
        }
        if (policy == null || !mayDraft()) {
            return;
        }
        startDraft();
        try {
            PolicyDocumentView doc = documents.get(caller.get(), policy);
            draftType = POLICY;
            subjectId = String.valueOf(doc.id());
            addPlace(doc.regionCode());
            draftOpen = true;
        } catch (LedgerException e) {
            FacesMessages.refused(e);
        }
    }

    public void startDraft() {
        draftOpen = false;
        draftType = types.stream().anyMatch(t -> POLICY.equals(t.code())) ? POLICY
                : types.isEmpty() ? null : types.get(0).code();
        subjectId = null;
        codesInput = null;
        places.clear();
        periodStart = null;
        periodEnd = null;
        pickerSelection = null;
        try {
            policyDocuments = documents.list(caller.get());
            picker = new RegionPicker(regions, caller.get());
        } catch (LedgerException e) {
            FacesMessages.refused(e);
        }
    }

    public void onTypeChange() {
        subjectId = null;
        if (!isDraftHasPeriod()) {
            periodStart = null;
            periodEnd = null;
        }
    }

    /** Adds the codes typed into the field, each checked and named; bad ones stay in the field. */
    public void addCodes() {
        List<String> rejected = new ArrayList<>();
        for (String code : splitCodes(codesInput)) {
            if (!addPlace(code)) {
                rejected.add(code);
            }
        }
        codesInput = rejected.isEmpty() ? null : String.join(", ", rejected);
    }

    public void onPickerExpand(NodeExpandEvent event) {
        @SuppressWarnings("unchecked")
        TreeNode<RegionView> node = (TreeNode<RegionView>) event.getTreeNode();
        picker.expand(regions, caller.get(), node);
    }

    public void onPickerSelect(NodeSelectEvent event) {
        RegionView region = (RegionView) event.getTreeNode().getData();
        if (RegionPicker.isRegion(region) && places.stream().noneMatch(p -> p.code().equals(region.code()))) {
            places.add(new Place(region.code(), region.name()));
        }
    }

    public void removePlace(String code) {
        places.removeIf(p -> p.code().equals(code));
    }

    /** Drafts the notice and goes to its page; a refusal stays in the dialog and changes nothing. */
    public String saveDraft() {
        if (codesInput != null && !codesInput.isBlank()) {
            addCodes();
            if (codesInput != null) {
                return null;
            }
        }
        if (blankToNull(subjectId) == null) {
            UiText.error("notice.subjectRequired");
            return null;
        }
        boolean period = isDraftHasPeriod();
        try {
            NoticeView draft = notices.draft(caller.get(), new DraftRequest(draftType, blankToNull(subjectId),
                    places.stream().map(Place::code).toList(), period ? periodStart : null, period ? periodEnd : null));
            FacesMessages.info(UiText.get("notice.drafted"));
            UiText.keepMessages();
            return "notice?faces-redirect=true&id=" + draft.id();
        } catch (LedgerException e) {
            FacesMessages.refused(e);
            return null;
        }
    }

    private boolean addPlace(String code) {
        if (places.stream().anyMatch(p -> p.code().equals(code))) {
            return true;
        }
        if (!RegionCode.isValid(code)) {
            FacesMessages.refused(LedgerException.invalid("region.badCode", code));
            return false;
        }
        try {
            RegionView region = regions.get(caller.get(), RegionCode.of(code));
            places.add(new Place(region.code(), region.name()));
            return true;
        } catch (LedgerException e) {
            FacesMessages.refused(e);
            return false;
        }
    }

    static List<String> splitCodes(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.of(text.trim().split("[\\s,，;；、]+"));
    }

    private boolean mayDraft() {
        return AccessPolicy.roleMay(caller.get().role(), Action.DRAFT_NOTICE);
    }

    /** The type's name in the page's language. */
    public String typeName(String code) {
        return types.stream().filter(t -> t.code().equals(code)).findFirst()
                .map(t -> localeView.isEnglish() ? t.englishName() : t.chineseName()).orElse(code);
    }

    public String typeLabel(NoticeTypeView t) {
        return localeView.isEnglish() ? t.englishName() : t.chineseName();
    }

    public boolean isDraftHasPeriod() {
        return types.stream().anyMatch(t -> t.code().equals(draftType) && t.hasPeriod());
    }

    public boolean isDraftPolicy() {
        return POLICY.equals(draftType);
    }

    public String policyLabel(PolicyDocumentView d) {
        return d.docNumber() == null ? d.title() : d.title() + "（" + d.docNumber() + "）";
    }

    public List<Integer> getYears() {
        int now = clock.today().getYear();
        return IntStream.rangeClosed(FIRST_YEAR, now).map(y -> now - y + FIRST_YEAR).boxed().toList();
    }

    public NoticeStatus[] getStatuses() {
        return NoticeStatus.values();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public LazyDataModel<NoticeView> getList() {
        return list;
    }

    public List<NoticeTypeView> getTypes() {
        return types;
    }

    public NoticeStatus getStatus() {
        return status;
    }

    public void setStatus(NoticeStatus status) {
        this.status = status;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Long getPolicy() {
        return policy;
    }

    public void setPolicy(Long policy) {
        this.policy = policy;
    }

    public String getDraftFor() {
        return draftFor;
    }

    public void setDraftFor(String draftFor) {
        this.draftFor = draftFor;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public boolean isDraftOpen() {
        return draftOpen;
    }

    public String getDraftType() {
        return draftType;
    }

    public void setDraftType(String draftType) {
        this.draftType = draftType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(String subjectId) {
        this.subjectId = subjectId;
    }

    public List<PolicyDocumentView> getPolicyDocuments() {
        return policyDocuments;
    }

    public String getCodesInput() {
        return codesInput;
    }

    public void setCodesInput(String codesInput) {
        this.codesInput = codesInput;
    }

    public List<Place> getPlaces() {
        return places;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(LocalDate periodStart) {
        this.periodStart = periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(LocalDate periodEnd) {
        this.periodEnd = periodEnd;
    }

    public TreeNode<RegionView> getPickerRoot() {
        return picker == null ? null : picker.root();
    }

    public TreeNode<RegionView> getPickerSelection() {
        return pickerSelection;
    }

    public void setPickerSelection(TreeNode<RegionView> pickerSelection) {
        this.pickerSelection = pickerSelection;
    }
}
