package cn.sunledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.LedgerTestArchive;
import cn.sunledger.ledger.application.fund.AllocationForm;
import cn.sunledger.ledger.application.fund.ChainCheck;
import cn.sunledger.ledger.application.fund.DisbursementForm;
import cn.sunledger.ledger.application.fund.FundDocumentForm;
import cn.sunledger.ledger.application.fund.FundDocumentView;
import cn.sunledger.ledger.application.fund.FundLedger;
import cn.sunledger.ledger.application.fund.FundLevel;
import cn.sunledger.ledger.application.fund.IdempotencyKey;
import cn.sunledger.ledger.application.fund.JournalEntryView;
import cn.sunledger.ledger.application.fund.Posting;
import cn.sunledger.ledger.application.project.ProjectAllocations;
import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Money;
import cn.sunledger.ledger.domain.model.user.Role;
import cn.sunledger.ledger.domain.service.access.Caller;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The fund ledger's rules on the deployed services and the real database: allocation only to library projects and
 * within the document, payments within the allocation, 红字冲销 at most once and never of a reversal, closed periods,
 * the hash chain (broken by one changed byte, found), and 32 concurrent payments that never exceed their allocation.
 */
@ExtendWith(ArquillianExtension.class)
class FundLedgerInContainerIT {

    static final Caller FINANCE = new Caller("yangbi.finance", "漾濞县财政局", Role.COUNTY_FINANCE,
            RegionCode.of("532922000000"));
    static final Caller OTHER_FINANCE = new Caller("binchuan.finance", "宾川县财政局", Role.COUNTY_FINANCE,
            RegionCode.of("532924000000"));
    static final Caller FINANCE_COLLEAGUE = new Caller("yangbi.finance2", "漾濞县财政局", Role.COUNTY_FINANCE,
            RegionCode.of("532922000000"));
    static final String YANGBI = "532922000000";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final AtomicInteger DOCUMENTS = new AtomicInteger();
    private static final String IN_LIBRARY = "'IN_LIBRARY', 'PLANNED', 'IN_PROGRESS', 'COMPLETED', 'ACCEPTED'";

    @Deployment
    static WebArchive deployment() {
        return LedgerTestArchive.create("fund-ledger-it", FundLedgerInContainerIT.class);
    }

    @Inject
    FundLedger ledger;

    @Inject
    ProjectAllocations allocations;

    @Resource(lookup = "java:jboss/datasources/LedgerDS")
    DataSource runtime;

    @Resource(lookup = "java:jboss/datasources/LedgerOwnerDS")
    DataSource owner;

    @Resource
    ManagedExecutorService executor;

    private Posting document(String amount) {
        return ledger.registerDocument(FINANCE, new FundDocumentForm("测财农〔" + TODAY.getYear() + "〕"
                + (System.nanoTime() % 100000) + "-" + DOCUMENTS.incrementAndGet() + "号", FundSource.CENTRAL_LINKAGE,
                FundLevel.CENTRAL, YANGBI, TODAY.getYear(), TODAY.minusDays(10), Money.parse(amount), "测试资金"), null);
    }

    /** A demo project of 漾濞 in one of the statuses (IN_PROGRESS is in the library: funds may go to it). */
    private long projectWithStatus(String statuses) throws SQLException {
        try (Connection c = runtime.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id FROM project WHERE county_code = '" + YANGBI + "' AND status IN ("
                        + statuses + ") ORDER BY id LIMIT 1")) {
            assertTrue(rs.next(), "the demo has a project in 漾濞 with status " + statuses);
            return rs.getLong(1);
        }
    }

    private static String rule(Runnable call) {
        LedgerException e = assertThrows(LedgerException.class, call::run);
        return e.messageKey();
    }

