package cn.sunledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.Browser;
import cn.sunledger.it.support.Http;
import cn.sunledger.it.support.StaffPages;
import cn.sunledger.it.support.TestServer;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.Arrays;
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
 * Adjustment (调整) and roll-over (结转) on the project page in headless Chromium, on 宾川县 古城村 projects walked
 * into the library through the API (years 2036 and 2037, which no other test counts): the county rural bureau
 * proposes a new amount and content in the prefilled form (county, year and emergency flag read-only; a bad
 * record is refused on the page and saves nothing) and is not offered 批准调整; the prefecture bureau, which
 * approved the project into the library, sees before → after and approves; the record and the history show it;
 * a second proposal is rejected (an opinion is required) and shows as rejected; roll-over through the generic
 * step button needs a reason and moves the year.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProjectAdjustmentUiBrowserIT {

    private static final String API = "/ledger/api/projects";

    private ChromeDriver browser;
    private StaffPages pages;

    @Deployment(testable = false)
    static WebArchive probe() {
        return TestServer.probe("project-adjustment-ui-probe");
    }

    @BeforeEach
    void open() {
        browser = Browser.open(1280, 1100);
        pages = new StaffPages(browser, "project-adjustment-ui");
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    @Test
    void theCountyProposesThePrefectureSeesBeforeAndAfterAndApprovesAndASecondProposalIsRejected() {
        String name = "古城村核桃烘干房建设项目 " + System.nanoTime();
        long id = ProjectLibraryDynamicsIT.intoLibrary(ProjectLibraryDynamicsIT.record(2036, name));
        String page = TestServer.BASE + "/ledger/project.xhtml?id=" + id;

        pages.signIn("binchuan.rural");
        browser.get(page);
        pages.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("projectStatus"), "入库"));
        assertOffered("plan", "remove", "roll-over");
        assertTrue(browser.findElement(By.id("adjustmentForm:noAdjustments")).isDisplayed());
        browser.findElement(By.id("actionsForm:proposeAdjustment")).click();
        pages.wait(ExpectedConditions.presenceOfElementLocated(By.id("adjustHeading")));
        assertEquals(name, browser.findElement(By.id("projectForm:name")).getAttribute("value"), "prefilled");
        assertEquals("800000.00", browser.findElement(By.id("projectForm:fundRows:0:fundAmount")).getAttribute("value"));
        assertTrue(browser.findElement(By.id("adjustCounty")).getText().contains("宾川县"));
        assertFalse(browser.findElement(By.id("projectForm:year_input")).isEnabled(), "the year is read-only");
        assertEquals("2036", browser.findElement(By.id("projectForm:year_input")).getAttribute("value"));
        assertFalse(browser.findElement(By.id("projectForm:emergency_input")).isEnabled(), "the flag is read-only");

        // a record the API would refuse is refused on the page, and nothing is proposed
        pages.type("projectForm:fundRows:0:fundAmount", "九十万");
        browser.findElement(By.id("projectForm:save")).click();
        pages.wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#messages .ui-messages-error")));
        assertTrue(browser.findElements(By.id("adjustHeading")).size() == 1, "still on the form");
        assertEquals(0, adjustments(id).size());

        pages.type("projectForm:fundRows:0:fundAmount", "900000.00");
        pages.type("projectForm:content", "新建核桃烘干房 600 平方米及配套分拣线");
        pages.type("projectForm:reason", "烘干能力不足，增加分拣线");
        pages.screenshot("proposal-form");
        browser.findElement(By.id("projectForm:save")).click();
        pages.wait(ExpectedConditions.presenceOfElementLocated(By.id("pendingAdjustment")));
        assertTrue(pages.messages().contains("待州级主管部门审定"), pages.messages());
        assertTrue(browser.findElement(By.id("pendingAdjustment")).getText().contains("待州级主管部门审定"));
        assertTrue(browser.findElements(By.id("adjustmentForm:approveAdjustment")).isEmpty(), "the proposer does not decide");
        assertTrue(browser.findElements(By.id("adjustmentForm:rejectAdjustment")).isEmpty());
        assertTrue(browser.findElements(By.id("actionsForm:proposeAdjustment")).isEmpty(), "one pending at a time");
        assertOffered("plan", "remove", "roll-over");
        assertEquals("1,000,000.00", total(), "nothing changes before the decision");
        pages.signOut();

        pages.signIn("dali.bureau");
        browser.get(page);
        WebElement pending = pages.wait(ExpectedConditions.presenceOfElementLocated(By.id("pendingAdjustment")));
        String changes = pending.getText();
        assertTrue(changes.contains("binchuan.rural") && changes.contains("烘干能力不足，增加分拣线"), changes);
        assertTrue(changes.contains("计划投资及资金来源") && changes.contains("800000.00 元") && changes.contains("900000.00 元")
                && changes.contains("合计 1100000.00 元"), changes);
        assertTrue(changes.contains("建设内容") && changes.contains("新建蔬菜大棚 40 亩及配套滴灌设施")
                && changes.contains("新建核桃烘干房 600 平方米及配套分拣线"), changes);
        assertFalse(changes.contains("项目名称"), "unchanged fields are not listed: " + changes);
        assertOffered();
        pages.screenshot("pending");
        browser.findElement(By.id("adjustmentForm:approveAdjustment")).click();
        pages.wait(ExpectedConditions.visibilityOfElementLocated(By.id("adjustmentDialogForm:decisionRef")));
        pages.type("adjustmentDialogForm:opinion", "同意调整");
        pages.type("adjustmentDialogForm:decisionRef", "大乡振〔2036〕3号");
        browser.findElement(By.id("adjustmentDialogForm:confirmDecision")).click();
        pages.wait(ExpectedConditions.textToBe(By.cssSelector("[id$='projectTotal']"), "1,100,000.00"));
        assertTrue(browser.findElement(By.id("detail")).getText().contains("新建核桃烘干房 600 平方米及配套分拣线"));
        String history = browser.findElement(By.id("historyList")).getText();
        assertTrue(history.contains("调整 入库 → 入库") && history.contains("dali.bureau") && history.contains("大乡振〔2036〕3号"),
                history);
        assertTrue(browser.findElements(By.id("pendingAdjustment")).isEmpty());
        assertTrue(browser.findElement(By.id("adjustmentHistory")).getText().contains("已调整"));
        assertEquals("900000.00", Http.json(Http.as("binchuan.rural").get(API + "/" + id))
                .getJsonArray("plannedInvestment").getJsonObject(0).getString("amount"));

        // a second proposal, turned down: the opinion is required, and the record stays as it is
        String second = ProjectLibraryDynamicsIT.record(2036, name + " 二期").replace("\"800000.00\"", "\"900000.00\"")
                .replace("新建蔬菜大棚 40 亩及配套滴灌设施", "新建核桃烘干房 600 平方米及配套分拣线")
                .replaceFirst("\\{", "{\"reason\": \"改名\",");
        HttpResponse<String> proposed = Http.as("binchuan.rural").send("POST", API + "/" + id + "/adjustments",
                "application/json", second);
        assertEquals(201, proposed.statusCode(), proposed.body());
        browser.get(page);
        pages.wait(ExpectedConditions.presenceOfElementLocated(By.id("pendingAdjustment")));
        browser.findElement(By.id("adjustmentForm:rejectAdjustment")).click();
        pages.wait(ExpectedConditions.visibilityOfElementLocated(By.id("adjustmentDialogForm:opinion")));
        browser.findElement(By.id("adjustmentDialogForm:confirmDecision")).click();
        pages.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("adjustmentDialogForm:adjustmentMessages"), "意见"));
        assertTrue(browser.findElements(By.id("pendingAdjustment")).size() == 1, "nothing decided");
        pages.type("adjustmentDialogForm:opinion", "名称不规范");
        browser.findElement(By.id("adjustmentDialogForm:confirmDecision")).click();
        pages.wait(ExpectedConditions.invisibilityOfElementLocated(By.id("pendingAdjustment")));
        String decided = browser.findElement(By.id("adjustmentHistory")).getText();
        assertTrue(decided.contains("已驳回") && decided.contains("名称不规范") && decided.contains("已调整"), decided);
        assertTrue(decided.indexOf("已驳回") < decided.indexOf("已调整"), "newest first: " + decided);
        assertEquals(name, Http.json(Http.as("binchuan.rural").get(API + "/" + id)).getString("name"));
        assertEquals("REJECTED", adjustments(id).getJsonObject(0).getString("status"));
        pages.screenshot("decided");
    }

    @Test
    void rollOverThroughTheGenericStepButtonNeedsAReasonAndMovesTheYear() {
        long id = ProjectLibraryDynamicsIT.intoLibrary(
                ProjectLibraryDynamicsIT.record(2037, "古城村集体仓储设施项目 " + System.nanoTime()));
        pages.signIn("binchuan.rural");
        browser.get(TestServer.BASE + "/ledger/project.xhtml?id=" + id);
        pages.wait(ExpectedConditions.textToBe(By.id("projectYear"), "2037"));
        WebElement button = browser.findElement(By.cssSelector(".action-roll-over"));
        assertEquals("结转", button.getText());
        button.click();
        pages.wait(ExpectedConditions.visibilityOfElementLocated(By.id("actionDialogForm:opinion")));
        assertTrue(browser.findElement(By.cssSelector("label[for='actionDialogForm:opinion']")).getText().contains("必填"));
        browser.findElement(By.id("actionDialogForm:confirmAction")).click();
        pages.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("actionDialogForm:actionMessages"), "结转理由"));
        assertEquals("2037", browser.findElement(By.id("projectYear")).getText(), "nothing changed");
        pages.type("actionDialogForm:opinion", "用地手续未能在年内办妥");
        browser.findElement(By.id("actionDialogForm:confirmAction")).click();
        pages.wait(ExpectedConditions.textToBe(By.id("projectYear"), "2038"));
        assertTrue(browser.findElement(By.id("projectCode")).getText().startsWith("2037-532924-"), "the code is kept");
        String history = browser.findElement(By.id("historyList")).getText();
        assertTrue(history.contains("结转") && history.contains("用地手续未能在年内办妥"), history);
    }

    private static jakarta.json.JsonArray adjustments(long id) {
        HttpResponse<String> r = Http.as("binchuan.rural").get(API + "/" + id + "/adjustments");
        assertEquals(200, r.statusCode(), r.body());
        try (var reader = jakarta.json.Json.createReader(new StringReader(r.body()))) {
            return reader.readArray();
        }
    }

    private void assertOffered(String... actions) {
        assertEquals(Arrays.stream(actions).sorted().toList(), pages.offeredSteps());
    }

    private String total() {
        return browser.findElement(By.cssSelector("[id$='projectTotal']")).getText();
    }

}
