package cn.sunledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.Browser;
import cn.sunledger.it.support.Http;
import cn.sunledger.it.support.StaffPages;
import cn.sunledger.it.support.TestServer;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
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
 * The project library screens in headless Chromium: a village clerk drafts a project in the form (two fund
 * sources, three indicators), finds it in the list, submits and declares it with the action buttons, and is
 * never offered the township's step, which the township reviewer then is; a step still waiting for its notice
 * is refused with the reason on the page; another village's clerk neither lists nor opens the draft; the XLSX
 * import refuses a file with a bad row showing the row's errors, and imports a good one behind a progress bar;
 * the export holds exactly the filtered rows.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProjectUiBrowserIT {

    private static final int THIS_YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

    private ChromeDriver browser;
    private StaffPages pages;

    @Deployment(testable = false)
    static WebArchive probe() {
        return TestServer.probe("project-ui-probe");
    }

    @BeforeEach
    void open() {
        browser = Browser.open(1280, 1100);
        pages = new StaffPages(browser, "project-ui");
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    @Test
    void aClerkDraftsSubmitsAndDeclaresInTheFormAndTheTownshipReviewerIsOfferedItsStep() {
        String name = "界面录入抢险便道 " + System.nanoTime();
        pages.signIn("guangming.clerk");
        browser.get(TestServer.BASE + "/ledger/projects.xhtml");
        assertTrue(browser.findElement(By.id("menuForm:navProjects")).getText().contains("项目库"));
        browser.findElement(By.id("listForm:newProject")).click();
        pages.wait(ExpectedConditions.presenceOfElementLocated(By.id("projectForm:name"))).sendKeys(name);
        pages.widget("categoryMenu", "selectValue('XC')");
        pages.widget("naturalVillageMenu", "checkAll()");
        pages.type("projectForm:content", "修复水毁便道 2 公里");
        pages.type("projectForm:startMonth", THIS_YEAR + "-03");
        pages.type("projectForm:endMonth", THIS_YEAR + "-06");
        pages.type("projectForm:implementingUnit", "苍山西镇人民政府");
        pages.type("projectForm:responsiblePerson", "李四");
        pages.widget("fundSource0", "selectValue('CENTRAL_LINKAGE')");
        pages.type("projectForm:fundRows:0:fundAmount", "300000.00");
        browser.findElement(By.id("projectForm:addFund")).click();
        pages.wait(ExpectedConditions.presenceOfElementLocated(By.id("projectForm:fundRows:1:fundAmount")));
        pages.widget("fundSource1", "selectValue('COUNTY_LINKAGE')");
        pages.type("projectForm:fundRows:1:fundAmount", "50000.5");
        String[][] indicators = {{"OUTPUT", "修复便道长度", "2", "公里"}, {"BENEFIT", "恢复通行农户", "85", "户"},
                {"SATISFACTION", "受益群众满意度", "95", "%"}};
        for (int i = 0; i < indicators.length; i++) {
            browser.findElement(By.id("projectForm:addIndicator")).click();
            pages.wait(ExpectedConditions.presenceOfElementLocated(By.id("projectForm:indicatorRows:" + i + ":indicatorName")));
            pages.widget("indicatorKind" + i, "selectValue('" + indicators[i][0] + "')");
            pages.type("projectForm:indicatorRows:" + i + ":indicatorName", indicators[i][1]);
            pages.type("projectForm:indicatorRows:" + i + ":indicatorTarget", indicators[i][2]);
            pages.type("projectForm:indicatorRows:" + i + ":indicatorUnit", indicators[i][3]);
        }
        pages.widget("linkageMenu", "selectValue('EMPLOYMENT')");
        pages.type("projectForm:linkageDescription", "优先吸纳脱贫户参与修复务工");
        browser.findElement(By.id("projectForm:emergency")).findElement(By.cssSelector(".ui-chkbox-box")).click();
        pages.screenshot("form");
        browser.findElement(By.id("projectForm:save")).click();
        pages.wait(ExpectedConditions.presenceOfElementLocated(By.id("projectCode")));
        String projectUrl = browser.getCurrentUrl();
        assertTrue(projectUrl.contains("project.xhtml?id="), projectUrl);
        String code = browser.findElement(By.id("projectCode")).getText();
        assertTrue(code.matches(THIS_YEAR + "-532922-\\d{4}"), code);
        assertTrue(pages.messages().contains("已保存"), pages.messages());
        assertTrue(browser.findElement(By.id("projectStatus")).getText().contains("草拟"));
        assertEquals("350,000.50", browser.findElement(By.cssSelector("[id$='projectTotal']")).getText());
        assertEquals(3, browser.findElements(By.cssSelector("[id$='indicators_data'] tr")).size());
        assertEquals(2, browser.findElements(By.cssSelector("[id$='funds_data'] tr")).size());

        // the list, filtered to drafts, shows it first and leads back to it
        browser.get(TestServer.BASE + "/ledger/projects.xhtml");
        pages.choose("statusMenu", "DRAFT");
        // the filter re-renders the table by ajax: wait until only drafts are listed, this one among them
        pages.wait(d -> d.findElement(By.id("listForm:projects")).getText().contains(name)
                && d.findElements(By.cssSelector(".project-status")).stream().allMatch(s -> s.getText().equals("草拟")));
        browser.findElement(By.linkText(name)).click();
        pages.wait(ExpectedConditions.textToBe(By.id("projectCode"), code));

        assertOffered("submit");
        takeStep("submit", "村民代表大会决议〔" + THIS_YEAR + "〕7号");
        pages.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("projectStatus"), "村级公示"));
        assertOffered("declare");
        takeStep("declare", null);
        pages.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("projectStatus"), "村申报"));
        assertOffered();
        assertTrue(browser.findElement(By.id("history")).getText().contains("村民代表大会决议〔" + THIS_YEAR + "〕7号"));
        pages.screenshot("declared");

        pages.signOut();
        pages.signIn("cangshanxi.reviewer");
        browser.get(projectUrl);
        pages.wait(ExpectedConditions.textToBe(By.id("projectCode"), code));
        assertOffered("township-approve", "return");
        takeStep("return", null);
        pages.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("actionDialogForm:actionMessages"), "退回意见"));
        browser.findElement(By.cssSelector("#actionDialogForm .ui-button-flat")).click();
        takeStep("township-approve", null);
        pages.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("projectStatus"), "乡镇审核通过"));
        assertTrue(browser.findElement(By.id("history")).getText().contains("cangshanxi.reviewer"));
    }

    @Test
    void aStepWaitingForItsNoticeIsRefusedWithTheReasonAndAnotherVillageSeesNothing() {
        String name = "等待公示的项目 " + System.nanoTime();
        HttpResponse<String> created = Http.as("guangming.clerk").send("POST", "/ledger/api/projects",
                "application/json", ProjectWorkflowIT.EXAMPLE.replace("某村高原特色蔬菜种植基地建设项目", name));
        assertEquals(201, created.statusCode(), created.body());
        long id = Http.json(created).getJsonNumber("id").longValue();
        assertEquals(200, Http.as("guangming.clerk").send("POST", "/ledger/api/projects/" + id + "/actions/submit",
                "application/json", "{\"decisionRef\": \"村民代表大会决议〔2026〕8号\", \"decidedOn\": \""
                + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")) + "\"}").statusCode());

        pages.signIn("guangming.clerk");
        browser.get(TestServer.BASE + "/ledger/project.xhtml?id=" + id);
        takeStep("declare", null);
        pages.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("actionDialogForm:actionMessages"), "项目申报公示"));
        assertTrue(browser.findElement(By.id("projectStatus")).getText().contains("村级公示"), "nothing changed");
        browser.findElement(By.cssSelector("#actionDialogForm .ui-button-flat")).click();
        pages.signOut();

        pages.signIn("baizhang.clerk");
        browser.get(TestServer.BASE + "/ledger/projects.xhtml");
        pages.wait(ExpectedConditions.presenceOfElementLocated(By.id("listForm:projects")));
        assertFalse(browser.findElement(By.id("listForm:projects")).getText().contains(name));
        assertTrue(browser.findElements(By.id("listForm:newProject")).size() == 1, "a clerk drafts for the own village");
        browser.get(TestServer.BASE + "/ledger/project.xhtml?id=" + id);
        pages.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "不在您的管辖范围"));
        assertTrue(browser.findElements(By.id("projectCode")).isEmpty());
        assertFalse(browser.getPageSource().contains(name));
    }

    @Test
    void anImportWithABadRowShowsItsErrorsAndAGoodOneFillsTheProgressBarAndTheExportMatchesTheList()
            throws IOException {
        int badYear = THIS_YEAR + 2;
        int goodYear = THIS_YEAR + 3;
        byte[] template = ProjectSheetApiIT.template("guangming.clerk");
        Map<String, String> bad = ImportWorkbook.project(2, badYear, "缺少责任人的项目");
        bad.remove("责任人");
        bad.put("结束月份", "十月");
        Path badFile = Files.createTempFile("projects-bad", ".xlsx");
        Files.write(badFile, new ImportWorkbook(template)
                .add(ImportWorkbook.PROJECTS, ImportWorkbook.project(1, badYear, "无误的一行")).add(ImportWorkbook.PROJECTS, bad)
                .bytes());
        Path goodFile = Files.createTempFile("projects-good", ".xlsx");
        ImportWorkbook good = new ImportWorkbook(template);
        for (int i = 1; i <= 3; i++) {
            good.add(ImportWorkbook.PROJECTS, ImportWorkbook.project(i, goodYear, "界面导入项目 " + i));
            good.add(ImportWorkbook.INDICATORS, ImportWorkbook.indicator(i, "产出指标", "面积", "40", "亩"));
        }
        Files.write(goodFile, good.bytes());

        pages.signIn("guangming.clerk");
        browser.get(TestServer.BASE + "/ledger/projects.xhtml");
        browser.findElement(By.id("listForm:importProjects")).click();
        pages.wait(ExpectedConditions.presenceOfElementLocated(By.id("importTemplate")));
        browser.findElement(By.id("importForm:file")).sendKeys(badFile.toString());
        browser.findElement(By.id("importForm:startImport")).click();
        WebElement errors = pages.wait(ExpectedConditions.presenceOfElementLocated(By.id("progressForm:importErrors")));
        String table = errors.getText();
        assertTrue(table.contains("责任人") && table.contains("结束月份") && table.contains("3"), table);
        assertEquals(2, errors.findElements(By.cssSelector("tbody tr")).size(), table);
        pages.screenshot("import-errors");
        assertEquals(0, ProjectSheetApiIT.list("guangming.clerk", "year=" + badYear).getInt("total"));

        int before = ProjectSheetApiIT.list("guangming.clerk", "year=" + goodYear).getInt("total");
        browser.get(TestServer.BASE + "/ledger/project-import.xhtml");
        browser.findElement(By.id("importForm:file")).sendKeys(goodFile.toString());
        browser.findElement(By.id("importForm:startImport")).click();
        pages.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("progressForm:progress"), "3 个项目已导入"));
        assertTrue(browser.findElement(By.id("progressForm:bar")).getText().contains("100%"));
        assertTrue(browser.findElement(By.id("importCounts")).getText().contains("已检查 3/3 行，已保存 3 行"));
        pages.screenshot("import-done");
        assertEquals(before + 3, ProjectSheetApiIT.list("guangming.clerk", "year=" + goodYear).getInt("total"));

        browser.get(TestServer.BASE + "/ledger/projects.xhtml");
        pages.choose("yearMenu", String.valueOf(goodYear));
        pages.wait(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".project-code"), Math.min(20, before + 3)));
        List<String> listed = browser.findElements(By.cssSelector(".project-code")).stream().map(WebElement::getText)
                .toList();
        String href = browser.findElement(By.id("listForm:exportXlsx")).getAttribute("href");
        assertTrue(href.contains("year=" + goodYear), href);
        // the browser fetches it with its own session, as a click would
        Object base64 = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => {"
                + " let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s)); });", href);
        List<List<String>> rows = ImportWorkbook.rows(Base64.getDecoder().decode((String) base64), null);
        assertEquals("项目编号", rows.get(0).get(0));
        assertEquals(listed, rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList());
    }

    private void assertOffered(String... actions) {
        assertEquals(java.util.Arrays.stream(actions).sorted().toList(), pages.offeredSteps());
    }

    private void takeStep(String action, String decisionRef) {
        browser.findElement(By.cssSelector(".action-" + action)).click();
        pages.wait(ExpectedConditions.visibilityOfElementLocated(By.id("actionDialogForm:decisionRef")));
        if (decisionRef != null) {
            pages.type("actionDialogForm:decisionRef", decisionRef);
        }
        browser.findElement(By.id("actionDialogForm:confirmAction")).click();
    }

}
