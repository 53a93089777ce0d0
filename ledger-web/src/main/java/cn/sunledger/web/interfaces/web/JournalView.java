package cn.sunledger.web.interfaces.web;

import cn.sunledger.ledger.application.Page;
import cn.sunledger.ledger.application.RegionDirectory;
import cn.sunledger.ledger.application.fund.ChainCheck;
import cn.sunledger.ledger.application.fund.FundDocumentFilter;
import cn.sunledger.ledger.application.fund.FundDocumentView;
import cn.sunledger.ledger.application.fund.FundLedger;
import cn.sunledger.ledger.application.fund.JournalEntryView;
import cn.sunledger.ledger.application.fund.JournalFilter;
import cn.sunledger.ledger.application.fund.PeriodClose;
import cn.sunledger.ledger.application.fund.PeriodStatus;
import cn.sunledger.ledger.application.fund.Posting;
import cn.sunledger.ledger.application.fund.ProjectChoice;
import cn.sunledger.ledger.domain.model.fund.EntryKind;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.service.access.AccessPolicy;
import cn.sunledger.ledger.domain.service.access.Action;
import cn.sunledger.ledger.infrastructure.time.BusinessClock;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
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
 * 记账凭证/日记账 ({@code journal.xhtml}): a ledger region's journal for a year, paged in the database and filtered by
 * month, kind, project and fund document; 红字冲销 of an entry with a reason; 月结/年结 with what closing recorded and
 * the year's periods open or closed; and 校验账链, which recomputes the region's chain and names the first bad entry.
 */
