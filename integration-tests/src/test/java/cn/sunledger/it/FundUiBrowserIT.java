package cn.sunledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.Browser;
import cn.sunledger.it.support.Http;
import cn.sunledger.it.support.StaffPages;
import cn.sunledger.it.support.TestServer;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The fund screens in headless Chromium, as 漾濞县's finance bureau uses them: a document is recorded (a bad amount
 * is refused by the field, in Chinese, and nothing is posted), allocated to a library project chosen in the picker
 * with the remaining shown live, paid, and the payment reversed with a reason in the journal; the document's
 * figures and the journal follow each step; no screen shows a code; a bad ?id= is the product's not-found page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FundUiBrowserIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    /** Codes that must never reach a screen: sources, kinds, accounts, statuses. */
    private static final Pattern MONEY = Pattern.compile("\\d{1,3}(,\\d{3})*\\.\\d{2}");
    private static final List<String> CODES = List.of("CENTRAL_LINKAGE", "DISBURSEMENT", "ALLOCATION", "REVERSAL",
            "PAID_TO_PAYEE", "PROJECT_ALLOCATED", "DOCUMENT_AVAILABLE", "IN_PROGRESS", "IN_LIBRARY", "COUNTY_FINANCE");

    private ChromeDriver browser;
    private StaffPages pages;

    @Deployment(testable = false)
    static WebArchive probe() {
        return TestServer.probe("fund-ui-probe");
    }

    @BeforeEach
    void open() {
        browser = Browser.open(1280, 1100);
        pages = new StaffPages(browser, "fund-ui");
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    @Test
    void theFinanceBureauRecordsAllocatesPaysAndReversesAndSeesEachStep() {
        JsonObject project = Http.json(Http.as("yangbi.finance")
                .get("/ledger/api/projects?region=532922000000&status=IN_PROGRESS")).getJsonArray("items").getJsonObject(0);
        String projectName = project.getString("name");
        String docNumber = "漾财农〔" + TODAY.getYear() + "〕界面" + (System.nanoTime() % 100000) + "号";

        pages.signIn("yangbi.finance");
        List<BigDecimal> reportBefore = centralExecution();
        browser.findElement(By.id("menuForm:navFunds")).click();
        pages.wait(ExpectedConditions.presenceOfElementLocated(By.id("listForm:documents")));
        assertTrue(browser.findElement(By.id("menuForm:navJournal")).isDisplayed());
        noCodes("list");
        browser.findElement(By.id("listForm:newDocument")).click();
        pages.wait(ExpectedConditions.visibilityOfElementLocated(By.id("registerForm:docNumber")));
        assertTrue(browser.findElement(By.cssSelector("label[for='registerForm:docNumber']")).getText().contains("*"),
                "required fields are marked");
        pages.type("registerForm:docNumber", docNumber);
        pages.choose("formSourceMenu", "CENTRAL_LINKAGE");
        pages.type("registerForm:amount", "五十万");
        pages.type("registerForm:purpose", "2026年中央财政衔接推进乡村振兴补助资金（界面测试）");
        browser.findElement(By.id("registerForm:save")).click();
        WebElement amountError = pages.wait(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='registerForm:amount'] ~ .ui-message-error, .ui-message-error[id^='registerForm:']")));
        String error = amountError.getText();
        assertTrue(error.startsWith("金额：") && error.contains("最多两位小数"), error);
        assertTrue(browser.findElement(By.id("registerForm:amount")).getAttribute("class").contains("ui-state-error"),
                "the field is highlighted");
        pages.screenshot("bad-amount");
        assertFalse(journal().contains(docNumber), "a refused form posts nothing");

        pages.type("registerForm:amount", "500,000.00");
        browser.findElement(By.id("registerForm:save")).click();
        pages.wait(ExpectedConditions.textToBe(By.id("docNumber"), docNumber));
        assertTrue(pages.messages().contains("分录号 532922-" + TODAY.getYear() + "-"), pages.messages());
        assertFigures("500,000.00", "0.00", "0.00", "500,000.00");
        assertEquals("中央财政衔接推进乡村振兴补助资金", browser.findElement(By.id("docSource")).getText());

        // 分配资金: the picker asks as one types; the remaining follows the amount
        WebElement picker = browser.findElement(By.id("allocateForm:project_input"));
        picker.sendKeys(projectName.substring(0, Math.min(6, projectName.length())));
        WebElement suggestion = pages.wait(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//li[contains(@class,'ui-autocomplete-item') and contains(., '" + projectName + "')]")));
        assertTrue(suggestion.getText().contains("实施"), "name, village and status label: " + suggestion.getText());
        pages.screenshot("picker");
        suggestion.click();
        pages.type("allocateForm:amount", "300000");
        pages.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("allocateForm:remainingAfter"), "200,000.00"));
        pages.type("allocateForm:amount", "600000");
        pages.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("allocateForm:remainingAfter"), "-100,000.00"));
        pages.type("allocateForm:amount", "300000");
        pages.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("allocateForm:remainingAfter"), "200,000.00"));
        browser.findElement(By.id("allocateForm:allocate")).click();
        pages.wait(ExpectedConditions.textToBe(By.id("figAllocated"), "300,000.00"));
        assertTrue(pages.messages().contains("已分配 300,000.00 元") && pages.messages().contains("分录号"), pages.messages());
        assertFigures("500,000.00", "300,000.00", "0.00", "200,000.00");
        assertTrue(browser.findElement(By.id("allocationsForm:allocations")).getText().contains(projectName));

        // 登记支付 against the allocation
        browser.findElement(By.cssSelector(".pay-button")).click();
        pages.wait(ExpectedConditions.visibilityOfElementLocated(By.id("paymentForm:payee")));
        pages.type("paymentForm:payee", "苍山西镇人民政府");
        pages.type("paymentForm:amount", "120000.00");
        pages.type("paymentForm:voucherNo", "记-0031");
        browser.findElement(By.id("paymentForm:pay")).click();
        pages.wait(ExpectedConditions.textToBe(By.id("figDisbursed"), "120,000.00"));
        assertTrue(pages.messages().contains("支付 120,000.00 元") && pages.messages().contains("分录号"), pages.messages());
        assertFigures("500,000.00", "300,000.00", "120,000.00", "200,000.00");
        assertTrue(browser.findElement(By.id("allocationsForm:allocations")).getText().contains("记-0031"));
        pages.screenshot("document");
        noCodes("document");

        // 红字冲销 of the payment in the journal: a reason is required
        browser.findElement(By.id("journalLink")).click();
        pages.wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.kind-DISBURSEMENT")));
        List<WebElement> rows = browser.findElements(By.cssSelector("#entriesForm\\:entries tr.entry-row"));
        assertEquals(3, rows.size(), "the document's registration, allocation and payment");
        assertTrue(browser.findElement(By.cssSelector("tr.kind-DISBURSEMENT")).getText().matches("(?s).*已拨付资金\\s*借\\s*120,000.00.*"),
                "accounts by their labels");
        browser.findElement(By.cssSelector("tr.kind-DISBURSEMENT .reverse-button")).click();
        pages.wait(ExpectedConditions.visibilityOfElementLocated(By.id("reverseForm:reason")));
        browser.findElement(By.id("reverseForm:confirmReverse")).click();
        pages.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("reverseDialog"), "冲销原因：必填"));
        assertTrue(browser.findElements(By.cssSelector("tr.kind-REVERSAL")).isEmpty(), "nothing posted");
        pages.type("reverseForm:reason", "收款单位录错");
        browser.findElement(By.id("reverseForm:confirmReverse")).click();
        WebElement reversal = pages.wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.kind-REVERSAL")));
        String paymentNo = browser.findElement(By.cssSelector("tr.kind-DISBURSEMENT .entry-no")).getText();
        assertTrue(reversal.getText().contains("冲销 " + paymentNo) && reversal.getText().contains("收款单位录错"),
                reversal.getText());
        assertTrue(browser.findElement(By.cssSelector("tr.kind-DISBURSEMENT")).getText().contains("冲销分录"),
                "the payment shows its reversal");
        assertTrue(pages.messages().contains("已红字冲销分录 " + paymentNo), pages.messages());
        assertTrue(browser.findElements(By.cssSelector("tr.kind-REVERSAL .reverse-button")).isEmpty(),
                "a reversal is not offered for reversal");
        assertEquals(13, browser.findElements(By.cssSelector("#periods li")).size(), "twelve months and the year");
        browser.findElement(By.id("chainForm:verify")).click();
        pages.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("chainText"), "账链完好"));
        pages.screenshot("journal");
        noCodes("journal");
        Object clipped = browser.executeScript("return Array.from(document.querySelectorAll('.line-amount'))"
                + ".filter(a => a.getBoundingClientRect().right > a.closest('td').getBoundingClientRect().right + 0.5)"
                + ".map(a => a.textContent)");
        assertEquals(List.of(), clipped, "amounts cut off by their column");

        // the document's figures: the payment is undone, the allocation stands
        browser.get(TestServer.BASE + "/ledger/funds.xhtml");
        pages.type("listForm:text", docNumber);
        // the new document is also on the unfiltered first page: wait for the search to narrow the list to it
        pages.wait(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#listForm\\:documents tr.fund-row"), 1));
        String listed = browser.findElement(By.cssSelector("#listForm\\:documents tr.fund-row")).getText();
        assertTrue(listed.contains(docNumber) && listed.contains("300,000.00") && listed.contains("200,000.00")
                && listed.contains("中央"), listed);
        assertEquals(List.of("500,000.00", "300,000.00", "0.00", "200,000.00"), browser.findElements(
                By.cssSelector("#listForm\\:documents tfoot td")).stream().map(WebElement::getText)
                .filter(t -> t.matches("[\\d,]+\\.\\d{2}")).toList(), "the totals row of the one matching document");
        WebElement link = pages.wait(ExpectedConditions.elementToBeClickable(By.linkText(docNumber)));
        link.click();
        pages.wait(ExpectedConditions.textToBe(By.id("docNumber"), docNumber));
        assertFigures("500,000.00", "300,000.00", "0.00", "200,000.00");
        assertTrue(browser.findElement(By.cssSelector(".payment.is-reversed")).getText().contains("冲销分录"));

        // 资金执行进度: the county's central funds show the allocation; the reversed payment left 已支付 as it was
        List<BigDecimal> reportAfter = centralExecution();
        assertEquals(reportBefore.get(0).add(new BigDecimal("300000.00")), reportAfter.get(0), "allocated");
        assertEquals(reportBefore.get(1), reportAfter.get(1), "disbursed");
    }

    /** The 资金报表 page's 中央衔接资金 row for the caller's county and this year: allocated and disbursed (0 if none). */
    private List<BigDecimal> centralExecution() {
        browser.get(TestServer.BASE + "/ledger/reports.xhtml");
        pages.wait(ExpectedConditions.presenceOfElementLocated(By.id("reportsForm:bySource")));
        return browser.findElements(By.cssSelector("#reportsForm\\:bySource tbody tr")).stream()
                .map(WebElement::getText).filter(t -> t.contains("中央财政衔接推进乡村振兴补助资金")).findFirst()
                .map(row -> MONEY.matcher(row).results().limit(2)
                        .map(m -> new BigDecimal(m.group().replace(",", ""))).toList())
                .orElse(List.of(BigDecimal.ZERO, BigDecimal.ZERO));
    }

    @Test
    void aBadIdIsTheProductsNotFoundPage() {
        pages.signIn("yangbi.auditor");
        for (String id : List.of("abc", "999999999", "", "-1")) {
            browser.get(TestServer.BASE + "/ledger/fund-document.xhtml?id=" + id);
            String text = pages.wait(ExpectedConditions.presenceOfElementLocated(By.id("notFound"))).getText();
            assertTrue(text.contains("没有找到这份资金文件"), text);
            String body = browser.findElement(By.tagName("body")).getText();
            assertFalse(body.contains("j_idt") || body.contains("Exception"), body);
        }
        assertEquals(404, Http.as("yangbi.auditor").get("/ledger/fund-document.xhtml?id=abc").statusCode());
        pages.screenshot("not-found");
        browser.get(TestServer.BASE + "/ledger/funds.xhtml");
        pages.wait(ExpectedConditions.presenceOfElementLocated(By.id("listForm:documents")));
        assertTrue(browser.findElements(By.id("listForm:newDocument")).isEmpty(), "an auditor only reads");
    }

    private void assertFigures(String amount, String allocated, String disbursed, String remaining) {
        assertEquals(List.of(amount, allocated, disbursed, remaining), List.of(text("figAmount"), text("figAllocated"),
                text("figDisbursed"), text("figRemaining")));
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private void noCodes(String page) {
        String body = browser.findElement(By.tagName("body")).getText();
        for (String code : CODES) {
            assertFalse(body.contains(code), () -> page + " shows the code " + code + " in: " + body.lines()
                    .filter(l -> l.contains(code)).toList());
        }
        assertEquals(List.of(), pages.cspViolations(), page);
    }

    private static String journal() {
        return Http.as("yangbi.auditor").get("/ledger/api/journal?region=532922000000&year=" + TODAY.getYear()).body();
    }
}
