package cn.sunledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.Browser;
import cn.sunledger.it.support.Http;
import cn.sunledger.it.support.StaffPages;
import cn.sunledger.it.support.TestServer;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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
 * The 工作日历 and 资金分配结果公告 screens in headless Chromium: the admin sees 2026's holidays by name and a bad row
 * is refused by its row and column, in Chinese, saving nothing; 漾濞县's finance bureau sees a document it just
 * allocated as 待公告 with its deadline, drafts the notice from the row and lands on the draft. No screen shows a
 * code or breaks the content security policy.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FundNoticeUiBrowserIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final List<String> CODES = List.of("HOLIDAY", "WORKDAY", "DUE", "LATE", "PUBLISHED",
            "CENTRAL_LINKAGE", "FUND_ALLOCATION", "Choose");

    private ChromeDriver browser;
    private StaffPages pages;

    @Deployment(testable = false)
    static WebArchive probe() {
        return TestServer.probe("fund-notice-ui-probe");
    }

    @BeforeEach
    void open() {
        browser = Browser.open(1280, 1100);
        pages = new StaffPages(browser, "fund-notice-ui");
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    @Test
    void theAdminSeesTheYearsHolidaysAndABadRowIsRefusedByItsRowSavingNothing() {
        String before = Http.as("admin").get("/ledger/api/calendar/2026").body();
        pages.signIn("admin");
        browser.findElement(By.id("menuForm:navCalendar")).click();
        pages.wait(ExpectedConditions.presenceOfElementLocated(By.id("calendarForm:days")));
        pages.widget("calendarYear", "setValue(2026)");
        browser.findElement(By.id("calendarForm:show")).click();
        // the names and dates are inputs the admin edits: read their values
        pages.wait(d -> names().contains("春节"));
        pages.screenshot("calendar-loaded");
        String table = browser.findElement(By.id("calendarForm:days")).getText() + " " + names();
        for (String holiday : List.of("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节")) {
            assertTrue(table.contains(holiday), "2026's " + holiday + ": " + table);
        }
        assertTrue(browser.findElement(By.id("state")).getText().contains("已录入"), browser.findElement(By.id("state")).getText());
        List<WebElement> rows = browser.findElements(By.cssSelector("#calendarForm\\:days_data > tr"));
        assertTrue(rows.size() > 20, "the year's holidays and make-up days: " + rows.size());
        assertTrue(browser.findElements(By.cssSelector("[id$=':kind_label']")).stream().map(WebElement::getText)
                .allMatch(k -> k.equals("法定节假日（休息）") || k.equals("调休上班")), "kinds by their names");
        assertTrue(table.contains("星期"), "weekdays in Chinese");
        noCodes("calendar");
        pages.screenshot("calendar");

        // a new row with no date and no name: refused by its row, in Chinese; nothing is saved
        int count = rows.size();
        browser.findElement(By.id("calendarForm:addDay")).click();
        pages.wait(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#calendarForm\\:days_data > tr"), count + 1));
        browser.findElement(By.id("calendarForm:save")).click();
        String message = pages.wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "#messages .ui-messages-error"))).getText();
        assertTrue(message.contains("第 " + (count + 1) + " 行 日期：请填写日期"), message);
        assertTrue(message.contains("第 " + (count + 1) + " 行 名称："), message);
        assertFalse(message.matches("(?s).*(days\\[|\\bdate\\b|\\bname\\b).*"), "no field names: " + message);
        pages.screenshot("calendar-refused");
        noCodes("calendar refused");
        assertEquals(before, Http.as("admin").get("/ledger/api/calendar/2026").body(), "nothing saved");
    }

    @Test
    void theFinanceBureauSeesAnAllocatedDocumentAsDueAndDraftsItsNotice() {
        String docNumber = "漾财公〔" + TODAY.getYear() + "〕界面" + (System.nanoTime() % 100000) + "号";
        long document = registerAndAllocate(docNumber);
        JsonObject due = Http.json(Http.as("yangbi.finance").get("/ledger/api/fund-documents/allocation-notices?region=532922000000"))
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("documentId").longValue() == document).findFirst().orElseThrow();

        pages.signIn("yangbi.finance");
        browser.findElement(By.id("menuForm:navAllocationNotices")).click();
        pages.wait(ExpectedConditions.presenceOfElementLocated(By.id("dueForm:due")));
        WebElement row = pages.wait(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//tbody[@id='dueForm:due_data']/tr[td[contains(., '" + docNumber + "')]]")));
        String text = row.getText();
        assertTrue(text.contains("待公告"), text);
        assertTrue(text.contains(due.getString("deadline")), "the deadline " + due.getString("deadline") + ": " + text);
        assertTrue(text.contains("中央财政衔接推进乡村振兴补助资金"), "the source by its name: " + text);
        assertTrue(text.contains("80,000.00") && text.contains("50,000.00"), "money as on every fund screen: " + text);
        noCodes("allocation notices");
        pages.screenshot("allocation-notices");

        row.findElement(By.cssSelector("[id$=':draft']")).click();
        pages.wait(ExpectedConditions.urlContains("notice.xhtml?id="));
        pages.wait(ExpectedConditions.presenceOfElementLocated(By.id("actionsForm")));
        String body = browser.findElement(By.tagName("body")).getText();
        assertTrue(body.contains("资金分配结果公告") && body.contains("草稿"), body);
        String noticeId = browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        JsonObject notice = Http.json(Http.as("yangbi.finance").get("/ledger/api/notices/" + noticeId));
        assertEquals(String.valueOf(document), notice.getString("subjectId"), "the draft is the document's: " + notice);
        assertTrue(Http.as("yangbi.finance").get("/ledger/api/notices/" + noticeId + "/preview?format=html").body()
                .contains(docNumber), "the notice quotes its document");
        noCodes("drafted notice");
        pages.screenshot("drafted-notice");

        browser.findElement(By.id("menuForm:navAllocationNotices")).click();
        WebElement again = pages.wait(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//tbody[@id='dueForm:due_data']/tr[td[contains(., '" + docNumber + "')]]")));
        assertFalse(again.findElements(By.cssSelector("[id$=':openDraft']")).isEmpty(), "the row leads to its draft");
        assertTrue(again.findElements(By.cssSelector("[id$=':draft']")).isEmpty(), "one draft per document");
    }

    @Test
    void theFinanceBureauAttachesTheScanOnTheDocumentPage() throws Exception {
        String docNumber = "漾财扫〔" + TODAY.getYear() + "〕界面" + (System.nanoTime() % 100000) + "号";
        long document = registerAndAllocate(docNumber);
        java.nio.file.Path scan = java.nio.file.Files.createTempFile("下达文件", ".pdf");
        java.nio.file.Files.write(scan, FundDocumentScanIT.pdf("ui"));
        java.nio.file.Path png = java.nio.file.Files.createTempFile("scan", ".pdf");
        java.nio.file.Files.write(png, cn.sunledger.it.support.BoardPostings.png());

        pages.signIn("yangbi.finance");
        browser.get(TestServer.BASE + "/ledger/fund-document.xhtml?id=" + document);
        pages.wait(ExpectedConditions.presenceOfElementLocated(By.id("noScan")));
        assertTrue(browser.findElement(By.id("scanForm")).getText().contains("选择文件"), "the chooser's label in Chinese");
        // a PNG named .pdf: refused by the file field, in Chinese
        browser.findElement(By.cssSelector("#scanForm input[type=file]")).sendKeys(png.toString());
        browser.findElement(By.id("scanForm:attachScan")).click();
        pages.screenshot("scan-submitted");
        String refused = pages.wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "#scanForm .ui-message-error"))).getText();
        assertTrue(refused.startsWith("文件扫描件：") && refused.contains("PDF 或 JPEG"), refused);
        assertFalse(browser.findElements(By.id("noScan")).isEmpty(), "nothing stored");
        pages.screenshot("scan-refused");

        browser.findElement(By.cssSelector("#scanForm input[type=file]")).sendKeys(scan.toString());
        browser.findElement(By.id("scanForm:attachScan")).click();
        WebElement link = pages.wait(ExpectedConditions.visibilityOfElementLocated(By.id("scanDownload")));
        assertEquals(scan.getFileName().toString(), link.getText());
        assertTrue(link.getAttribute("href").endsWith("/ledger/api/fund-documents/" + document + "/attachment"));
        assertTrue(browser.findElement(By.id("scanInfo")).getText().contains("PDF 文件"), browser.findElement(By.id("scanInfo")).getText());
        assertTrue(pages.messages().contains("已上传扫描件"), pages.messages());
        noCodes("document with scan");
        pages.screenshot("scan");
    }

    private static long registerAndAllocate(String docNumber) {
        Http finance = Http.as("yangbi.finance");
        HttpResponse<String> created = finance.send("POST", "/ledger/api/fund-documents", "application/json",
                "{\"docNumber\": \"" + docNumber + "\", \"source\": \"CENTRAL_LINKAGE\", \"level\": \"CENTRAL\","
                        + " \"regionCode\": \"532922000000\", \"year\": " + TODAY.getYear() + ", \"issuedOn\": \""
                        + TODAY.minusDays(2) + "\", \"amount\": \"80000.00\", \"purpose\": \"公告界面测试\"}");
        assertEquals(201, created.statusCode(), created.body());
        long id = Http.json(created).getJsonNumber("id").longValue();
        long project = Http.json(finance.get("/ledger/api/projects?region=532922000000&status=IN_PROGRESS"))
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        HttpResponse<String> allocated = finance.send("POST", "/ledger/api/allocations", "application/json",
                "{\"fundDocumentId\": " + id + ", \"projectId\": " + project + ", \"amount\": \"50000.00\","
                        + " \"allocatedOn\": \"" + TODAY + "\"}");
        assertEquals(201, allocated.statusCode(), allocated.body());
        return id;
    }

    private String names() {
        return String.join(" ", browser.findElements(By.cssSelector("#calendarForm\\:days input[id$=':name']")).stream()
                .map(e -> e.getAttribute("value")).toList());
    }

    private void noCodes(String page) {
        String body = browser.findElement(By.tagName("body")).getText();
        for (String code : CODES) {
            assertFalse(body.contains(code), page + " shows " + code);
        }
        assertEquals(List.of(), pages.cspViolations(), page);
    }
}