@Named
@ViewScoped
public class JournalView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BusinessClock clock;

    @Inject
    transient FundLedger ledger;

    @Inject
    transient RegionDirectory regions;

    @Inject
    transient CurrentCaller caller;

    @Inject
    LocaleView localeView;

    private String region;
    private Integer year;
    private Integer month;
    private EntryKind kind;
    private ProjectChoice project;
    private Long document;
    private String documentParam;

    private List<SelectItem> regionItems = List.of();
    private List<SelectItem> documentItems = List.of();
    private final Map<Long, ProjectChoice> offered = new HashMap<>();
    private final Entries entries = new Entries();
    private List<PeriodStatus> periods = List.of();

    private String reversing;
    private String reason;
    private String closing;
    private PeriodClose closed;
    private ChainCheck check;

    /** The view action: the caller's first ledger and this year, or the ledger and year of a document asked for. */
    public void load() {
        regionItems = LedgerRegions.of(regions, caller.get());
        if (regionItems.isEmpty()) {
            FacesMessages.info(UiText.get("journal.noLedger"));
            return;
        }
        region = (String) regionItems.get(0).getValue();
        year = clock.today().getYear();
        if (documentParam != null && documentParam.matches("\\d{1,18}")) {
            try {
                FundDocumentView d = ledger.document(caller.get(), Long.parseLong(documentParam));
                region = d.regionCode();
                year = d.issuedOn().getYear();
                document = d.id();
            } catch (LedgerException e) {
                FacesMessages.refused(e);
            }
        }
        refreshChoices();
    }

    public boolean isLedgerOpen() {
        return region != null;
    }

    /** Region or year changed: documents, periods and the table follow. */
    public void changeLedger() {
        if (document != null && documentItems.stream().noneMatch(i -> document.equals(i.getValue()))) {
            document = null;
        }
        project = null;
        closed = null;
        check = null;
        refreshChoices();
    }

    private void refreshChoices() {
        try {
            documentItems = ledger.documents(caller.get(), new FundDocumentFilter(RegionCode.of(region), year, null,
                    null), 0, Page.MAX_SIZE).page().items().stream()
                    .map(d -> new SelectItem(d.id(), d.docNumber())).toList();
            periods = ledger.periods(caller.get(), region, year);
        } catch (LedgerException e) {
            FacesMessages.refused(e);
        }
        entries.restart();
    }

    public void search() {
        entries.restart();
    }

    JournalFilter filter() {
        return new JournalFilter(region, year, month, kind, project == null ? null : project.id(), document);
    }

    public List<ProjectChoice> completeProject(String text) {
        try {
            List<ProjectChoice> found = ledger.fundedProjects(caller.get(), region, text, 20);
            found.forEach(p -> offered.put(p.id(), p));
            return found;
        } catch (LedgerException e) {
            return List.of();
        }
    }

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

    public String choiceLabel(ProjectChoice p) {
        return p == null ? "" : p.name() + " · " + p.code();
    }

    // 红字冲销

    public boolean mayReverse(JournalEntryView e) {
        return e.kind() != EntryKind.REVERSAL && e.reversedBy() == null
                && AccessPolicy.permits(caller.get(), Action.REVERSE_ENTRY, RegionCode.of(region));
    }

    public void prepareReversal(String entryNo) {
        reversing = entryNo;
        reason = null;
    }

    public void reverse() {
        if (reversing == null) {
            return;
        }
        if (reason == null || reason.isBlank()) {
            FieldErrors.at("reverseForm:reason", UiText.get("journal.reason"), UiText.get("fund.required"));
            return;
        }
        try {
            Posting posted = ledger.reverse(caller.get(), reversing, reason.strip(), null);
            FacesMessages.info(UiText.get(posted.inLaterPeriod() ? "journal.reversedLater" : "journal.reversed",
                    reversing, posted.entryNo()));
            reversing = null;
            entries.restart();
        } catch (LedgerException e) {
            FieldErrors.refused(e, "reverseProblems", Map.of());
        }
    }

    // 月结/年结

    public boolean isMayClose() {
        return region != null && AccessPolicy.permits(caller.get(), Action.CLOSE_PERIOD, RegionCode.of(region));
    }

    /** The open periods that may be closed now: months that have begun, the year once it has ended. */
    public List<String> getClosable() {
        LocalDate today = clock.today();
        return periods.stream().filter(p -> !p.closed()).map(PeriodStatus::period)
                .filter(p -> p.length() == 4 ? Integer.parseInt(p) < today.getYear()
                        : !java.time.YearMonth.parse(p).isAfter(java.time.YearMonth.from(today)))
                .toList();
    }

    public void closePeriod() {
        if (closing == null || closing.isBlank()) {
            FieldErrors.at("closeForm:period", UiText.get("journal.period"), UiText.get("fund.required"));
            return;
        }
        try {
            closed = ledger.closePeriod(caller.get(), region, closing);
            FacesMessages.info(UiText.get("journal.closed", periodLabel(closing)));
            periods = ledger.periods(caller.get(), region, year);
            closing = null;
        } catch (LedgerException e) {
            FieldErrors.refused(e, "closeProblems", Map.of());
        }
    }

    /** "2026年3月" or "2026年（年结）" in Chinese; "2026-03" / "Year 2026" in English. */
    public String periodLabel(String period) {
        if (period == null) {
            return "";
        }
        if (period.length() == 4) {
            return UiText.get("journal.periodYear", period);
        }
        return UiText.get("journal.periodMonth", period.substring(0, 4), Integer.parseInt(period.substring(5)));
    }

    // 校验账链

    public void verify() {
        try {
            check = ledger.verifyChain(caller.get(), region);
        } catch (LedgerException e) {
            FacesMessages.refused(e);
        }
    }

    /** "全部 12 条分录的封存值和链接均完好", or the first bad entry and why. */
    public String getCheckText() {
        if (check == null) {
            return "";
        }
        return check.intact() ? UiText.get("journal.chainIntact", check.checked())
                : UiText.get("journal.chainBroken", check.firstBadEntry(),
                        UiText.get("journal.chainProblem." + check.problem()), check.checked());
    }

    public List<Integer> getYears() {
        int now = clock.today().getYear();
        return IntStream.rangeClosed(now - 5, now).boxed().sorted((a, b) -> b - a).toList();
    }

    public List<Integer> getMonths() {
        return IntStream.rangeClosed(1, 12).boxed().toList();
    }

    public EntryKind[] getKinds() {
        return EntryKind.values();
    }

    public LazyDataModel<JournalEntryView> getEntries() {
        return entries;
    }

    private final class Entries extends PagedDataModel<JournalEntryView> {

        private static final long serialVersionUID = 1L;

        @Override
        protected Page<JournalEntryView> fetch(int page, int size) {
            if (region == null) {
                return new Page<>(List.of(), 0);
            }
            return ledger.journal(caller.get(), filter(), page, size);
        }

        @Override
        protected String key(JournalEntryView e) {
            return e.entryNo();
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

    public Integer getMonth() {
        return month;
    }

    public void setMonth(Integer month) {
        this.month = month;
    }

    public EntryKind getKind() {
        return kind;
    }

    public void setKind(EntryKind kind) {
        this.kind = kind;
    }

    public ProjectChoice getProject() {
        return project;
    }

    public void setProject(ProjectChoice project) {
        this.project = project;
    }

    public Long getDocument() {
        return document;
    }

    public void setDocument(Long document) {
        this.document = document;
    }

    public String getDocumentParam() {
        return documentParam;
    }

    public void setDocumentParam(String documentParam) {
        this.documentParam = documentParam;
    }

    public List<SelectItem> getRegionItems() {
        return regionItems;
    }

    public List<SelectItem> getDocumentItems() {
        return documentItems;
    }

    public List<PeriodStatus> getPeriods() {
        return periods;
    }

    public String getReversing() {
        return reversing;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getClosing() {
        return closing;
    }

    public void setClosing(String closing) {
        this.closing = closing;
    }

    public PeriodClose getClosed() {
        return closed;
    }

    public ChainCheck getCheck() {
        return check;
    }
}
