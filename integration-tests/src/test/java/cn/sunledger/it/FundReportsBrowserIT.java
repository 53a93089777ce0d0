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
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 资金报表 in a browser: 宾川's finance bureau, whose central 衔接资金 of next year went mostly to a 就业 project, opens
 * the page from the menu and sees the chart, the warning that the 产业发展 share is below its target, the source's
 * projects on a click, and Chinese labels with no codes; then lowers the county's target and the warning goes.
 * Screenshots in target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FundReportsBrowserIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final int YEAR = TODAY.getYear() + 1;
    private static final String BINCHUAN = "532924000000";
    /** Codes that must never show on a page: fund sources, statuses, region and category codes. */
    private static final Pattern CODES = Pattern.compile("CENTRAL_LINKAGE|PROVINCIAL|IN_LIBRARY|PLANNED"
            + "|(?<!\\d)5329\\d{8}(?!\\d)|CY-[A-Z]{2}|(?<![A-Za-z])(JY|GL|XC)(?![A-Za-z])");

    @Deployment(testable = false)
    static WebArchive probe() {
        return TestServer.probe("fund-reports-browser-probe");
    }

    @Test
    void theFinanceBureauSeesTheChartTheWarningAndTheSourcesProjects() {
        postCentralMoney();
        ChromeDriver browser = Browser.open(1280, 1800);
        StaffPages pages = new StaffPages(browser, "fund-reports");
        try {
            pages.signIn("binchuan.finance");
            browser.findElement(By.cssSelector("#menuForm\\:navReports a, a#menuForm\\:navReports")).click();
            pages.wait(ExpectedConditions.presenceOfElementLocated(By.id("reportsForm:chart")));
            pages.choose("reportYear", Integer.toString(YEAR));
            browser.findElement(By.id("reportsForm:show")).click();
            pages.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("shareValue"), "33.33%"));
            assertTrue(browser.findElement(By.id("reportsForm:belowTarget")).getText().contains("低于目标"),
                    "the warning is shown");
            assertFalse(browser.findElements(By.cssSelector("#reportsForm\\:chart canvas")).isEmpty(), "a chart");
            String sources = browser.findElement(By.id("reportsForm:bySource")).getText();
            assertTrue(sources.contains("中央财政衔接推进乡村振兴补助资金") && sources.contains("300,000.00"), sources);
            browser.findElement(By.id("reportsForm:bySource:0:drillSource")).click();
            pages.wait(ExpectedConditions.presenceOfElementLocated(By.id("reportsForm:sourceProjects")));
            String projects = browser.findElement(By.id("reportsForm:sourceProjects")).getText();
            assertTrue(projects.contains("古城村就业帮扶车间项目") && projects.contains("200,000.00"), projects);
            pages.screenshot("below-target");
            String page = browser.findElement(By.tagName("main")).getText();
            assertFalse(CODES.matcher(page).find(), "no codes on the page: " + page);
            assertTrue(page.contains("宾川县") && page.contains("资金执行进度") && page.contains("项目管理费"), page);
            assertEquals(0, pages.cspViolations().size(), pages.cspViolations().toString());

            // a bad target is refused by its field; a lower one takes the warning away
            pages.type("reportsForm:industryShareTarget", "120");
            browser.findElement(By.id("reportsForm:saveTargets")).click();
            pages.wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-message-error")));
            assertTrue(browser.findElement(By.id("reportsForm:belowTarget")).isDisplayed());
            pages.type("reportsForm:industryShareTarget", "30");
            browser.findElement(By.id("reportsForm:saveTargets")).click();
            pages.wait(ExpectedConditions.invisibilityOfElementLocated(By.id("reportsForm:belowTarget")));
            assertTrue(browser.findElement(By.id("shareLine")).getText().contains("30.00%"));
            pages.screenshot("target-lowered");
        } finally {
            browser.quit();
        }
    }

    /** 100,000 of central money to 古城's 产业 project, 200,000 to its 就业 project: a 33.33% share. */
    private static void postCentralMoney() {
        Http finance = Http.as("binchuan.finance");
        HttpResponse<String> doc = finance.send("POST", "/ledger/api/fund-documents", "application/json",
                "{\"docNumber\": \"宾财报〔" + YEAR + "〕" + System.nanoTime() % 100000 + "号\", \"source\": \"CENTRAL_LINKAGE\","
                        + " \"level\": \"CENTRAL\", \"regionCode\": \"" + BINCHUAN + "\", \"year\": " + YEAR
                        + ", \"issuedOn\": \"" + TODAY + "\", \"amount\": \"500000.00\", \"purpose\": \"衔接资金\"}");
        assertEquals(201, doc.statusCode(), doc.body());
        long docId = Http.json(doc).getJsonNumber("id").longValue();
        allocate(finance, docId, project("IN_LIBRARY"), "100000.00");
        allocate(finance, docId, project("PLANNED"), "200000.00");
    }

    private static long project(String status) {
        JsonObject page = Http.json(Http.as("binchuan.finance").get("/ledger/api/projects?region=" + BINCHUAN
                + "&status=" + status));
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("name").contains("古城村")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private static void allocate(Http finance, long doc, long project, String amount) {
        HttpResponse<String> a = finance.send("POST", "/ledger/api/allocations", "application/json",
                "{\"fundDocumentId\": " + doc + ", \"projectId\": " + project + ", \"amount\": \"" + amount
                        + "\", \"allocatedOn\": \"" + TODAY + "\"}");
        assertEquals(201, a.statusCode(), a.body());
    }
}