    @Test
    void allocationsAndPaymentsStayWithinTheirLimitsAndReversalsRestoreThem() throws SQLException {
        long project = projectWithStatus(IN_LIBRARY);
        long draft = projectWithStatus("'DRAFT'");
        Posting doc = document("1000000.00");
        assertTrue(doc.entryNo().matches("532922-" + TODAY.getYear() + "-\\d{6}"), doc.entryNo());
        long docId = doc.recordId();
        LocalDate on = TODAY.minusDays(5);

        assertEquals("fund.projectNotInLibrary",
                rule(() -> ledger.allocate(FINANCE, new AllocationForm(docId, draft, Money.parse("1.00"), on), null)));
        assertEquals("fund.dateBeforeSource", rule(() -> ledger.allocate(FINANCE,
                new AllocationForm(docId, project, Money.parse("1.00"), TODAY.minusDays(11)), null)));
        assertEquals("fund.dateInFuture", rule(() -> ledger.allocate(FINANCE,
                new AllocationForm(docId, project, Money.parse("1.00"), TODAY.plusDays(1)), null)));
        assertEquals("fund.amountNotPositive",
                rule(() -> ledger.allocate(FINANCE, new AllocationForm(docId, project, Money.ZERO, on), null)));
        assertThrows(LedgerException.class, () -> ledger.allocate(OTHER_FINANCE,
                new AllocationForm(docId, project, Money.parse("1.00"), on), null), "another county's finance bureau");

        java.math.BigDecimal before = allocations.allocatedTo(project);
        Posting allocation = ledger.allocate(FINANCE, new AllocationForm(docId, project, Money.parse("600000.00"), on), null);
        assertEquals("fund.exceedsDocument", rule(() -> ledger.allocate(FINANCE,
                new AllocationForm(docId, project, Money.parse("400000.01"), on), null)));
        assertEquals(before.add(new java.math.BigDecimal("600000.00")), allocations.allocatedTo(project));

        long allocationId = allocation.recordId();
        Posting payment = ledger.disburse(FINANCE, new DisbursementForm(allocationId, Money.parse("200000.00"),
                "苍山西镇人民政府", "记-0031", TODAY), null);
        assertEquals("fund.exceedsAllocation", rule(() -> ledger.disburse(FINANCE, new DisbursementForm(allocationId,
                Money.parse("400000.01"), "苍山西镇人民政府", "记-0032", TODAY), null)));
        FundDocumentView view = ledger.document(FINANCE, docId);
        assertEquals(Money.parse("600000.00"), view.allocated());
        assertEquals(Money.parse("200000.00"), view.disbursed());
        assertEquals(Money.parse("400000.00"), view.remaining());

        assertEquals("fund.allocationHasDisbursements", rule(() -> ledger.reverse(FINANCE, allocation.entryNo(), "x", null)));
        Posting reversal = ledger.reverse(FINANCE, payment.entryNo(), "凭证号录错", null);
        assertFalse(reversal.inLaterPeriod());
        assertEquals("fund.alreadyReversed", rule(() -> ledger.reverse(FINANCE, payment.entryNo(), "again", null)));
        assertEquals("fund.reversalOfReversal", rule(() -> ledger.reverse(FINANCE, reversal.entryNo(), "undo", null)));
        view = ledger.document(FINANCE, docId);
        assertEquals(Money.ZERO, view.disbursed(), "the reversal restores the allocation");
        ledger.reverse(FINANCE, allocation.entryNo(), "分配错项目", null);
        assertEquals(Money.parse("1000000.00"), ledger.document(FINANCE, docId).remaining());
        assertEquals(before, allocations.allocatedTo(project));

        List<JournalEntryView> journal = ledger.journal(FINANCE, YANGBI, TODAY.getYear());
        JournalEntryView paid = journal.stream().filter(e -> e.entryNo().equals(payment.entryNo())).findFirst().orElseThrow();
        assertEquals(reversal.entryNo(), paid.reversedBy(), "reversal is derived from the reversing entry");
        assertEquals("苍山西镇人民政府", paid.particulars().get("payee"));
        List<Long> numbers = journal.stream().map(e -> Long.parseLong(e.entryNo().substring(12))).sorted().toList();
        for (int i = 0; i < numbers.size(); i++) {
            assertEquals(i + 1, numbers.get(i), "gap-free numbers: " + numbers);
        }
        for (int i = 1; i < journal.size(); i++) {
            assertEquals(journal.get(i - 1).hash(), journal.get(i).prevHash(), "chained in posting order");
        }
    }

    @Test
    void aRetriedPostingWithTheSameKeyPostsOnceAndAnotherRequestUnderItIsRefused() throws SQLException {
        long project = projectWithStatus(IN_LIBRARY);
        long doc = document("3000.00").recordId();
        AllocationForm form = new AllocationForm(doc, project, Money.parse("1000.00"), TODAY);
        String key = "retry-" + System.nanoTime();
        Posting first = ledger.allocate(FINANCE, form, new IdempotencyKey(key, "a".repeat(64)));
        Posting again = ledger.allocate(FINANCE, form, new IdempotencyKey(key, "a".repeat(64)));
        assertEquals(first, again, "the same entry, the same allocation");
        assertEquals(Money.parse("1000.00"), ledger.document(FINANCE, doc).allocated(), "posted once");
        LedgerException other = assertThrows(LedgerException.class, () -> ledger.allocate(FINANCE,
                new AllocationForm(doc, project, Money.parse("2000.00"), TODAY), new IdempotencyKey(key, "b".repeat(64))));
        assertEquals("fund.idempotencyKeyReused", other.messageKey());
        assertEquals(LedgerException.Kind.CONFLICT, other.kind());
        assertEquals(Money.parse("1000.00"), ledger.document(FINANCE, doc).allocated());
        Posting byAnother = ledger.allocate(FINANCE_COLLEAGUE, form,
                new IdempotencyKey(key, "a".repeat(64)));
        assertFalse(byAnother.entryNo().equals(first.entryNo()), "keys are per user");
    }

