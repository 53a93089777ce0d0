package cn.sunledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.Browser;
import cn.sunledger.it.support.Http;
import cn.sunledger.it.support.StaffPages;
import cn.sunledger.it.support.TestServer;
import jakarta.json.JsonArray;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The distribution plan screens in headless Chromium (issue 12 item 5), in real time: 光明村's clerk drafts a plan
 * through 新建分配方案 on the owner's rent of this year — the income, reserve and what is left shown live from the
 * ledger, a household picked by its head's name with its ID number masked, the first meeting given with the plan —,
 * a wrong Σ is refused by the lines with the figures (no field name, no pattern), then saved; on the plan's page the
 * clerk records the other three meetings (a text file posing as the minutes' PDF refused by the file's label and the
 * meeting not recorded; then a real PDF, downloadable by staff only) and submits; the township approves; paying before
 * the plan notice has run is refused with what to do and a link to the notice; the county bureau is offered to draft
 * the 收益分配方案公示 from the plan's page. Paying after the notice's ten days is DistributionInContainerIT's, which can
 * move its clock. No screen shows a code or a whole ID number.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DistributionUiBrowserIT {

    private static final String JSON = "application/json";
    private static final String UPPER = "532922101201001";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    /** Codes that must never reach a distribution screen (the demo users' display names carry their usernames). */
    private static final Pattern CODES = Pattern.compile("PUBLIC_WELFARE_JOBS|HOUSEHOLD_SUPPORT|PARTY_PROPOSAL"
            + "|COMMITTEES_DELIBERATION|PARTY_MEMBERS_REVIEW|REPRESENTATIVES_RESOLUTION|MONITORED_UNSTABLE"
            + "|VILLAGE_CLERK|TOWNSHIP_REVIEWER|householdId|reserveRate|lines\\[|payments\\["
            + "|(?<![A-Za-z])(DRAFT|SUBMITTED|APPROVED|PAID|FAILED)(?![A-Za-z_])");

    private ChromeDriver browser;
    private StaffPages pages;
    private String testName;

    @Deployment(testable = false)
    static WebArchive probe() {
        return TestServer.probe("distribution-ui-probe");
    }

    @BeforeEach
    void open(TestInfo test) {
        browser = Browser.open(1280, 1800);
        pages = new StaffPages(browser, "distribution-ui");
        testName = test.getTestMethod().map(m -> m.getName()).orElse("test");
    }

    @AfterEach
    void close() {
        pages.screenshot(testName + "-last");
        browser.quit();
    }

    @Test
    void aClerkDraftsAPlanThroughTheFormRecordsItsMeetingsAndTheTownshipApprovesIt() throws Exception {
        Http clerk = Http.as("guangming.clerk");
        String ownerName = "光明村股份经济合作社（界面分配测试" + System.nanoTime() % 1_000_000_000L + "）";
        long asset;
        try (Connection c = owner()) {
            asset = BareAssets.leasedTo(c, "界面分配测试资产", TODAY.minusDays(60), ownerName);
        }
        HttpResponse<String> income = clerk.send("POST", "/ledger/api/assets/" + asset + "/incomes", JSON,
                "{\"kind\": \"RENT\", \"receivedOn\": \"" + TODAY + "\", \"payer\": \"某蔬菜公司\", \"amount\": \"10000.00\","
                        + " \"receiptNo\": \"收-界面-" + asset + "\"}");
        assertEquals(201, income.statusCode(), income.body());
        String id = HouseholdRegisterIT.idNumber();
        String masked = id.substring(0, 4) + "**********" + id.substring(14);
        String head = "界面分配户" + System.nanoTime() % 100000;
        HttpResponse<String> household = clerk.send("POST", "/ledger/api/households", JSON, "{\"naturalVillageCode\": \""
                + UPPER + "\", \"headName\": \"" + head + "\", \"idNumber\": \"" + id + "\", \"members\": 3,"
                + " \"category\": \"MONITORED_UNSTABLE\"}");
        assertEquals(201, household.statusCode(), household.body());

        // 新建分配方案 from the plans' list
        pages.signIn("guangming.clerk");
        browser.get(TestServer.BASE + "/ledger/distributions.xhtml");
        pages.wait(ExpectedConditions.elementToBeClickable(By.id("newPlan"))).click();
        pages.wait(ExpectedConditions.visibilityOfElementLocated(By.id("planForm:save")));
        assertEquals("光明村", browser.findElement(By.id("planForm:ownerVillage")).getText());
        assertTrue(browser.findElement(By.cssSelector("label[for^='planForm:periodFrom']")).getText().contains("*"),
                "required fields are marked");
        assertTrue(browser.findElement(By.id("planForm:rateRange")).getText().contains("10% – 30%"),
                "the configured range is shown: " + browser.findElement(By.id("planForm:rateRange")).getText());
        if (browser.findElements(By.id("planForm:ownerName")).isEmpty()) {
            assertEquals(ownerName, browser.findElement(By.id("planForm:ownerNameOnly")).getText());
        } else {
            pages.choose("ownerNameMenu", ownerName);
        }
        pages.wait(ExpectedConditions.textToBe(By.id("figIncome"), "10,000.00"));
        assertEquals("2,000.00", browser.findElement(By.id("figReserve")).getText(), "20% taken first");
        assertEquals("8,000.00", browser.findElement(By.id("figDistributable")).getText());

        choose("planForm:lines:0:purpose", "PUBLIC_WELFARE_JOBS");
        pages.wait(ExpectedConditions.presenceOfElementLocated(By.id("planForm:lines:0:amount")));
        pages.type("planForm:lines:0:amount", "5000");
        pages.wait(ExpectedConditions.textToBe(By.id("figLines"), "5,000.00"));
        browser.findElement(By.id("planForm:addLine")).click();
        idle();
        pages.wait(ExpectedConditions.presenceOfElementLocated(By.id("planForm:lines:1:purpose")));
        choose("planForm:lines:1:purpose", "HOUSEHOLD_SUPPORT");
        pages.wait(ExpectedConditions.presenceOfElementLocated(By.id("planForm:lines:1:household_input")));
        pages.type("planForm:lines:1:household_input", head);
        WebElement suggestion = pages.wait(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("li.ui-autocomplete-item")));
        assertTrue(suggestion.getText().contains(head) && suggestion.getText().contains(masked)
                && suggestion.getText().contains("脱贫不稳定户") && !suggestion.getText().contains(id),
                "the household by name, its ID number masked: " + suggestion.getText());
        suggestion.click();
        idle();
        pages.type("planForm:lines:1:amount", "4000");
        pages.wait(ExpectedConditions.textToBe(By.id("figLines"), "9,000.00"));
        assertTrue(browser.findElement(By.id("figDifference")).getText().contains("超出 1,000.00 元"),
                browser.findElement(By.id("figDifference")).getText());
        // the first of the four meetings, held three days ago, given with the plan
        pages.type("planForm:meetings:0:attendees", "7");
        pages.type("planForm:meetings:0:votesFor", "7");
        pages.date("planForm:meetings:0:heldOn", TODAY.minusDays(3));
        assertTrue(browser.findElement(By.id("bannedNote")).getText().contains("村委会运转经费"),
                "the banned uses are named with why they cannot be chosen");
        pages.screenshot("new-plan");
        noCodes("new-plan");

        // a wrong Σ: refused by the lines, with the figures, and nothing saved
        browser.findElement(By.id("planForm:save")).click();
        String linesRefused = pages.wait(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".lines-problems .ui-messages-error-summary, .lines-problems li"))).getText();
        assertTrue(linesRefused.startsWith("分配明细：") && linesRefused.contains("9000.00")
                && linesRefused.contains("8000.00") && linesRefused.contains("10000.00")
                && linesRefused.contains("2000.00"), linesRefused);
        assertFalse(linesRefused.contains("lines") || linesRefused.contains("\\"), "no field name, no pattern: "
                + linesRefused);
        assertTrue(browser.getCurrentUrl().contains("distribution-new"), "still the form");
        pages.screenshot("new-plan-unbalanced");
        noCodes("new-plan-unbalanced");
        assertEquals(0, plans(ownerName), "a refused plan is not saved");

        pages.type("planForm:lines:1:amount", "3000");
        pages.wait(ExpectedConditions.textToBe(By.id("figLines"), "8,000.00"));
        assertEquals("相符", browser.findElement(By.id("figDifference")).getText());
        browser.findElement(By.id("planForm:save")).click();
        pages.wait(ExpectedConditions.urlContains("/ledger/distribution.xhtml?id="));
        String planUrl = browser.getCurrentUrl();
        String planId = planUrl.replaceAll(".*[?&]id=(\\d+).*", "$1");
        assertTrue(pages.wait(ExpectedConditions.presenceOfElementLocated(By.id("planStatus"))).getText()
                .contains("草拟"));
        assertEquals(1, plans(ownerName));
        String lines = browser.findElement(By.id("lines")).getText();
        assertTrue(lines.contains("村级公益性岗位工资") && lines.contains("到户收益分配") && lines.contains(head)
                && lines.contains(masked) && !lines.contains(id), lines);
        assertTrue(browser.findElement(By.id("meetings")).getText().contains("村党组织提议"));

        // the meetings: a text file posing as the minutes' PDF is refused by the file's label, the meeting with it
        WebElement meetingForm = browser.findElement(By.id("meetingForm"));
        assertTrue(meetingForm.getText().contains("选择文件") && !meetingForm.getText().contains("Choose"),
                "the chooser's label in Chinese: " + meetingForm.getText());
        assertEquals("村两委商议", browser.findElement(By.id("meetingForm:kind_label")).getText(), "the next one due");
        Path notAPdf = Files.createTempFile("会议记录", ".pdf");
        Files.writeString(notAPdf, "只是文本");
        meeting(TODAY.minusDays(2), "9", "9", notAPdf);
        String fileRefused = pages.wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "#meetingForm .ui-message-error"))).getText();
        assertTrue(fileRefused.startsWith("会议记录扫描件：") && fileRefused.contains("PDF"), fileRefused);
        assertFalse(browser.findElement(By.id("meetings")).getText().contains("村两委商议"), "nothing recorded");
        pages.screenshot("meeting-refused");

        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
        Path minutes = Files.createTempFile("村两委商议记录", ".pdf");
        Files.write(minutes, pdf);
        browser.get(planUrl);
        meeting(TODAY.minusDays(2), "9", "9", minutes);
        pages.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("meetings"), "村两委商议"));
        assertTrue(pages.messages().contains("已记录"), pages.messages());
        WebElement link = browser.findElement(By.cssSelector("a.minutes-link"));
        assertEquals(minutes.getFileName().toString(), link.getText());
        String href = link.getAttribute("href");
        String path = href.substring(href.indexOf("/ledger/"));
        HttpResponse<String> download = clerk.get(path);
        assertEquals(200, download.statusCode());
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse(""));
        assertTrue(download.body().startsWith("%PDF-1.4"), "the bytes as uploaded");
        HttpResponse<String> list = clerk.get("/ledger/api/distributions/" + planId + "/minutes");
        assertEquals(200, list.statusCode(), list.body());
        JsonArray listed;
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(list.body()))) {
            listed = reader.readArray();
        }
        assertEquals(1, listed.size());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)),
                listed.getJsonObject(0).getString("sha256"));
        assertEquals(403, Http.as("yangjiang.reviewer").get(path).statusCode(), "another township's staff");

        meeting(TODAY.minusDays(1), "30", "28", null);
        pages.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("meetings"), "党员大会审议"));
        meeting(TODAY, "45", "41", null);
        pages.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("meetings"), "村民代表大会决议"));
        assertTrue(browser.findElements(By.id("meetingForm")).isEmpty(), "all four recorded");
        pages.screenshot("meetings");
        noCodes("meetings");
        browser.findElement(By.cssSelector(".step-submit")).click();
        pages.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("planStatus"), "待乡镇审核"));
        pages.signOut();

        // the township approves; paying before the plan notice has run is refused with what to do
        pages.signIn("cangshanxi.reviewer");
        browser.get(planUrl);
        // a 批复 dated before the submission it approves is refused by the date field, by its label
        pages.wait(ExpectedConditions.elementToBeClickable(By.cssSelector(".step-approve")));
        pages.date("stepsForm:decidedOn", TODAY.minusDays(1));
        browser.findElement(By.cssSelector(".step-approve")).click();
        pages.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("stepsForm"), "决定日期："));
        assertTrue(browser.findElement(By.id("planStatus")).getText().contains("待乡镇审核"), "not approved");
        assertFalse(browser.findElement(By.id("stepsForm")).getText().contains("decidedOn"), "no field name");
        browser.get(planUrl);
        pages.wait(ExpectedConditions.elementToBeClickable(By.cssSelector(".step-approve"))).click();
        pages.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("planStatus"), "乡镇审核通过"));
        browser.get(planUrl);
        pages.wait(ExpectedConditions.visibilityOfElementLocated(By.id("payForm:pay")));
        assertEquals("5,000.00", browser.findElement(By.id("payForm:payRows:0:amount")).getAttribute("value"),
                "the line's full amount prefilled");
        choose("payForm:payRows:0:outcome", "PAID");
        pages.type("payForm:payRows:0:voucherNo", "付-界面-1");
        browser.findElement(By.id("payForm:pay")).click();
        String refused = pages.wait(ExpectedConditions.visibilityOfElementLocated(By.id("noticeRefusalText"))).getText();
        assertTrue(refused.contains("收益分配方案公示") && refused.contains("公示期满"), refused);
        String noticeLink = browser.findElement(By.id("payForm:noticeLink")).getAttribute("href");
        assertTrue(noticeLink.contains("notices.xhtml") && noticeLink.contains("draft=DISTRIBUTION_PLAN")
                && noticeLink.contains("subject=" + planId), noticeLink);
        assertTrue(browser.findElement(By.id("lines")).getText().contains("未兑付"), "nothing paid");
        pages.screenshot("pay-refused");
        noCodes("pay-refused");
        pages.signOut();

        // the county bureau drafts the plan notice from the plan's page
        pages.signIn("yangbi.rural");
        browser.get(planUrl);
        pages.wait(ExpectedConditions.elementToBeClickable(By.id("draftPlanNotice"))).click();
        pages.wait(ExpectedConditions.visibilityOfElementLocated(By.id("draftForm:saveDraft")));
        assertEquals("收益分配方案公示", browser.findElement(By.id("draftForm:draftType_label")).getText());
        assertEquals(planId, browser.findElement(By.id("draftForm:subjectId")).getAttribute("value"));
    }

    /** Records a meeting through the plan page's form: the kind offered first (the next due), date, votes, file. */
    private void meeting(LocalDate heldOn, String attendees, String votesFor, Path file) {
        pages.wait(ExpectedConditions.visibilityOfElementLocated(By.id("meetingForm:recordMeeting")));
        pages.type("meetingForm:attendees", attendees);
        pages.type("meetingForm:votesFor", votesFor);
        pages.date("meetingForm:heldOn", heldOn);
        if (file != null) {
            browser.findElement(By.cssSelector("#meetingForm input[type=file]")).sendKeys(file.toString());
        }
        browser.findElement(By.id("meetingForm:recordMeeting")).click();
    }

    /**
     * Types a date into a date picker and closes its calendar: the calendar opens a moment after the field takes the
     * focus, and while open it takes the keys typed next, so it is closed only once it has opened.
     */
    /** Picks a value of a PrimeFaces select menu inside a repeat (no widgetVar of its own), firing its change. */
    private void choose(String clientId, String value) {
        pages.wait(d -> ((ChromeDriver) d).executeScript("return !!PrimeFaces.getWidgetById(arguments[0])", clientId));
        browser.executeScript("var w = PrimeFaces.getWidgetById(arguments[0]); w.selectValue(arguments[1]);"
                + " w.triggerChange();", clientId, value);
        idle();
    }

    /** Waits until the page's ajax requests are answered (an update may replace the elements a test holds). */
    private void idle() {
        pages.wait(d -> (Boolean) ((ChromeDriver) d).executeScript("return !!window.PrimeFaces"
                + " && PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0)"));
    }

    private void noCodes(String page) {
        String text = browser.findElement(By.tagName("main")).getText();
        var found = CODES.matcher(text);
        assertFalse(found.find(), () -> page + " shows the code " + found.group() + " in: " + text);
        assertEquals(List.of(), pages.cspViolations(), page);
    }

    /** How many plans of the owner the API lists for the clerk. */
    private static int plans(String ownerName) {
        HttpResponse<String> r = Http.as("guangming.clerk").get("/ledger/api/distributions?size=200");
        assertEquals(200, r.statusCode(), r.body());
        return (int) Http.json(r).getJsonArray("items").stream()
                .filter(p -> ownerName.equals(p.asJsonObject().getString("ownerName"))).count();
    }

    private static Connection owner() throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://" + env("MARIADB_HOST", "127.0.0.1") + ":"
                + env("MARIADB_PORT", "3407") + "/" + env("MARIADB_DATABASE", "sunledger_test"),
                env("MARIADB_OWNER_USER", "sunledger_owner"), env("MARIADB_OWNER_PASSWORD", "sunledger_owner"));
    }

    private static String env(String name, String otherwise) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? otherwise : v;
    }
}
