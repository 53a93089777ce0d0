package cn.sunledger.ledger.application.internal.fund;

import cn.sunledger.ledger.application.Page;
import cn.sunledger.ledger.application.fund.AllocationForm;
import cn.sunledger.ledger.application.fund.AllocationView;
import cn.sunledger.ledger.application.fund.ChainCheck;
import cn.sunledger.ledger.application.fund.DocumentScan;
import cn.sunledger.ledger.application.fund.DocumentScanForm;
import cn.sunledger.ledger.application.fund.DisbursementForm;
import cn.sunledger.ledger.application.fund.FundDocumentFilter;
import cn.sunledger.ledger.application.fund.FundDocumentForm;
import cn.sunledger.ledger.application.fund.FundDocumentList;
import cn.sunledger.ledger.application.fund.FundDocumentView;
import cn.sunledger.ledger.application.fund.FundLedger;
import cn.sunledger.ledger.application.fund.IdempotencyKey;
import cn.sunledger.ledger.application.fund.JournalEntryView;
import cn.sunledger.ledger.application.fund.JournalFilter;
import cn.sunledger.ledger.application.fund.PeriodClose;
import cn.sunledger.ledger.application.fund.PeriodStatus;
import cn.sunledger.ledger.application.fund.Posting;
import cn.sunledger.ledger.application.fund.ProjectChoice;
import cn.sunledger.ledger.application.fund.ScanFile;
import cn.sunledger.ledger.application.internal.fund.FundDocumentReads.Figures;
import cn.sunledger.ledger.application.internal.fund.FundStore.AllocationRow;
import cn.sunledger.ledger.application.internal.fund.FundStore.DocumentRow;
import cn.sunledger.ledger.application.internal.fund.FundStore.ProjectRef;
import cn.sunledger.ledger.application.internal.fund.JournalPoster.OpenEntry;
import cn.sunledger.ledger.domain.model.fund.Account;
import cn.sunledger.ledger.domain.model.fund.EntryKind;
import cn.sunledger.ledger.domain.model.fund.JournalEntry;
import cn.sunledger.ledger.domain.model.fund.JournalLine;
import cn.sunledger.ledger.domain.model.fund.Movement;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.region.RegionLevel;
import cn.sunledger.ledger.domain.model.shared.FileContent;
import cn.sunledger.ledger.domain.model.shared.FileType;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Money;
import cn.sunledger.ledger.domain.service.access.AccessPolicy;
import cn.sunledger.ledger.domain.service.access.Action;
import cn.sunledger.ledger.domain.service.access.Caller;
import cn.sunledger.ledger.infrastructure.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.TreeMap;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The fund ledger's rules, each held in the posting transaction on locked rows: the document's or allocation's
 * guard row is locked before the journal's chain head (one order everywhere), the limit is read from it, the
 * movement posted and the guard changed. Figures shown are derived from the journal lines.
 */
@ApplicationScoped
@Transactional
@RetriedOnLockConflict
public class DefaultFundLedger implements FundLedger {

    /** A scan is a PDF or a JPEG (what scanners and phones make of a paper document). */
    private static final FileContent SCANS = new FileContent("fund.scan", FileType.PDF, FileType.JPEG);

    @Inject
    FundStore funds;

    @Inject
    JournalStore journal;

    @Inject
    JournalPoster poster;

    @Inject
    IdempotentPostings idempotent;

    @Inject
    OwnerFundsGuard ownerFunds;

    @Inject
    FundDocumentReads documentReads;

    @Inject
    JournalReads journalReads;

    @Inject
    ChainVerifier chains;

    @Inject
    DocumentScanStore scans;

    @Inject
    BusinessClock clock;

    @Override
    public Posting registerDocument(Caller caller, FundDocumentForm f, IdempotencyKey key) {
        return idempotent.once(caller, key, () -> register(caller, f));
    }

    @Override
    public Posting allocate(Caller caller, AllocationForm f, IdempotencyKey key) {
        return idempotent.once(caller, key, () -> allocate(caller, f));
    }

    @Override
    public Posting disburse(Caller caller, DisbursementForm f, IdempotencyKey key) {
        return idempotent.once(caller, key, () -> disburse(caller, f));
    }

    @Override
    public Posting reverse(Caller caller, String entryNo, String reason, IdempotencyKey key) {
        return idempotent.once(caller, key, () -> reverse(caller, entryNo, reason));
    }

