package cn.sunledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.LedgerTestArchive;
import cn.sunledger.it.support.MovableClock;
import cn.sunledger.ledger.application.StaffDirectory;
import cn.sunledger.ledger.application.StaffUserForm;
import cn.sunledger.ledger.application.asset.AssetIncomes;
import cn.sunledger.ledger.application.asset.AssetRegister;
import cn.sunledger.ledger.application.asset.AssetView;
import cn.sunledger.ledger.application.asset.OwnershipForm;
import cn.sunledger.ledger.application.distribution.Distributions;
import cn.sunledger.ledger.application.distribution.PaymentBatch;
import cn.sunledger.ledger.application.distribution.PlanForm;
import cn.sunledger.ledger.application.distribution.PlanView;
import cn.sunledger.ledger.application.household.CategoryChange;
import cn.sunledger.ledger.application.household.HouseholdForm;
import cn.sunledger.ledger.application.household.HouseholdHistory;
import cn.sunledger.ledger.application.household.HouseholdHistoryView;
import cn.sunledger.ledger.application.household.HouseholdRegister;
import cn.sunledger.ledger.application.household.HouseholdView;
import cn.sunledger.ledger.application.notice.DraftRequest;
import cn.sunledger.ledger.application.notice.Notices;
import cn.sunledger.ledger.application.project.ActionForm;
import cn.sunledger.ledger.application.project.ProjectLibrary;
import cn.sunledger.ledger.domain.model.asset.Asset;
import cn.sunledger.ledger.domain.model.asset.IncomeKind;
import cn.sunledger.ledger.domain.model.asset.Owner;
import cn.sunledger.ledger.domain.model.asset.OwnerLevel;
import cn.sunledger.ledger.domain.model.distribution.DistributionPurpose;
import cn.sunledger.ledger.domain.model.distribution.Meeting;
import cn.sunledger.ledger.domain.model.distribution.MeetingKind;
import cn.sunledger.ledger.domain.model.distribution.PlanAction;
import cn.sunledger.ledger.domain.model.household.HouseholdCategory;
import cn.sunledger.ledger.domain.model.project.Beneficiaries;
import cn.sunledger.ledger.domain.model.project.FundShare;
import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.project.Indicator;
import cn.sunledger.ledger.domain.model.project.IndicatorKind;
import cn.sunledger.ledger.domain.model.project.LinkageType;
import cn.sunledger.ledger.domain.model.project.Nature;
import cn.sunledger.ledger.domain.model.project.ProjectAction;
import cn.sunledger.ledger.domain.model.project.ProjectDetails;
import cn.sunledger.ledger.domain.model.project.ProjectStatus;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Money;
import cn.sunledger.ledger.domain.model.user.Role;
import cn.sunledger.ledger.domain.service.access.Caller;
import cn.sunledger.ledger.infrastructure.time.BusinessClock;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What reached a household (issue 12 item 4), with this deployment's clock moved past the plan notice's period so a
 * line can be paid: a household of 光明村's 上村组 whose category changed, a project of its natural village (and a
 * draft that is not listed), the village collective's asset, its own 到户类 asset and another village's asset (not
 * listed), and a plan whose line to it failed once and was then paid. The service, the API
 * ({@code GET /ledger/api/households/{id}/history}) and the page ({@code household.xhtml?id=}) list them by year with
 * the year's paid total, and no whole ID number; another village's clerk and an unknown id get 403/404. The portal's
 * 查找我的分配 on the result notice (and on the plan notice) marks the household's line by its ID tail, says so when
 * nothing matches, and answers bad input with a 400 page. HTTP is sent from inside the server to its own port (the applications run on
 * the real clock; the data is what the services committed).
 */
@ExtendWith(ArquillianExtension.class)
class HouseholdHistoryInContainerIT {