    @Test
    void oneChangedByteOfAPostedEntryIsFoundByTheChainCheck() throws SQLException {
        Posting doc = document("5000.00");
        ChainCheck intact = ledger.verifyChain(FINANCE, YANGBI);
        assertTrue(intact.intact(), intact.toString());
        // as the schema owner, who can drop the guard triggers: someone with database access
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER journal_line_no_update");
            try {
                s.executeUpdate("UPDATE journal_line SET debit = 5001.00 WHERE entry_no = '" + doc.entryNo()
                        + "' AND debit > 0");
                ChainCheck broken = ledger.verifyChain(FINANCE, YANGBI);
                assertEquals(doc.entryNo(), broken.firstBadEntry(), broken.toString());
                assertEquals("seal", broken.problem());
            } finally {
                s.executeUpdate("UPDATE journal_line SET debit = 5000.00 WHERE entry_no = '" + doc.entryNo()
                        + "' AND debit > 0");
                s.execute("CREATE TRIGGER journal_line_no_update BEFORE UPDATE ON journal_line FOR EACH ROW"
                        + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'posted journal lines are immutable'");
            }
        }
        assertNull(ledger.verifyChain(FINANCE, YANGBI).firstBadEntry());
    }

    @Test
    void eachLineCarriesItsEntrysDateAndItsDocumentsYearAndAnAlteredCopyIsFoundByTheChainCheck() throws SQLException {
        Posting doc = document("700.00");
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*), SUM(l.entry_date = e.entry_date AND l.doc_year = d.year)"
                    + " FROM journal_line l JOIN journal_entry e ON e.entry_no = l.entry_no"
                    + " JOIN fund_document d ON d.id = l.fund_document_id WHERE l.entry_no = '" + doc.entryNo() + "'")) {
                assertTrue(rs.next());
                assertEquals(2, rs.getInt(1), "a registered document is one entry of two lines");
                assertEquals(2, rs.getInt(2), "both lines carry the entry's date and the document's year");
            }
            // the report reads the copy: moved a year back, the line would leave this year's report unseen by the hash
            s.execute("DROP TRIGGER journal_line_no_update");
            try {
                s.executeUpdate("UPDATE journal_line SET doc_year = doc_year - 1 WHERE entry_no = '" + doc.entryNo()
                        + "' AND line_no = 1");
                ChainCheck broken = ledger.verifyChain(FINANCE, YANGBI);
                assertEquals(doc.entryNo(), broken.firstBadEntry(), broken.toString());
                assertEquals(ChainCheck.LINE_COPY, broken.problem());
            } finally {
                s.executeUpdate("UPDATE journal_line l JOIN fund_document d ON d.id = l.fund_document_id"
                        + " SET l.doc_year = d.year WHERE l.entry_no = '" + doc.entryNo() + "'");
                s.execute("CREATE TRIGGER journal_line_no_update BEFORE UPDATE ON journal_line FOR EACH ROW"
                        + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'posted journal lines are immutable'");
            }
        }
        assertTrue(ledger.verifyChain(FINANCE, YANGBI).intact());
    }

    @Test
    void aClosedMonthRefusesEntriesDatedInItAndStaysClosed() {
        String lastYear = Integer.toString(TODAY.getYear() - 1);
        String month = lastYear + "-06";
        ledger.closePeriod(FINANCE, YANGBI, month);
        assertEquals("fund.periodClosed", rule(() -> ledger.closePeriod(FINANCE, YANGBI, month)));
        assertEquals("fund.periodClosed", rule(() -> ledger.registerDocument(FINANCE, new FundDocumentForm(
                "测财农〔" + lastYear + "〕6号", FundSource.COUNTY_LINKAGE, FundLevel.COUNTY, YANGBI,
                TODAY.getYear() - 1, LocalDate.parse(month + "-15"), Money.parse("100.00"), "测试"), null)));
        assertEquals("fund.periodNotBegun", rule(() -> ledger.closePeriod(FINANCE, YANGBI,
                TODAY.plusMonths(1).toString().substring(0, 7))));
    }

    @Test
    void thirtyTwoConcurrentPaymentsNeverExceedTheirAllocation() throws Exception {
        long project = projectWithStatus(IN_LIBRARY);
        Posting doc = document("100000.00");
        long allocationId = ledger.allocate(FINANCE, new AllocationForm(doc.recordId(), project,
                Money.parse("100000.00"), TODAY), null).recordId();
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            int n = i;
            Callable<Boolean> pay = () -> {
                try {
                    ledger.disburse(FINANCE, new DisbursementForm(allocationId, Money.parse("10000.00"), "施工单位",
                            "并发-" + n, TODAY), null);
                    return true;
                } catch (LedgerException e) {
                    if (!e.messageKey().equals("fund.exceedsAllocation")) {
                        throw e;
                    }
                    return false;
                }
            };
            results.add(executor.submit(pay));
        }
        int paid = 0;
        for (Future<Boolean> r : results) {
            paid += r.get() ? 1 : 0;
        }
        assertEquals(10, paid, "exactly the allocation's worth of payments was acknowledged");
        assertEquals(Money.parse("100000.00"), ledger.document(FINANCE, doc.recordId()).disbursed());
        assertTrue(ledger.verifyChain(FINANCE, YANGBI).intact());
    }
}