    private Posting register(Caller caller, FundDocumentForm f) {
        RegionCode region = ledgerRegion(f.regionCode());
        AccessPolicy.require(caller, Action.RECORD_FUND_DOCUMENT, region);
        LocalDate today = clock.today();
        if (f.issuedOn().isAfter(today)) {
            throw LedgerException.rule("fund.dateInFuture", f.issuedOn());
        }
        if (f.year() < f.issuedOn().getYear() - 1 || f.year() > f.issuedOn().getYear() + 1) {
            throw LedgerException.rule("fund.documentYear", f.year(), f.issuedOn());
        }
        if (!f.amount().isPositive()) {
            throw LedgerException.rule("fund.amountNotPositive");
        }
        if (funds.documentNumberTaken(region.value(), f.docNumber())) {
            throw LedgerException.conflict("fund.documentNumberTaken", f.docNumber());
        }
        OpenEntry open = poster.open(region.value(), f.issuedOn());
        long id = funds.insertDocument(f, open.entryNo(), caller.username(), open.at());
        JournalEntry entry = poster.post(open, Movement.of(EntryKind.DOCUMENT, f.issuedOn(), Map.of("docNumber",
                f.docNumber()),
                JournalLine.debit(Account.DOCUMENT_AVAILABLE, id, null, null, f.source(), f.amount()),
                JournalLine.credit(Account.FUNDS_RECEIVED, id, null, null, f.source(), f.amount())), caller.username());
        return posting(entry, id, false);
    }

    private Posting allocate(Caller caller, AllocationForm f) {
        DocumentRow doc = funds.document(f.fundDocumentId(), true)
                .orElseThrow(() -> LedgerException.notFound("fund.documentNotFound", f.fundDocumentId()));
        AccessPolicy.require(caller, Action.ALLOCATE_FUNDS, RegionCode.of(doc.regionCode()));
        ProjectRef project = funds.project(f.projectId())
                .orElseThrow(() -> LedgerException.notFound("project.notFound", f.projectId()));
        if (!project.status().isInLibrary()) {
            throw LedgerException.rule("fund.projectNotInLibrary", project.code(), project.status().chineseName());
        }
        if (!RegionCode.of(doc.regionCode()).contains(RegionCode.of(project.countyCode()))) {
            throw LedgerException.rule("fund.projectOutsideDocument", project.code(), doc.docNumber());
        }
        requirePositive(f.amount());
        requireDate(f.allocatedOn(), doc.issuedOn());
        if (f.amount().exceeds(doc.unallocated())) {
            throw LedgerException.rule("fund.exceedsDocument", f.amount(), doc.docNumber(), doc.unallocated());
        }
        OpenEntry open = poster.open(doc.regionCode(), f.allocatedOn());
        long id = funds.insertAllocation(doc.id(), project.id(), f.amount(), f.allocatedOn(), open.entryNo(),
                caller.username(), open.at());
        funds.changeUnallocated(doc.id(), f.amount().toBigDecimal().negate());
        JournalEntry entry = poster.post(open, Movement.of(EntryKind.ALLOCATION, f.allocatedOn(),
                Map.of("docNumber", doc.docNumber(), "projectCode", project.code()),
                JournalLine.debit(Account.PROJECT_ALLOCATED, doc.id(), id, project.id(), doc.source(), f.amount()),
                JournalLine.credit(Account.DOCUMENT_AVAILABLE, doc.id(), null, null, doc.source(), f.amount())),
                caller.username());
        return posting(entry, id, false);
    }

    private Posting disburse(Caller caller, DisbursementForm f) {
        AllocationRow a = funds.allocation(f.allocationId(), true)
                .orElseThrow(() -> LedgerException.notFound("fund.allocationNotFound", f.allocationId()));
        AccessPolicy.require(caller, Action.DISBURSE_FUNDS, RegionCode.of(a.regionCode()));
        requirePositive(f.amount());
        requireDate(f.paidOn(), a.allocatedOn());
        if (f.amount().exceeds(a.undisbursed())) {
            throw LedgerException.rule("fund.exceedsAllocation", f.amount(), a.undisbursed());
        }
        OpenEntry open = poster.open(a.regionCode(), f.paidOn());
        long id = funds.insertDisbursement(a.id(), f.amount(), f.payee(), f.voucherNo(), f.paidOn(), open.entryNo(),
                caller.username(), open.at());
        funds.changeUndisbursed(a.id(), f.amount().toBigDecimal().negate());
        JournalEntry entry = poster.post(open, Movement.of(EntryKind.DISBURSEMENT, f.paidOn(),
                Map.of("payee", f.payee(), "voucherNo", f.voucherNo()),
                JournalLine.debit(Account.PAID_TO_PAYEE, a.documentId(), a.id(), a.projectId(), a.source(), f.amount()),
                JournalLine.credit(Account.PROJECT_ALLOCATED, a.documentId(), a.id(), a.projectId(), a.source(),
                        f.amount())), caller.username());
        return posting(entry, id, false);
    }

