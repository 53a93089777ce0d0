package cn.sunledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.LedgerTestArchive;
import cn.sunledger.it.support.MovableClock;
import cn.sunledger.it.support.PdfText;
import cn.sunledger.ledger.application.asset.AssetIncomes;
import cn.sunledger.ledger.application.distribution.Distributions;
import cn.sunledger.ledger.application.distribution.HouseholdChoice;
import cn.sunledger.ledger.application.distribution.MeetingMinutes;
import cn.sunledger.ledger.application.distribution.MinutesScan;
import cn.sunledger.ledger.application.distribution.MinutesView;
import cn.sunledger.ledger.domain.model.distribution.PlanFigures;
import cn.sunledger.ledger.application.distribution.PaymentBatch;
import cn.sunledger.ledger.application.distribution.PlanForm;
import cn.sunledger.ledger.application.distribution.PlanView;
import cn.sunledger.ledger.application.fund.FundLedger;
import cn.sunledger.ledger.application.fund.IdempotencyKey;
import cn.sunledger.ledger.application.fund.Posting;
import cn.sunledger.ledger.application.household.HouseholdForm;
import cn.sunledger.ledger.application.household.HouseholdRegister;
import cn.sunledger.ledger.application.notice.DraftRequest;
import cn.sunledger.ledger.application.notice.NoticeView;
import cn.sunledger.ledger.application.notice.Notices;
import cn.sunledger.ledger.domain.model.asset.Asset;
import cn.sunledger.ledger.domain.model.asset.IncomeKind;
import cn.sunledger.ledger.domain.model.distribution.DistributionPurpose;
import cn.sunledger.ledger.domain.model.distribution.Meeting;
import cn.sunledger.ledger.domain.model.distribution.MeetingKind;
import cn.sunledger.ledger.domain.model.distribution.PlanAction;
import cn.sunledger.ledger.domain.model.distribution.PlanStatus;
import cn.sunledger.ledger.domain.model.household.HouseholdCategory;
import cn.sunledger.ledger.domain.model.notice.NoticeFormat;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Money;
import cn.sunledger.ledger.domain.model.user.Role;
import cn.sunledger.ledger.domain.service.access.Caller;
import cn.sunledger.ledger.infrastructure.time.BusinessClock;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A distribution plan from its income to the result notice, with this deployment's clock moved past the plan
 * notice's period instead of waiting ten days: the owner's rent is posted, the plan is drawn on it (20% reserve),
 * refused without its four meetings, approved by the township, announced; a payment is refused before the notice
 * and while it runs, then a batch (two paid, one failed) is one journal entry debiting 已分配收益 and crediting the
 * owner's 集体收益资金, which falls by exactly what was paid; the income can no longer be reversed; the failed line is
 * retried; the result notice's PDF and HTML carry the households' ID numbers masked only. The owner is of the test's
 * own naming, so no other test's income reaches its figures; the plan's period is the current year, since the income
 * it spends must have been received.
 */
@ExtendWith(ArquillianExtension.class)
class DistributionInContainerIT {

    private static final String VILLAGE = "532922101201";
    private static final String UPPER = "532922101201001";
    private static final Caller CLERK = new Caller("guangming.clerk", "光明村村委会", Role.VILLAGE_CLERK,
            RegionCode.of(VILLAGE));
    private static final Caller REVIEWER = new Caller("cangshanxi.reviewer", "苍山西镇审核员", Role.TOWNSHIP_REVIEWER,
            RegionCode.of("532922101000"));
    private static final Caller RURAL = new Caller("yangbi.rural", "漾濞县农业农村局", Role.COUNTY_RURAL_BUREAU,
            RegionCode.of(BareAssets.YANGBI));
    private static final Caller FINANCE = new Caller("yangbi.finance", "漾濞县财政局", Role.COUNTY_FINANCE,
            RegionCode.of(BareAssets.YANGBI));
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final Random RANDOM = new Random();

    @Deployment
    static WebArchive deployment() {
        return LedgerTestArchive.create("distribution-it", DistributionInContainerIT.class, BareAssets.class,
                PdfText.class, MovableClock.class);
    }

