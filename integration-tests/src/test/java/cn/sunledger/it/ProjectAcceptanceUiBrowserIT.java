package cn.sunledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.BoardPostings;
import cn.sunledger.it.support.Browser;
import cn.sunledger.it.support.Http;
import cn.sunledger.it.support.StaffPages;
import cn.sunledger.it.support.TestServer;
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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 验收 on the project page in headless Chromium, on a 宾川县 古城村 project walked to 竣工 through the API (year 2035,
 * which no other test counts): the accept dialog asks for the acceptance report's reference and each indicator's
 * actual value in Chinese; confirming without them is refused by the fields and changes nothing; with them the
 * project is accepted and the page shows each target beside its actual.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProjectAcceptanceUiBrowserIT {

    private static final String API = "/ledger/api/projects";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private ChromeDriver browser;
    private StaffPages pages;

    @Deployment(testable = false)
    static WebArchive probe() {
        return TestServer.probe("project-acceptance-ui-probe");
    }

    @BeforeEach
    void open() {
        browser = Browser.open(1280, 1600);
        pages = new StaffPages(browser, "project-acceptance-ui");
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    @Test
    void theAcceptDialogAsksForTheReportAndEveryActualAndThePageShowsThem() {
        long id = completed("古城村葡萄分拣中心建设项目 " + System.nanoTime());
        pages.signIn("binchuan.rural");
        browser.get(TestServer.BASE + "/ledger/project.xhtml?id=" + id);
        pages.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("projectStatus"), "竣工"));
        browser.findElement(By.cssSelector(".action-accept")).click();
        pages.wait(ExpectedConditions.visibilityOfElementLocated(By.id("actionDialogForm:acceptanceReportRef")));
        assertTrue(browser.findElement(By.cssSelector("label[for='actionDialogForm:acceptanceReportRef']")).getText()
                .contains("验收报告文号"));
        String dialog = browser.findElement(By.id("actionDialogForm")).getText();
        assertTrue(dialog.contains("实际完成值") && dialog.contains("新建大棚面积") && dialog.contains("受益群众满意度"), dialog);

        pages.press("actionDialogForm:confirmAction");
        pages.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("actionDialogForm"), "验收须填写验收报告文号"));
        assertTrue(browser.findElement(By.id("actionDialogForm")).getText().contains("请填写绩效指标“新建大棚面积”的实际完成值"));
        assertEquals("COMPLETED", Http.json(Http.as("binchuan.rural").get(API + "/" + id)).getString("status"),
                "nothing changed");

        pages.type("actionDialogForm:acceptanceReportRef", "宾农验〔2035〕4号");
        List<String> actuals = List.of("41", "1710", "98");
        for (int i = 0; i < actuals.size(); i++) {
            pages.type("actionDialogForm:actuals:" + i + ":actual", actuals.get(i));
        }
        pages.press("actionDialogForm:confirmAction");
        pages.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("projectStatus"), "验收"));
        assertEquals("宾农验〔2035〕4号", browser.findElement(By.id("acceptanceReportRef")).getText());
        List<String> shown = browser.findElements(By.cssSelector(".indicator-actual")).stream()
                .map(e -> e.getText()).toList();
        assertEquals(actuals, shown);
        pages.screenshot("accepted");
    }

    /** A 古城村 project of 2035 walked into the library, planned, started on its 项目实施前公示 and completed. */
    private static long completed(String name) {
        long id = ProjectLibraryDynamicsIT.intoLibrary(ProjectLibraryDynamicsIT.record(2035, name));
        act(id, "plan");
        HttpResponse<String> draft = Http.as("binchuan.rural").send("POST", "/ledger/api/notices", "application/json",
                "{\"type\": \"PROJECT_START\", \"subjectId\": \"" + id + "\", \"regionCodes\": [], \"periodStart\": \""
                        + TODAY.minusDays(12) + "\", \"periodEnd\": \"" + TODAY.minusDays(2) + "\"}");
        assertEquals(201, draft.statusCode(), draft.body());
        long notice = Http.json(draft).getJsonNumber("id").longValue();
        assertEquals(200, Http.as("binchuan.rural").sendNoBody("POST", "/ledger/api/notices/" + notice + "/publish")
                .statusCode());
        BoardPostings.recordWithPhoto("gucheng.clerk", notice, "532924102201", TODAY.minusDays(12));
        act(id, "start");
        act(id, "complete");
        return id;
    }

    private static void act(long id, String action) {
        HttpResponse<String> r = Http.as("binchuan.rural").send("POST", API + "/" + id + "/actions/" + action,
                "application/json", "{}");
        assertEquals(200, r.statusCode(), action + ": " + r.body());
    }
}