    private Posting reverse(Caller caller, String entryNo, String reason) {
        JournalEntry original = journal.find(entryNo)
                .orElseThrow(() -> LedgerException.notFound("fund.entryNotFound", entryNo));
        AccessPolicy.require(caller, Action.REVERSE_ENTRY, RegionCode.of(original.ledgerRegion()));
        if (original.kind() == EntryKind.REVERSAL) {
            throw LedgerException.rule("fund.reversalOfReversal", entryNo);
        }
        if (original.kind() == EntryKind.DISTRIBUTION) {
            // a payment reached a household or a payee: it is not undone in the books alone (decisions.md)
            throw LedgerException.rule("fund.distributionNotReversible", entryNo);
        }
        if (original.kind() == EntryKind.ASSET_INCOME) {
            // the income may have been distributed since: each owner's balance must still cover what the reversal
            // takes back, checked under the owner's guard (owners in a fixed order, so two reversals never cross)
            TreeMap<String, Money> taken = new TreeMap<>();
            Map<String, String[]> owners = new HashMap<>();
            for (JournalLine l : original.lines()) {
                if (l.account() == Account.OWNER_FUNDS && l.debit().isPositive()) {
                    String k = l.ownerRegion() + "\u0000" + l.ownerName();
                    taken.merge(k, l.debit(), Money::plus);
                    owners.put(k, new String[] {l.ownerRegion(), l.ownerName()});
                }
            }
            taken.forEach((k, amount) -> ownerFunds.requireCovers(owners.get(k)[0], owners.get(k)[1], amount,
                    "fund.incomeAlreadyDistributed"));
            refuseIfReversed(entryNo);
            return postReversal(caller, original, reason);
        }
        JournalLine first = original.lines().get(0);
        // lock the guard the original changed (document before allocation, as everywhere), then check and undo
        DocumentRow doc = funds.document(first.fundDocumentId(), true).orElseThrow();
        Long allocationId = original.lines().stream().map(JournalLine::allocationId).filter(Objects::nonNull)
                .findFirst().orElse(null);
        AllocationRow allocation = allocationId == null ? null : funds.allocation(allocationId, true).orElseThrow();
        refuseIfReversed(entryNo);
        Money amount = original.movement().amount();
        switch (original.kind()) {
            case DOCUMENT -> {
                if (!doc.unallocated().equals(doc.amount())) {
                    throw LedgerException.rule("fund.documentHasAllocations", doc.docNumber());
                }
                funds.changeUnallocated(doc.id(), amount.toBigDecimal().negate());
            }
            case ALLOCATION -> {
                if (!allocation.undisbursed().equals(allocation.amount())) {
                    throw LedgerException.rule("fund.allocationHasDisbursements", entryNo);
                }
                funds.changeUndisbursed(allocation.id(), amount.toBigDecimal().negate());
                funds.changeUnallocated(doc.id(), amount.toBigDecimal());
            }
            case DISBURSEMENT -> funds.changeUndisbursed(allocation.id(), amount.toBigDecimal());
            default -> throw new IllegalStateException(original.kind().name());
        }
        return postReversal(caller, original, reason);
    }

    /** An entry is reversed at most once (409 naming the reversal). */
    private void refuseIfReversed(String entryNo) {
        journal.reversalOf(entryNo).ifPresent(by -> {
            throw LedgerException.conflict("fund.alreadyReversed", entryNo, by);
        });
    }

    /** 红字冲销 dated today, in the current open period; says so when the original's period is closed. */
    private Posting postReversal(Caller caller, JournalEntry original, String reason) {
        LocalDate today = clock.today();
        OpenEntry open = poster.open(original.ledgerRegion(), today);
        JournalEntry entry = poster.post(open, Movement.reversing(original, today, reason), caller.username());
        return posting(entry, null, !poster.isOpen(original.ledgerRegion(), original.movement().entryDate()));
    }