    @Inject
    Distributions distributions;

    @Inject
    AssetIncomes incomes;

    @Inject
    MeetingMinutes minutes;

    @Inject
    HouseholdRegister households;

    @Inject
    Notices notices;

    @Inject
    FundLedger ledger;

    @Inject
    BusinessClock clock;

    @Resource(lookup = "java:jboss/datasources/LedgerOwnerDS")
    DataSource owner;

    @AfterEach
    void realTimeAgain() {
        MovableClock.reset();
    }

    @Test
    void aPlanRunsFromItsIncomeThroughItsNoticesAndTheJournal() throws Exception {
        LocalDate today = clock.today();
        String ownerName = "光明村股份经济合作社（分配测试" + System.nanoTime() % 1_000_000_000L + "）";
        long asset = BareAssets.leasedTo(owner, "分配测试资产", today.minusDays(100), ownerName);
        Posting income = incomes.record(CLERK, asset, new Asset.IncomeReceipt(IncomeKind.RENT, today, "某蔬菜公司",
                Money.parse("20000.00"), "收-分配-" + asset, null, null), null);
        String idA = idNumber();
        String idB = idNumber();
        String idC = idNumber();
        long a = households.register(CLERK, new HouseholdForm(UPPER, "分配甲", idA, null, 3,
                HouseholdCategory.MONITORED_SUDDEN)).id();
        long b = households.register(CLERK, new HouseholdForm(UPPER, "分配乙", idB, null, 4,
                HouseholdCategory.ALLEVIATED)).id();
        long c = households.register(CLERK, new HouseholdForm(UPPER, "分配丙", idC, null, 2,
                HouseholdCategory.ORDINARY)).id();
        LocalDate from = today.withDayOfYear(1);
        LocalDate to = from.plusYears(1).minusDays(1);

        // a banned use is refused with its reason, by its field, and nothing is recorded
        LedgerException banned = assertThrows(LedgerException.class, () -> distributions.create(CLERK, form(ownerName,
                from, to, List.of(line(DistributionPurpose.VEHICLES, null, "16000.00", null)))));
        assertEquals("lines[0].purpose", banned.violations().get(0).field());
        assertEquals("distribution.purposeBanned", banned.messageKey());

        PlanView plan = distributions.create(CLERK, form(ownerName, from, to, List.of(
                line(DistributionPurpose.HOUSEHOLD_SUPPORT, c, "2000.00", null),
                line(DistributionPurpose.PUBLIC_WELFARE_JOBS, null, "8000.00", null),
                line(DistributionPurpose.NO_LABOUR_SUPPORT, a, "3000.00", "无劳动能力户"),
                line(DistributionPurpose.HOUSEHOLD_SUPPORT, b, "3000.00", null))));
        assertEquals("20000.00", plan.figures().income().toString());
        assertEquals("4000.00", plan.figures().reserve().toString(), "20% taken first");
        assertTrue(plan.figures().balanced());
        assertEquals(List.of(DistributionPurpose.NO_LABOUR_SUPPORT, DistributionPurpose.PUBLIC_WELFARE_JOBS,
                DistributionPurpose.HOUSEHOLD_SUPPORT, DistributionPurpose.HOUSEHOLD_SUPPORT),
                plan.lines().stream().map(PlanView.Line::purpose).toList(), "lines in domain.md's priority order");
        assertEquals(0, new BigDecimal("0.3750").compareTo(plan.figures().priorityShare()),
                "6,000 of 16,000 to the 监测户 and the 脱贫户");
        assertEquals(idA.substring(0, 4) + "**********" + idA.substring(14), plan.lines().get(0).idNumber());
        long id = plan.id();
        assertEquals("distribution.nothingAvailable", assertThrows(LedgerException.class,
                () -> distributions.create(CLERK, form(ownerName, from, to, List.of(line(
                        DistributionPurpose.MAINTENANCE, null, "1.00", null))))).messageKey(),
                "the income is taken by the first plan");

        LedgerException noMeetings = assertThrows(LedgerException.class,
                () -> distributions.take(CLERK, id, PlanAction.SUBMIT, null));
        assertEquals("distribution.meetingMissing", noMeetings.messageKey());
        assertEquals(4, noMeetings.violations().size());
        distributions.recordMeeting(CLERK, id, new Meeting(MeetingKind.PARTY_PROPOSAL, today.minusDays(3), 7, 7, null));
        distributions.recordMeeting(CLERK, id, new Meeting(MeetingKind.COMMITTEES_DELIBERATION, today.minusDays(2), 9,
                9, null));
        distributions.recordMeeting(CLERK, id, new Meeting(MeetingKind.PARTY_MEMBERS_REVIEW, today.minusDays(1), 30,
                27, null));
        assertEquals("distribution.resolutionNotPassed", refusal(() -> distributions.recordMeeting(CLERK, id,
                new Meeting(MeetingKind.REPRESENTATIVES_RESOLUTION, today, 45, 22, null))));
        distributions.recordMeeting(CLERK, id, new Meeting(MeetingKind.REPRESENTATIVES_RESOLUTION, today, 45, 41,
                "光明村代表大会决议〔分配〕1号"));
        assertEquals("distribution.stepBeforePrevious", refusal(() -> distributions.take(CLERK, id, PlanAction.SUBMIT,
                null, today.minusDays(1))), "a submission dated before the 决议 it carries");
        assertEquals(PlanStatus.SUBMITTED, distributions.take(CLERK, id, PlanAction.SUBMIT, null).status());
        assertThrows(LedgerException.class, () -> distributions.take(CLERK, id, PlanAction.APPROVE, null),
                "the village does not approve its own plan");
        assertEquals(PlanStatus.APPROVED, distributions.take(REVIEWER, id, PlanAction.APPROVE, "同意").status());

        List<PlanView.Line> lines = distributions.plan(CLERK, id).lines();
        PaymentBatch first = new PaymentBatch(today, List.of(paid(lines.get(0), "付-1"), paid(lines.get(1), "付-2"),
                new PaymentBatch.Payment(lines.get(2).id(), false, lines.get(2).amount(), null, "银行卡已注销")));
        assertEquals("distribution.noticeMissing", refusal(() -> distributions.pay(CLERK, id, first, null)));
        NoticeView planNotice = notices.draft(RURAL, new DraftRequest("DISTRIBUTION_PLAN", String.valueOf(id),
                List.of(), today, today.plusDays(9)));
        assertTrue(planNotice.regionCodes().containsAll(List.of(VILLAGE, UPPER)), planNotice.regionCodes().toString());
        notices.publish(RURAL, planNotice.id());
        assertEquals("distribution.noticeRunning", refusal(() -> distributions.pay(CLERK, id, first, null)));
        assertMaskedOnly(new String(notices.rendition(RURAL, planNotice.id(), NoticeFormat.HTML).content(),
                StandardCharsets.UTF_8), idA, idB, idC);

        MovableClock.advanceDays(10);
        LocalDate later = clock.today();
        assertEquals("distribution.paidBeforeNoticeCleared", refusal(() -> distributions.pay(CLERK, id,
                new PaymentBatch(later.minusDays(1), first.payments()), null)),
                "a payment entered after the notice cleared cannot be dated on its last day");
        PaymentBatch batch = new PaymentBatch(later, first.payments());
        Posting posted = distributions.pay(CLERK, id, batch, null);
        assertNotNull(posted.entryNo());
        assertEquals(Map.of("DISTRIBUTED", "11000.00", "OWNER_FUNDS", "-11000.00"), sums(posted.entryNo()),
                "one entry: 已分配收益 debited by the two paid lines, the owner's funds credited by their sum");
        assertEquals(3, lineCount(posted.entryNo()), "a debit per paid line and one credit");
        assertEquals("9000.00", balance(ownerName), "20,000 received − 11,000 paid");
        assertEquals("fund.incomeAlreadyDistributed", refusal(() -> ledger.reverse(FINANCE, income.entryNo(),
                "收据作废", null)), "the income was partly distributed: it cannot be taken back whole");
        assertEquals("distribution.linePaid", refusal(() -> distributions.pay(CLERK, id, batch, null)));
        assertEquals("distribution.resultNoticeStage", refusal(() -> notices.draft(RURAL, new DraftRequest(
                "DISTRIBUTION_RESULT", String.valueOf(id), List.of(), later, later.plusDays(9)))));

        PlanView failed = distributions.plan(CLERK, id);
        assertEquals("银行卡已注销", failed.lines().get(2).attempts().get(0).reason());
        PaymentBatch retry = new PaymentBatch(later, List.of(paid(lines.get(2), "付-3"), paid(lines.get(3), "付-4")));
        IdempotencyKey key = new IdempotencyKey("dist-it-" + id, java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(retry.toString()
                        .getBytes(StandardCharsets.UTF_8))));
        Posting retried = distributions.pay(CLERK, id, retry, key);
        assertEquals(Map.of("DISTRIBUTED", "5000.00", "OWNER_FUNDS", "-5000.00"), sums(retried.entryNo()));
        assertEquals("4000.00", balance(ownerName), "what is left is the reserve");
        assertEquals(retried.entryNo(), distributions.pay(CLERK, id, retry, key).entryNo(),
                "the same key and request replay the first posting");
        assertEquals("4000.00", balance(ownerName), "and pay nothing more");
        PlanView paid = distributions.plan(CLERK, id);
        assertEquals(PlanStatus.PAID, paid.status());
        assertEquals("16000.00", paid.paidTotal().toString());