    private static final String VILLAGE = "532922101201";
    private static final String UPPER = "532922101201001";
    private static final Caller CLERK = new Caller("guangming.clerk", "光明村村委会", Role.VILLAGE_CLERK,
            RegionCode.of(VILLAGE));
    private static final Caller OTHER_CLERK = new Caller("gucheng.clerk", "古城村村委会", Role.VILLAGE_CLERK,
            RegionCode.of("532924102201"));
    private static final Caller REVIEWER = new Caller("cangshanxi.reviewer", "苍山西镇审核员", Role.TOWNSHIP_REVIEWER,
            RegionCode.of("532922101000"));
    private static final Caller RURAL = new Caller("yangbi.rural", "漾濞县农业农村局", Role.COUNTY_RURAL_BUREAU,
            RegionCode.of(BareAssets.YANGBI));
    private static final Caller ADMIN = new Caller("admin", "系统管理员", Role.ADMIN, RegionCode.of("532900000000"));
    private static final String BASE = "http://127.0.0.1:"
            + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0));
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final Random RANDOM = new Random();

    @Deployment
    static WebArchive deployment() {
        return LedgerTestArchive.create("household-history-it", HouseholdHistoryInContainerIT.class,
                BareAssets.class, MovableClock.class);
    }

    @Inject
    HouseholdHistory history;

    @Inject
    HouseholdRegister households;

    @Inject
    Distributions distributions;

    @Inject
    AssetIncomes incomes;

    @Inject
    AssetRegister assetRegister;

    @Inject
    ProjectLibrary library;

    @Inject
    Notices notices;

    @Inject
    StaffDirectory staff;

    @Inject
    BusinessClock clock;

    @Resource(lookup = "java:jboss/datasources/LedgerOwnerDS")
    DataSource owner;

    @AfterEach
    void realTimeAgain() {
        MovableClock.reset();
    }

    @Test
    void aHouseholdsPageListsByYearWhatReachedIt() throws Exception {
        LocalDate today = clock.today();
        String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String idNumber = idNumber();
        HouseholdView h = households.register(CLERK, new HouseholdForm(UPPER, "H1测试户主" + tag, idNumber,
                "13812345678", 4, HouseholdCategory.ORDINARY));
        households.changeCategory(RURAL, h.id(), new CategoryChange(HouseholdCategory.MONITORED_SUDDEN,
                today.getYear(), today, "H1测试：因病纳入监测"));

        String projectName = "H1测试上村组项目" + tag;
        long project = library.create(CLERK, details(today.getYear(), projectName)).id();
        library.act(CLERK, project, ProjectAction.SUBMIT, new ActionForm(null, "光明村村民代表大会决议（H1测试）", today));
        String draftName = "H1测试草稿项目" + tag;
        library.create(CLERK, details(today.getYear(), draftName));

        String ownerName = "光明村股份经济合作社（H1测试" + tag + "）";
        long shared = BareAssets.leasedTo(owner, "H1测试村集体大棚" + tag, today.minusDays(100), ownerName);
        // its own 到户类 asset: 确权 at the level 农户 naming the household by id (its head is then the owner's name)
        long own = registered("H1测试到户牲畜" + tag);
        AssetView confirmed = assetRegister.confirmOwnership(RURAL, own, new OwnershipForm(OwnerLevel.HOUSEHOLD,
                List.of(new Owner(null, null, BigDecimal.ONE, h.id(), null)), "漾濞县农业农村局", null, today));
        Owner household = confirmed.owners().get(0);
        assertEquals(List.of(h.headName(), h.id(), h.householdNo()), List.of(household.entityName(),
                household.householdId(), household.householdNo()), "the owner as the register names the household");
        // an owner whose name merely carries the household's number is no link (the old naming convention)
        long namedOnly = asset("H1测试按名称到户资产" + tag, "HOUSEHOLD", "HH-LIVESTOCK", "HOUSEHOLD",
                h.headName() + "（" + h.householdNo() + "）", null);
        long foreign = asset("H1测试白章村资产" + tag, "OPERATING", "OP-BASE", "VILLAGE", "白章村股份经济合作社", "532922101202");

        incomes.record(CLERK, shared, new Asset.IncomeReceipt(IncomeKind.RENT, today, "某蔬菜公司",
                Money.parse("10000.00"), "收-H1-" + shared, null, null), null);
        LocalDate from = today.withDayOfYear(1);
        PlanView plan = distributions.create(CLERK, new PlanForm(VILLAGE, ownerName, from, from.plusYears(1).minusDays(1),
                new BigDecimal("0.20"), null, List.of(
                        new PlanForm.Line(DistributionPurpose.HOUSEHOLD_SUPPORT, h.id(), Money.parse("2000.00"), null),
                        new PlanForm.Line(DistributionPurpose.PUBLIC_WELFARE_JOBS, null, Money.parse("6000.00"), null)),
                List.of()));
        long planId = plan.id();
        distributions.recordMeeting(CLERK, planId, new Meeting(MeetingKind.PARTY_PROPOSAL, today.minusDays(3), 7, 7, null));
        distributions.recordMeeting(CLERK, planId, new Meeting(MeetingKind.COMMITTEES_DELIBERATION, today.minusDays(2),
                9, 9, null));
        distributions.recordMeeting(CLERK, planId, new Meeting(MeetingKind.PARTY_MEMBERS_REVIEW, today.minusDays(1), 30,
                27, null));
        distributions.recordMeeting(CLERK, planId, new Meeting(MeetingKind.REPRESENTATIVES_RESOLUTION, today, 45, 41,
                "光明村代表大会决议（H1测试）"));
        distributions.take(CLERK, planId, PlanAction.SUBMIT, null);
        distributions.take(REVIEWER, planId, PlanAction.APPROVE, "同意");
        String planNo = notices.publish(RURAL, notices.draft(RURAL, new DraftRequest("DISTRIBUTION_PLAN",
                String.valueOf(planId), List.of(), today, today.plusDays(9))).id()).noticeNo();

        MovableClock.advanceDays(10);
        LocalDate paidOn = clock.today();
        List<PlanView.Line> lines = distributions.plan(CLERK, planId).lines();
        PlanView.Line mine = lines.stream().filter(l -> Long.valueOf(h.id()).equals(l.householdId())).findFirst()
                .orElseThrow();
        PlanView.Line jobs = lines.stream().filter(l -> l.householdId() == null).findFirst().orElseThrow();
        distributions.pay(CLERK, planId, new PaymentBatch(paidOn, List.of(
                new PaymentBatch.Payment(jobs.id(), true, jobs.amount(), "H1付-1", null),
                new PaymentBatch.Payment(mine.id(), false, mine.amount(), null, "银行卡已注销"))), null);
        distributions.pay(CLERK, planId, new PaymentBatch(paidOn, List.of(
                new PaymentBatch.Payment(mine.id(), true, mine.amount(), "H1付-2", null))), null);
        String resultNo = notices.publish(RURAL, notices.draft(RURAL, new DraftRequest("DISTRIBUTION_RESULT",
                String.valueOf(planId), List.of(), paidOn, paidOn.plusDays(9))).id()).noticeNo();

        // the service: by year, newest first
        HouseholdHistoryView page = history.history(CLERK, h.id());
        assertEquals(h.idNumber(), page.household().idNumber(), "the register's masked form");
        assertFalse(page.household().idNumber().contains(idNumber.substring(4, 14)));
        List<Integer> years = page.years().stream().map(HouseholdHistoryView.Year::year).toList();
        assertEquals(years.stream().sorted(java.util.Comparator.reverseOrder()).toList(), years, "newest first");
        HouseholdHistoryView.Year paidYear = year(page, paidOn.getYear());
        assertEquals("2000.00", paidYear.paidTotal().toString(), "the failed attempt is not counted");
        List<HouseholdHistoryView.Payment> attempts = paidYear.payments().stream()
                .filter(p -> p.planId() == planId).toList();
        assertEquals(2, attempts.size(), "the paid attempt and the failed one");
        assertEquals(List.of(true, false), attempts.stream().map(HouseholdHistoryView.Payment::paid).toList(),
                "the later attempt first");
        assertEquals("H1付-2", attempts.get(0).voucherNo());
        assertEquals("银行卡已注销", attempts.get(1).failureReason());
        assertEquals(ownerName, attempts.get(0).ownerName());
        assertEquals(DistributionPurpose.HOUSEHOLD_SUPPORT, attempts.get(0).purpose());

        HouseholdHistoryView.Year thisYear = year(page, today.getYear());
        HouseholdHistoryView.Project listed = thisYear.projects().stream().filter(p -> p.id() == project).findFirst()
                .orElseThrow(() -> new AssertionError("the natural village's project"));
        assertEquals(ProjectStatus.VILLAGE_NOTICE, listed.status());
        assertEquals("200000.00", listed.planned().toString());
        assertEquals("0.00", listed.allocated().toString());
        assertTrue(page.years().stream().flatMap(y -> y.projects().stream()).noneMatch(p -> p.name().equals(draftName)),
                "a draft is not yet the village's project");
        List<HouseholdHistoryView.Asset> assets = page.years().stream().flatMap(y -> y.assets().stream()).toList();
        HouseholdHistoryView.Asset village = assets.stream().filter(a -> a.id() == shared).findFirst()
                .orElseThrow(() -> new AssertionError("the collective's asset"));
        assertEquals(ownerName, village.ownerName());
        assertFalse(village.ownedByHousehold());
        assertTrue(year(page, today.minusDays(100).getYear()).assets().contains(village), "by its formation year");
        assertTrue(assets.stream().anyMatch(a -> a.id() == own && a.ownedByHousehold()), "its own 到户类 asset");
        assertTrue(assets.stream().noneMatch(a -> a.id() == namedOnly), "a name is not a link to the household");
        assertTrue(assets.stream().noneMatch(a -> a.id() == foreign), "another village's asset is not shared");
        List<HouseholdHistoryView.CategoryChange> changes = thisYear.categoryChanges();
        assertEquals(2, changes.size());
        assertEquals(null, changes.get(0).from());
        assertEquals(HouseholdCategory.ORDINARY, changes.get(1).from());
        assertEquals(HouseholdCategory.MONITORED_SUDDEN, changes.get(1).to());

        assertEquals(LedgerException.Kind.FORBIDDEN, assertThrows(LedgerException.class,
                () -> history.history(OTHER_CLERK, h.id())).kind());
        assertEquals(LedgerException.Kind.NOT_FOUND, assertThrows(LedgerException.class,
                () -> history.history(CLERK, Long.MAX_VALUE)).kind());

        // the API and the page, as a clerk of the village signed in with a password of the test's own
        String password = "History#" + System.nanoTime();
        String clerk = "h1." + tag;
        staff.create(ADMIN, new StaffUserForm(clerk, "光明村H1测试填报员", Role.VILLAGE_CLERK, VILLAGE, null, password, true));
        String other = "h1o." + tag;
        staff.create(ADMIN, new StaffUserForm(other, "古城村H1测试填报员", Role.VILLAGE_CLERK, "532924102201", null,
                password, true));
        HttpResponse<String> api = get("/ledger/api/households/" + h.id() + "/history", basic(clerk, password));
        assertEquals(200, api.statusCode(), api.body());
        assertFalse(api.body().contains(idNumber), "no whole ID number in the answer");
        assertFalse(api.body().contains("13812345678"), "nor the phone");
        JsonObject json = Json.createReader(new StringReader(api.body())).readObject();
        assertEquals(h.idNumber(), json.getJsonObject("household").getString("idNumber"));
        JsonObject apiYear = json.getJsonArray("years").stream().map(JsonValue::asJsonObject)
                .filter(y -> y.getInt("year") == paidOn.getYear()).findFirst().orElseThrow();
        assertEquals("2000.00", apiYear.getString("paidTotal"), "money as a string");
        JsonArray apiPayments = apiYear.getJsonArray("payments");
        assertTrue(apiPayments.stream().map(JsonValue::asJsonObject).anyMatch(p -> p.getJsonNumber("planId")
                .longValue() == planId && "FAILED".equals(p.getString("outcome"))
                && "2000.00".equals(p.getString("amount"))), apiPayments.toString());
        assertTrue(api.body().contains("\"planned\":\"200000.00\""), api.body());
        assertEquals(403, get("/ledger/api/households/" + h.id() + "/history", basic(other, password)).statusCode());
        assertEquals(404, get("/ledger/api/households/" + Long.MAX_VALUE + "/history", basic(clerk, password))
                .statusCode());

        String cookie = signIn(clerk, password);
        HttpResponse<String> html = get("/ledger/household.xhtml?id=" + h.id(), "Cookie", cookie);
        assertEquals(200, html.statusCode());
        String body = html.body();
        assertFalse(body.contains(idNumber), "no whole ID number on the page");
        assertTrue(body.contains(h.idNumber()) && body.contains(h.headName()) && body.contains(h.householdNo()), body);
        assertTrue(body.contains(paidOn.getYear() + " 年"), "a year's heading");
        assertTrue(body.contains("2,000.00"), "the year's paid total and the line");
        assertTrue(body.contains("兑付未成功：银行卡已注销"), "the failed attempt marked");
        assertTrue(body.contains(projectName) && body.contains("200,000.00"), "the project and its planned money");
        assertTrue(body.contains("project.xhtml?id=" + project) && body.contains("asset.xhtml?id=" + shared)
                && body.contains("distribution.xhtml?id=" + planId), "each links to its page");
        assertTrue(body.contains("H1测试到户牲畜" + tag) && !body.contains("H1测试白章村资产" + tag));
        assertTrue(body.contains("突发严重困难户"), "the category by its label");
        for (String code : List.of("HOUSEHOLD_SUPPORT", "MONITORED_SUDDEN", "VILLAGE_NOTICE", "HANDED_OVER")) {
            assertFalse(body.contains(code), "labels, never codes: " + code);
        }
        assertEquals(404, get("/ledger/household.xhtml?id=" + Long.MAX_VALUE, "Cookie", cookie).statusCode());
        assertEquals(404, get("/ledger/household.xhtml?id=abc", "Cookie", cookie).statusCode());
        String otherCookie = signIn(other, password);
        HttpResponse<String> outside = get("/ledger/household.xhtml?id=" + h.id(), "Cookie", otherCookie);
        assertEquals(404, outside.statusCode(), "outside the caller's scope it is not found");
        assertFalse(outside.body().contains(h.headName()));
        HttpResponse<String> list = get("/ledger/households.xhtml", "Cookie", cookie);
        assertTrue(list.body().contains("household.xhtml?id="), "the register links each row to its page");

        // the portal: 查找我的分配 on the result notice
        String tail = idNumber.substring(14);
        HttpResponse<String> found = get("/portal/lookup/" + resultNo + "?id4=" + tail.toLowerCase() + "&name=");
        assertEquals(200, found.statusCode(), found.body());
        assertTrue(found.body().contains("5329**********<mark>" + tail + "</mark>"), found.body());
        assertTrue(found.body().contains(h.headName()) && found.body().contains("H1付-2"), "the household's line");
        assertFalse(found.body().contains(idNumber));
        String otherTail = tail.equals("0000") ? "0001" : "0000";
        HttpResponse<String> none = get("/portal/lookup/" + resultNo + "?id4=" + otherTail + "&name="
                + URLEncoder.encode(h.headName(), StandardCharsets.UTF_8));
        assertEquals(200, none.statusCode());
        assertTrue(none.body().contains("no-match") && !none.body().contains("<mark>"), none.body());
        HttpResponse<String> byName = get("/portal/lookup/" + resultNo + "?id4=&name="
                + URLEncoder.encode(h.headName(), StandardCharsets.UTF_8));
        assertTrue(byName.body().contains("<mark>" + h.headName() + "</mark>"), byName.body());
        HttpResponse<String> bad = get("/portal/lookup/" + resultNo + "?id4=12%3Cb%3E&name=");
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("身份证号后四位应为 4 位") && !bad.body().contains("<b>"), bad.body());
        HttpResponse<String> inPlan = get("/portal/lookup/" + planNo + "?id4=" + tail);
        assertTrue(inPlan.body().contains("5329**********<mark>" + tail + "</mark>"), "the plan notice's line too: "
                + inPlan.body());
        assertEquals(404, get("/portal/lookup/NO-SUCH-NOTICE?id4=1234").statusCode());
        HttpResponse<String> villagePage = get("/portal/regions/" + VILLAGE);
        assertTrue(villagePage.body().contains("/portal/lookup/" + resultNo), "the notice list offers the lookup");
    }

    private static HouseholdHistoryView.Year year(HouseholdHistoryView page, int year) {
        return page.years().stream().filter(y -> y.year() == year).findFirst()
                .orElseThrow(() -> new AssertionError("no year " + year + " in " + page.years()));
    }

    /** An asset row of 上村组 as the schema owner writes fixtures (BareAssets): handed over, one owner. */
    private long asset(String name, String assetClass, String category, String ownerLevel, String ownerName,
            String ownerRegion) throws SQLException {
        long id = row(name, assetClass, category, "HANDED_OVER", "NORMAL", ownerLevel);
        try (Connection c = owner.getConnection();
                PreparedStatement p = c.prepareStatement("INSERT INTO asset_owner (asset_id, seq, entity_name,"
                        + " public_entity_name, region_code, share) VALUES (?, 1, ?, ?, ?, 1)")) {
            p.setLong(1, id);
            p.setString(2, ownerName);
            p.setString(3, ownerName);
            p.setString(4, ownerRegion);
            p.executeUpdate();
        }
        return id;
    }

    /** A 到户类 asset of 上村组 just registered (no owners yet), for 确权 through the register. */
    private long registered(String name) throws SQLException {
        return row(name, "HOUSEHOLD", "HH-LIVESTOCK", "REGISTERED", null, null);
    }

    private long row(String name, String assetClass, String category, String stage, String status,
            String ownerLevel) throws SQLException {
        try (Connection c = owner.getConnection()) {
            long id;
            try (PreparedStatement p = c.prepareStatement("INSERT INTO asset (code, name, public_name, asset_class,"
                    + " category_code, natural_village_code, county_code, formed_on, original_value, value_entered,"
                    + " stage, status, owner_level, last_event_on, created_by, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 3000.00, TRUE, ?, ?, ?, ?, 'it', NOW(3))",
                    Statement.RETURN_GENERATED_KEYS)) {
                LocalDate formed = clock.today().minusDays(5);
                p.setString(1, "IHH-" + System.nanoTime() % 10000000000L);
                p.setString(2, name);
                p.setString(3, name);
                p.setString(4, assetClass);
                p.setString(5, category);
                p.setString(6, UPPER);
                p.setString(7, BareAssets.YANGBI);
                p.setDate(8, Date.valueOf(formed));
                p.setString(9, stage);
                p.setString(10, status);
                p.setString(11, ownerLevel);
                p.setDate(12, Date.valueOf(formed));
                p.executeUpdate();
                try (ResultSet keys = p.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            return id;
        }
    }

    private static ProjectDetails details(int year, String name) {
        return new ProjectDetails(year, name, "CY-SC", Nature.NEW, List.of(RegionCode.of(UPPER)), "新建蔬菜大棚 2 座",
                new BigDecimal("2"), "座", List.of(new FundShare(FundSource.CENTRAL_LINKAGE, new BigDecimal("200000.00"))),
                YearMonth.of(year, 1), YearMonth.of(year, 12), "苍山西镇人民政府", "张三", new Beneficiaries(10, 40, 4, 16, 1, 3),
                List.of(new Indicator(IndicatorKind.OUTPUT, "大棚", "2", "座"),
                        new Indicator(IndicatorKind.BENEFIT, "增收", "1000", "元"),
                        new Indicator(IndicatorKind.SATISFACTION, "满意度", "95", "%")),
                LinkageType.EMPLOYMENT, "优先吸纳脱贫户务工", null, false);
    }

    private static String[] basic(String user, String password) {
        return new String[] {"Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8))};
    }

    /** The login form's post as the staff UI's own page sends it; the session cookie it sets. */
    private static String signIn(String user, String password) throws Exception {
        HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "/ledger/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", BASE)
                .header("Sec-Fetch-Site", "same-origin").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString("j_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                        + "&j_password=" + URLEncoder.encode(password, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(302, login.statusCode(), login.headers().map().toString());
        return login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.split(";", 2)[0]).findFirst().orElseThrow();
    }

    private static HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "text/html,application/json");
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(b.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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