    @Override
    public PeriodClose closePeriod(Caller caller, String regionCode, String period) {
        RegionCode region = ledgerRegion(regionCode);
        AccessPolicy.require(caller, Action.CLOSE_PERIOD, region);
        LocalDate today = clock.today();
        LocalDate from;
        LocalDate to;
        if (period != null && period.matches("\\d{4}-(0[1-9]|1[0-2])")) {
            YearMonth month = YearMonth.parse(period);
            if (month.isAfter(YearMonth.from(today))) {
                throw LedgerException.rule("fund.periodNotBegun", period);
            }
            from = month.atDay(1);
            to = month.atEndOfMonth();
        } else if (period != null && period.matches("\\d{4}")) {
            if (Integer.parseInt(period) >= today.getYear()) {
                throw LedgerException.rule("fund.yearNotEnded", period);
            }
            from = LocalDate.of(Integer.parseInt(period), 1, 1);
            to = LocalDate.of(Integer.parseInt(period), 12, 31);
        } else {
            throw LedgerException.invalid("fund.badPeriod", String.valueOf(period));
        }
        journal.lockChainHead(region.value());
        if (journal.isClosed(region.value(), period)) {
            throw LedgerException.conflict("fund.periodClosed", period);
        }
        return journal.close(region.value(), period, from, to, caller.username(), clock.preciseNow());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public FundDocumentView document(Caller caller, long id) {
        DocumentRow d = funds.document(id, false).orElseThrow(() -> LedgerException.notFound("fund.documentNotFound", id));
        AccessPolicy.require(caller, Action.VIEW_FUNDS, RegionCode.of(d.regionCode()));
        return view(d, documentReads.figures(List.of(id)).get(id));
    }

    @Override
    public DocumentScan attachScan(Caller caller, long documentId, DocumentScanForm form) {
        DocumentRow d = funds.document(documentId, false)
                .orElseThrow(() -> LedgerException.notFound("fund.documentNotFound", documentId));
        AccessPolicy.require(caller, Action.RECORD_FUND_DOCUMENT, RegionCode.of(d.regionCode()));
        byte[] content = form.content();
        FileType type = SCANS.typeOf(content);
        scans.insert(d.id(), content, type.mediaType(), ScanNames.stored(form.fileName(), d.docNumber(), type),
                FileContent.sha256(content), caller.username(), clock.preciseNow());
        return scans.current(d.id()).orElseThrow();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<DocumentScan> scan(Caller caller, long documentId) {
        DocumentRow d = funds.document(documentId, false)
                .orElseThrow(() -> LedgerException.notFound("fund.documentNotFound", documentId));
        AccessPolicy.require(caller, Action.VIEW_FUNDS, RegionCode.of(d.regionCode()));
        return scans.current(d.id());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public ScanFile scanFile(Caller caller, long documentId) {
        DocumentRow d = funds.document(documentId, false)
                .orElseThrow(() -> LedgerException.notFound("fund.documentNotFound", documentId));
        AccessPolicy.require(caller, Action.VIEW_FUNDS, RegionCode.of(d.regionCode()));
        return scans.currentFile(d.id(), ScanNames.download(d.docNumber()))
                .orElseThrow(() -> LedgerException.notFound("fund.noScan", d.docNumber()));
    }

    /**
     * A document with its figures: allocated is what reached projects and stayed there (allocated or paid), so a
     * reversed registration shows nothing allocated rather than its whole amount.
     */
    private static FundDocumentView view(DocumentRow d, Figures f) {
        return new FundDocumentView(d.id(), d.docNumber(), d.source(), d.level(), d.regionCode(), d.year(), d.issuedOn(),
                d.amount(), d.purpose(), f.allocated(), f.disbursed(), f.remaining(), d.entryNo());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<JournalEntryView> journal(Caller caller, String regionCode, int year) {
        RegionCode region = ledgerRegion(regionCode);
        AccessPolicy.require(caller, Action.VIEW_FUNDS, region);
        List<JournalEntry> entries = journal.ofRegionYear(region.value(), year);
        Map<String, String> reversedBy = journal.reversalsOfYear(region.value(), year);
        List<JournalEntryView> views = new ArrayList<>(entries.size());
        for (JournalEntry e : entries) {
            String by = reversedBy.get(e.entryNo());
            views.add(new JournalEntryView(e.entryNo(), e.kind(), e.movement().entryDate(), e.postedAt(), e.postedBy(),
                    e.lines(), e.movement().particulars(), e.movement().reverses(), by, e.movement().memo(), e.hash(),
                    e.prevHash()));
        }
        return views;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public FundDocumentList documents(Caller caller, FundDocumentFilter filter, int page, int size) {
        Page.check(page, size);
        AccessPolicy.require(caller, Action.VIEW_FUNDS);
        if (filter.region() != null) {
            AccessPolicy.require(caller, Action.VIEW_FUNDS, filter.region());
        }
        RegionCode scope = caller.homeRegion();
        Page<DocumentRow> rows = documentReads.documents(scope, filter, page, size);
        Map<Long, Figures> figures = documentReads.figures(rows.items().stream().map(DocumentRow::id).toList());
        return new FundDocumentList(rows.map(d -> view(d, figures.get(d.id()))),
                rows.total() == 0 ? FundDocumentList.Totals.NONE : documentReads.totals(scope, filter));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AllocationView> allocations(Caller caller, long documentId) {
        DocumentRow d = funds.document(documentId, false)
                .orElseThrow(() -> LedgerException.notFound("fund.documentNotFound", documentId));
        AccessPolicy.require(caller, Action.VIEW_FUNDS, RegionCode.of(d.regionCode()));
        return documentReads.allocations(documentId);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProjectChoice> allocatableProjects(Caller caller, long documentId, String text, int limit) {
        DocumentRow d = funds.document(documentId, false)
                .orElseThrow(() -> LedgerException.notFound("fund.documentNotFound", documentId));
        AccessPolicy.require(caller, Action.ALLOCATE_FUNDS, RegionCode.of(d.regionCode()));
        return documentReads.allocatableProjects(RegionCode.of(d.regionCode()), caller.homeRegion(), text,
                Math.max(1, Math.min(limit, Page.MAX_SIZE)));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProjectChoice> fundedProjects(Caller caller, String regionCode, String text, int limit) {
        RegionCode region = ledgerRegion(regionCode);
        AccessPolicy.require(caller, Action.VIEW_FUNDS, region);
        return documentReads.fundedProjects(region.value(), caller.homeRegion(), text,
                Math.max(1, Math.min(limit, Page.MAX_SIZE)));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<JournalEntryView> journal(Caller caller, JournalFilter filter, int page, int size) {
        Page.check(page, size);
        RegionCode region = ledgerRegion(filter.regionCode());
        AccessPolicy.require(caller, Action.VIEW_FUNDS, region);
        if (filter.month() != null && (filter.month() < 1 || filter.month() > 12)) {
            throw LedgerException.invalid("fund.badPeriod", filter.year() + "-" + filter.month());
        }
        return journalReads.page(filter, page, size);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PeriodStatus> periods(Caller caller, String regionCode, int year) {
        RegionCode region = ledgerRegion(regionCode);
        AccessPolicy.require(caller, Action.VIEW_FUNDS, region);
        return journalReads.periods(region.value(), year);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public ChainCheck verifyChain(Caller caller, String regionCode) {
        RegionCode region = ledgerRegion(regionCode);
        AccessPolicy.require(caller, Action.VIEW_FUNDS, region);
        return chains.verify(region.value());
    }

    /** A journal belongs to a county or to the prefecture (each keeps its own, like its transparency log). */
    private static RegionCode ledgerRegion(String code) {
        RegionCode region = RegionCode.of(code);
        if (region.level() != RegionLevel.COUNTY && region.level() != RegionLevel.PREFECTURE) {
            throw LedgerException.rule("fund.ledgerRegionLevel", code);
        }
        return region;
    }

    private static void requirePositive(Money amount) {
        if (!amount.isPositive()) {
            throw LedgerException.rule("fund.amountNotPositive");
        }
    }

    private void requireDate(LocalDate date, LocalDate notBefore) {
        if (date.isAfter(clock.today())) {
            throw LedgerException.rule("fund.dateInFuture", date);
        }
        if (date.isBefore(notBefore)) {
            throw LedgerException.rule("fund.dateBeforeSource", date, notBefore);
        }
    }

    private static Posting posting(JournalEntry entry, Long recordId, boolean inLaterPeriod) {
        return new Posting(entry.entryNo(), entry.hash(), entry.prevHash(), recordId, inLaterPeriod);
    }
}