        assertEquals("distribution.resultBeforePayment", refusal(() -> notices.draft(RURAL, new DraftRequest(
                "DISTRIBUTION_RESULT", String.valueOf(id), List.of(), later.minusDays(1), later.plusDays(9)))),
                "the result is not announced before the last line was paid");
        NoticeView result = notices.draft(RURAL, new DraftRequest("DISTRIBUTION_RESULT", String.valueOf(id), List.of(),
                later, later.plusDays(9)));
        notices.publish(RURAL, result.id());
        String html = new String(notices.rendition(RURAL, result.id(), NoticeFormat.HTML).content(),
                StandardCharsets.UTF_8);
        assertMaskedOnly(html, idA, idB, idC);
        assertTrue(html.contains("分配丙") && html.contains("付-3"), "what was paid to whom");
        // a narrow table cell wraps the masked number, and pdftotext interleaves the wrapped cells of a row: the
        // text holds no whole number, and a masked one for each household (its tail may stand after the next cell)
        String pdf = PdfText.of(notices.rendition(RURAL, result.id(), NoticeFormat.PDF).content()).replaceAll("\\s+", "");
        for (String whole : List.of(idA, idB, idC)) {
            assertFalse(pdf.contains(whole), "no whole ID number in the PDF");
            assertFalse(pdf.contains(whole.substring(0, 14)), "not even its first 14 characters");
        }
        assertEquals(3, pdf.split("5329\\*{10}", -1).length - 1, "three masked numbers: " + pdf);
        assertTrue(pdf.contains("16,000.00") && pdf.contains("分配乙"), pdf);
        assertTrue(ledger.verifyChain(FINANCE, BareAssets.YANGBI).intact(), "the payments are chained and logged");
    }

    /**
     * What the plan screens ask of the service besides the flow: the figures of a form before it is saved (nothing
     * recorded), the owner names and the household picker of the village, a meeting given with a new plan refused by
     * the meeting it concerns, and the meetings' minutes — checked by their bytes, stored with their SHA-256 as one
     * step with their meeting, never changed, read by whoever reads the plan, attached by the village only.
     */
    @Test
    void thePlanFormsFiguresAndTheMeetingsMinutes() throws Exception {
        LocalDate today = clock.today();
        String ownerName = "光明村股份经济合作社（会议记录测试" + System.nanoTime() % 1_000_000_000L + "）";
        long asset = BareAssets.leasedTo(owner, "会议记录测试资产", today.minusDays(100), ownerName);
        incomes.record(CLERK, asset, new Asset.IncomeReceipt(IncomeKind.RENT, today, "某蔬菜公司",
                Money.parse("10000.00"), "收-记录-" + asset, null, null), null);
        String head = "记录户" + System.nanoTime() % 100000;
        String idH = idNumber();
        long h = households.register(CLERK, new HouseholdForm(UPPER, head, idH, null, 2,
                HouseholdCategory.ALLEVIATED)).id();
        LocalDate from = today.withDayOfYear(1);
        LocalDate to = from.plusYears(1).minusDays(1);

        assertTrue(distributions.ownerNames(CLERK, VILLAGE).contains(ownerName));
        List<HouseholdChoice> found = distributions.households(CLERK, VILLAGE, head, 5);
        assertEquals(List.of(h), found.stream().map(HouseholdChoice::id).toList());
        assertEquals(idH.substring(0, 4) + "**********" + idH.substring(14), found.get(0).idNumber());
        assertEquals(LedgerException.Kind.FORBIDDEN, assertThrows(LedgerException.class,
                () -> distributions.households(REVIEWER, VILLAGE, head, 5)).kind(), "the picker is the drafter's");
        PlanFigures preview = distributions.figures(CLERK, form(ownerName, from, to, List.of(
                line(DistributionPurpose.HOUSEHOLD_SUPPORT, h, "3000.00", null))));
        assertEquals("10000.00", preview.income().toString());
        assertEquals("2000.00", preview.reserve().toString());
        assertEquals("3000.00", preview.linesTotal().toString());
        assertFalse(preview.balanced());
        assertEquals(0, BigDecimal.ONE.compareTo(preview.priorityShare()), "all to a 脱贫户");
        assertEquals("0.00", distributions.figures(CLERK, form(ownerName, from, to, List.of())).earlierPlans()
                .toString(), "a preview records no plan");

        LedgerException future = assertThrows(LedgerException.class, () -> distributions.create(CLERK, new PlanForm(
                VILLAGE, ownerName, from, to, new BigDecimal("0.20"), null, List.of(line(
                        DistributionPurpose.PUBLIC_WELFARE_JOBS, null, "8000.00", null)), List.of(new Meeting(
                        MeetingKind.PARTY_PROPOSAL, today.plusDays(1), 7, 7, null)))));
        assertEquals("meetings.PARTY_PROPOSAL.heldOn", future.violations().get(0).field(),
                "a meeting of the form is named");
        long id = distributions.create(CLERK, form(ownerName, from, to, List.of(line(
                DistributionPurpose.PUBLIC_WELFARE_JOBS, null, "8000.00", null)))).id();

        Meeting proposal = new Meeting(MeetingKind.PARTY_PROPOSAL, today.minusDays(2), 7, 7, "党支部提议记录1号");
        LedgerException notAPdf = assertThrows(LedgerException.class, () -> distributions.recordMeeting(CLERK, id,
                proposal, new MinutesScan("只是文本".getBytes(StandardCharsets.UTF_8), "记录.pdf")));
        assertEquals("distribution.minutesType", notAPdf.messageKey());
        assertEquals("file", notAPdf.violations().get(0).field());
        assertTrue(distributions.plan(CLERK, id).meetings().isEmpty(), "neither the meeting nor its file is kept");
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
        distributions.recordMeeting(CLERK, id, proposal, new MinutesScan(pdf, "C:\\fakepath\\提议记录.pdf"));
        List<MinutesView> stored = minutes.list(REVIEWER, id);
        assertEquals(1, stored.size(), "the township reads the minutes");
        assertEquals("提议记录.pdf", stored.get(0).fileName());
        assertEquals(MeetingKind.PARTY_PROPOSAL, stored.get(0).kind());
        assertEquals(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(pdf)), stored.get(0).sha256());
        assertTrue(java.util.Arrays.equals(pdf, minutes.file(CLERK, id, stored.get(0).id()).bytes()));

        LedgerException noMeeting = assertThrows(LedgerException.class, () -> minutes.attach(CLERK, id,
                MeetingKind.COMMITTEES_DELIBERATION, new MinutesScan(pdf, "商议.pdf")));
        assertEquals("kind", noMeeting.violations().get(0).field(), "a meeting not recorded yet");
        assertEquals(LedgerException.Kind.FORBIDDEN, assertThrows(LedgerException.class, () -> minutes.attach(
                REVIEWER, id, MeetingKind.PARTY_PROPOSAL, new MinutesScan(pdf, "x.pdf"))).kind(),
                "the village keeps its meetings' papers");
        MinutesView png = minutes.attach(CLERK, id, MeetingKind.PARTY_PROPOSAL,
                new MinutesScan(java.util.Base64.getDecoder().decode(
                        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGPokpEBAAH2AMPkFwi6AAAAAElFTkSuQmCC"), "第二页"));
        assertEquals("image/png", png.mediaType());
        assertEquals("第二页.png", png.fileName(), "named by its real type");
        assertEquals(2, minutes.list(CLERK, id).size());
        assertEquals(LedgerException.Kind.NOT_FOUND, assertThrows(LedgerException.class,
                () -> minutes.file(CLERK, id + 1_000_000, png.id())).kind());
        try (Connection c = owner.getConnection(); java.sql.Statement st = c.createStatement()) {
            assertThrows(SQLException.class, () -> st.executeUpdate(
                    "UPDATE distribution_meeting_minutes SET file_name = '改过.pdf' WHERE id = " + png.id()),
                    "insert-only, even for the schema's owner");
            assertThrows(SQLException.class, () -> st.executeUpdate(
                    "DELETE FROM distribution_meeting_minutes WHERE id = " + png.id()));
        }
    }

    private static void assertMaskedOnly(String text, String... ids) {
        for (String id : ids) {
            assertFalse(text.contains(id), "no whole ID number");
            assertTrue(text.contains(id.substring(0, 4) + "**********" + id.substring(14)), "the masked form of " + id
                    + " in: " + text.substring(0, Math.min(text.length(), 3000)));
        }
    }

    private static PlanForm form(String ownerName, LocalDate from, LocalDate to, List<PlanForm.Line> lines) {
        return new PlanForm(VILLAGE, ownerName, from, to, new BigDecimal("0.20"), null, lines, List.of());
    }

    private static PlanForm.Line line(DistributionPurpose purpose, Long household, String amount, String note) {
        return new PlanForm.Line(purpose, household, Money.parse(amount), note);
    }

    private static PaymentBatch.Payment paid(PlanView.Line line, String voucher) {
        return new PaymentBatch.Payment(line.id(), true, line.amount(), voucher, null);
    }

    private static String refusal(Supplier<Object> step) {
        return assertThrows(LedgerException.class, step::get).messageKey();
    }

    /** account → Σ debit − credit of the entry's lines. */
    private Map<String, String> sums(String entryNo) throws SQLException {
        try (Connection c = owner.getConnection(); PreparedStatement p = c.prepareStatement(
                "SELECT account, SUM(debit - credit) FROM journal_line WHERE entry_no = ? GROUP BY account")) {
            p.setString(1, entryNo);
            try (ResultSet rs = p.executeQuery()) {
                Map<String, String> sums = new HashMap<>();
                while (rs.next()) {
                    sums.put(rs.getString(1), rs.getBigDecimal(2).toPlainString());
                }
                return sums;
            }
        }
    }

    private int lineCount(String entryNo) throws SQLException {
        try (Connection c = owner.getConnection(); PreparedStatement p = c.prepareStatement(
                "SELECT COUNT(*) FROM journal_line WHERE entry_no = ?")) {
            p.setString(1, entryNo);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** The owner's 集体收益资金: Σ debit − credit of its OWNER_FUNDS lines. */
    private String balance(String ownerName) throws SQLException {
        try (Connection c = owner.getConnection(); PreparedStatement p = c.prepareStatement(
                "SELECT SUM(debit - credit) FROM journal_line WHERE owner_region = ? AND owner_name = ?"
                        + " AND account = 'OWNER_FUNDS'")) {
            p.setString(1, VILLAGE);
            p.setString(2, ownerName);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1).toPlainString();
            }
        }
    }

    /** A valid invented ID number of 漾濞 (532922), born on a random day of 1950–1999. */
    private static String idNumber() {
        String first17 = String.format("532922%04d%02d%02d%03d", 1950 + RANDOM.nextInt(50), 1 + RANDOM.nextInt(12),
                1 + RANDOM.nextInt(28), RANDOM.nextInt(1000));
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }
}
