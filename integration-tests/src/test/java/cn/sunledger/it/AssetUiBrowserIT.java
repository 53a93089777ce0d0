package cn.sunledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.Browser;
import cn.sunledger.it.support.Http;
import cn.sunledger.it.support.StaffPages;
import cn.sunledger.it.support.TestServer;
import java.net.http.HttpResponse;
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
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The asset screens in headless Chromium (issue 11 item 7): a 宾川县 古城村 project of 2042 (a year no other test
 * counts) is walked to 验收 through the API with money paid to it; the county rural bureau finds it on the
 * supervision-warnings page as 已验收未登记资产, opens it, registers an asset from it (a missing name is refused by
 * the field's label and nothing is saved; the 原值 is proposed from what was paid), confirms ownership and signs the
 * 移交书 (a missing field refused by its label); 古城村's clerk confirms receipt, sees the asset warned of as having
 * no 管护主体 and records upkeep naming one (an amount in words refused by its label); the project then leaves the
 * warnings and the register lists the asset with its totals. No screen shows a code.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssetUiBrowserIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    /**
     * Codes that must never reach an asset screen. (The demo users' display names carry their usernames, as
     * “（演示 binchuan.rural）”, so a username in the history is the demo's name, not a leak of the code.)
     */
    private static final Pattern CODES = Pattern.compile("OPERATING|PUBLIC_WELFARE|REGISTERED|OWNERSHIP_CONFIRMED"
            + "|HANDOVER_SIGNED|HANDED_OVER|VILLAGE_CLERK|COUNTY_RURAL_BUREAU|CENTRAL_LINKAGE|UNREGISTERED_PROJECT"
            + "|OP-BASE|(?<![A-Za-z])(NOTICE|SERIOUS|VILLAGE)(?![A-Za-z_])");

    private ChromeDriver browser;
    private StaffPages pages;
    private String testName;

    @Deployment(testable = false)
    static WebArchive probe() {
        return TestServer.probe("asset-ui-probe");
    }

    @BeforeEach
    void open(TestInfo test) {
        browser = Browser.open(1280, 1600);
        pages = new StaffPages(browser, "asset-ui");
        testName = test.getTestMethod().map(m -> m.getName()).orElse("test");
    }

    @AfterEach
    void close() {
        // the page as it stood when the test ended, failed or not: what a failure report needs to be read
        pages.screenshot(testName + "-last");
        browser.quit();
    }

    @Test
    void theCountyRegistersAnAssetFromAnAcceptedProjectAndTheVillageConfirmsReceipt() throws Exception {
        String projectName = "古城村资产界面测试项目" + System.nanoTime() % 1000000;
        long projectId = GuchengAcceptedProject.walk(2042, projectName, TODAY.getYear(), "40000.00", "40000.00",
                "40000.00", "资产界面");

        // 资产监管预警: the accepted project without an asset, linked to its page
        pages.signIn("binchuan.rural");
        browser.findElement(By.cssSelector("#menuForm\\:navAssetWarnings a, a#menuForm\\:navAssetWarnings")).click();
        WebElement section = pages.wait(ExpectedConditions.presenceOfElementLocated(By.id("kind-UNREGISTERED_PROJECT")));
        assertTrue(section.getText().contains("已验收未登记资产"), section.getText());
        WebElement row = section.findElements(By.cssSelector("tr.warning-row")).stream()
                .filter(r -> r.getText().contains(projectName)).findFirst().orElseThrow(
                        () -> new AssertionError("no 未登记资产 row for " + projectName + ": " + section.getText()));
        assertEquals("提示", row.findElement(By.cssSelector(".warning-level")).getText(), "accepted today");
        assertTrue(row.getText().contains("验收后 0 天"), row.getText());
        noCodes("warnings");
        pages.screenshot("warnings");
        row.findElement(By.cssSelector("a.warning-subject")).click();

        // the accepted project's page offers 登记资产
        pages.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("projectStatus"), "验收"));
        browser.findElement(By.id("actionsForm:registerAsset")).click();
        pages.wait(ExpectedConditions.visibilityOfElementLocated(By.id("registerForm:name")));
        assertTrue(browser.findElement(By.cssSelector("label[for='registerForm:name']")).getText().contains("*"),
                "required fields are marked");
        String proposed = browser.findElement(By.id("registerForm:originalValue")).getAttribute("value");
        assertEquals("40,000.00", proposed, "原值 proposed from what the project paid");
        assertTrue(browser.findElement(By.id("registerForm:proposed")).getText().contains("40,000.00"));
        pages.choose("assetClassMenu", "OPERATING");
        // the sub-types follow the class: wait for the menu to hold only the operating ones
        pages.wait(d -> ((ChromeDriver) d).executeScript("var menu = document.getElementById('registerForm:subType_input');"
                + " return !!menu && menu.textContent.includes('产业基地') && !menu.textContent.includes('道路')"));
        pages.choose("subTypeMenu", "OP-BASE");
        browser.findElement(By.id("registerForm:name")).clear();
        browser.findElement(By.id("registerForm:save")).click();
        WebElement nameError = pages.wait(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='registerForm:name'] ~ .ui-message-error")));
        assertTrue(nameError.getText().startsWith("资产名称："), nameError.getText());
        assertFalse(nameError.getText().contains("name"), "the label, not the field's name: " + nameError.getText());
        assertTrue(browser.findElement(By.id("registerForm:name")).getAttribute("class").contains("ui-state-error"),
                "the field is highlighted");
        pages.screenshot("register-refused");
        assertEquals(0, assets(projectName), "a refused form registers nothing");

        String assetName = projectName + "大棚";
        pages.type("registerForm:name", assetName);
        browser.findElement(By.id("registerForm:save")).click();
        pages.wait(ExpectedConditions.textToBe(By.id("assetStage"), "已登记"));
        assertTrue(pages.messages().contains("已登记"), pages.messages());
        assertEquals("经营性", browser.findElement(By.id("assetClass")).getText());
        assertEquals("产业基地", browser.findElement(By.id("assetSubType")).getText());
        assertEquals("40,000.00", browser.findElement(By.id("assetValue")).getText());
        assertTrue(browser.findElement(By.id("assetPlace")).getText().contains("古城村"),
                browser.findElement(By.id("assetPlace")).getText());
        assertEquals(projectName, browser.findElement(By.cssSelector("a.source-project")).getText());
        assertTrue(browser.findElement(By.cssSelector("a.source-project")).getAttribute("href")
                .contains("project.xhtml?id=" + projectId));
        assertTrue(browser.findElement(By.id("values")).getText().contains("中央财政衔接推进乡村振兴补助资金"));
        assertEquals(List.of("ownership"), steps(), "a registered asset is open to 确权 only");
        noCodes("registered");

        // 确权, then the 移交书: a missing field is refused by its label
        step("ownership");
        pages.type("stepForm:supervisingDepartment", "宾川县农业农村局");
        browser.findElement(By.id("stepForm:takeStep")).click();
        pages.wait(ExpectedConditions.textToBe(By.id("assetStage"), "已确权"));
        assertTrue(browser.findElement(By.id("assetOwners")).getText().contains("古城村股份经济合作社"));
        assertEquals("村级", browser.findElement(By.id("assetOwnerLevel")).getText());
        step("handover");
        pages.type("stepForm:acceptanceReportRef", "宾农验〔2042〕8号");
        pages.type("stepForm:archiveList", "项目批复、验收报告、竣工图");
        browser.findElement(By.id("stepForm:takeStep")).click();
        WebElement fromUnitError = pages.wait(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='stepForm:fromUnit'] ~ .ui-message-error")));
        assertTrue(fromUnitError.getText().startsWith("移交单位："), fromUnitError.getText());
        pages.screenshot("handover-refused");
        pages.type("stepForm:fromUnit", "州城镇人民政府");
        browser.findElement(By.id("stepForm:takeStep")).click();
        pages.wait(ExpectedConditions.textToBe(By.id("assetStage"), "移交待接收"));
        assertTrue(browser.findElement(By.id("handovers")).getText().contains("待接收确认"));
        assertFalse(steps().contains("confirmation"), "the county does not confirm for the village");
        String assetUrl = browser.getCurrentUrl();
        noCodes("handover-signed");
        pages.signOut();

        // 古城村's clerk confirms receipt
        pages.signIn("gucheng.clerk");
        browser.get(assetUrl);
        pages.wait(ExpectedConditions.textToBe(By.id("assetStage"), "移交待接收"));
        assertEquals(List.of("confirmation"), steps());
        step("confirmation");
        pages.type("stepForm:opinion", "资产已清点接收");
        browser.findElement(By.id("stepForm:takeStep")).click();
        pages.wait(ExpectedConditions.textToBe(By.id("assetStage"), "已移交"));
        String handovers = browser.findElement(By.id("handovers")).getText();
        assertTrue(handovers.contains("已接收确认") && handovers.contains("州城镇人民政府"), handovers);
        String history = browser.findElement(By.id("historyList")).getText();
        for (String kind : List.of("登记", "确权", "移交（移交方签署）", "接收确认")) {
            assertTrue(history.contains(kind), kind + " in " + history);
        }
        assertTrue(history.contains("宾农验〔2042〕8号") && history.contains("资产已清点接收"), history);
        assertTrue(steps().contains("maintenance"), "the village keeps the upkeep log: " + steps());
        pages.screenshot("received");
        noCodes("received");

        // 照片与资料: the clerk uploads a photo of the received asset on the receipt's step; a text file named .png
        // is refused by the file field's label and nothing is stored
        WebElement attachForm = browser.findElement(By.id("attachForm"));
        assertTrue(attachForm.getText().contains("选择文件") && !attachForm.getText().contains("Choose"),
                "the chooser's label in Chinese: " + attachForm.getText());
        assertTrue(browser.findElement(By.id("files")).getText().contains("尚未上传照片"));
        java.nio.file.Path notAnImage = java.nio.file.Files.createTempFile("照片", ".png");
        java.nio.file.Files.writeString(notAnImage, "只是文本");
        browser.findElement(By.cssSelector("#attachForm input[type=file]")).sendKeys(notAnImage.toString());
        browser.findElement(By.id("attachForm:attach")).click();
        String fileRefused = pages.wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "#attachForm .ui-message-error"))).getText();
        assertTrue(fileRefused.startsWith("文件：") && fileRefused.contains("PNG"), fileRefused);
        assertTrue(browser.findElement(By.id("files")).getText().contains("尚未上传照片"), "nothing stored");
        java.nio.file.Path photo = java.nio.file.Files.createTempFile("大棚", ".png");
        java.nio.file.Files.write(photo, cn.sunledger.it.support.BoardPostings.png());
        browser.findElement(By.cssSelector("#attachForm input[type=file]")).sendKeys(photo.toString());
        pages.type("attachForm:attachCaption", "大棚接收时全景");
        // the fourth step of the history: 接收确认
        pages.choose("attachStepMenu", "4");
        browser.findElement(By.id("attachForm:attach")).click();
        WebElement shown = pages.wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".asset-photo")));
        assertTrue(shown.getText().contains("大棚接收时全景") && shown.getText().contains("接收确认"), shown.getText());
        assertTrue(pages.messages().contains("已上传照片"), pages.messages());
        assertEquals(Boolean.TRUE, pages.wait(d -> ((ChromeDriver) d).executeScript(
                "var img = document.querySelector('.asset-photo img'); return img.complete && img.naturalWidth > 0")),
                "the thumbnail loads through the session");
        String ofStep = browser.findElement(By.id("historyList")).getText();
        assertTrue(ofStep.contains("附件：" + photo.getFileName()), "the receipt's step lists its photo: " + ofStep);
        pages.screenshot("photo");
        noCodes("photo");

        // handed over without a 管护主体: a warning in the village's dashboard until the upkeep log names one
        browser.findElement(By.cssSelector("#menuForm\\:navAssetWarnings a, a#menuForm\\:navAssetWarnings")).click();
        assertTrue(pages.wait(ExpectedConditions.presenceOfElementLocated(By.id("kind-NO_CARETAKER"))).getText()
                .contains(assetName), "未落实管护主体");
        browser.get(assetUrl);
        step("maintenance");
        pages.type("stepForm:caretaker", "古城村集体管护小组");
        pages.type("stepForm:work", "大棚薄膜修补");
        pages.type("stepForm:cost", "八百元");
        pages.type("stepForm:doneBy", "李四");
        browser.findElement(By.id("stepForm:takeStep")).click();
        WebElement costError = pages.wait(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='stepForm:cost'] ~ .ui-message-error")));
        assertTrue(costError.getText().startsWith("费用（元）："), costError.getText());
        pages.type("stepForm:cost", "800");
        browser.findElement(By.id("stepForm:takeStep")).click();
        pages.wait(ExpectedConditions.textToBe(By.id("assetCaretaker"), "古城村集体管护小组"));
        String upkeep = browser.findElement(By.id("historyList")).getText();
        assertTrue(upkeep.contains("大棚薄膜修补") && upkeep.contains("800.00") && upkeep.contains("李四"), upkeep);
        noCodes("maintained");

        // 收益: the village records a rent receipt; a missing amount is named by its label, nothing is posted
        assertTrue(steps().contains("income"), "the village records its asset's income: " + steps());
        step("income");
        pages.choose("incomeKindMenu", "RENT");
        pages.type("stepForm:payer", "古城村种植大户");
        pages.type("stepForm:receiptNo", "古收〔2042〕1号");
        browser.findElement(By.id("stepForm:takeStep")).click();
        WebElement amountError = pages.wait(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='stepForm:amount'] ~ .ui-message-error")));
        assertTrue(amountError.getText().startsWith("金额（元）："), amountError.getText());
        pages.type("stepForm:amount", "600");
        browser.findElement(By.id("stepForm:takeStep")).click();
        pages.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("incomeReceipts"), "古收〔2042〕1号"));
        String receipts = browser.findElement(By.id("incomeReceipts")).getText();
        assertTrue(receipts.contains("租金") && receipts.contains("600.00") && receipts.contains("古城村种植大户"),
                receipts);
        assertTrue(receipts.matches("(?s).*\\d{6}-\\d{4}-\\d{6}.*"), "the receipt names its journal entry: " + receipts);
        assertTrue(browser.findElement(By.id("historyList")).getText().contains("收益入账"), "in the history");
        pages.screenshot("income");
        noCodes("income");
        pages.signOut();

        // the project has left the warnings; the register lists the asset with its totals
        pages.signIn("binchuan.rural");
        browser.get(TestServer.BASE + "/ledger/asset-warnings.xhtml");
        pages.wait(ExpectedConditions.presenceOfElementLocated(By.id("warningTotal")));
        List<WebElement> unregistered = browser.findElements(By.id("kind-UNREGISTERED_PROJECT"));
        assertTrue(unregistered.isEmpty() || !unregistered.get(0).getText().contains(projectName), "registered now");
        List<WebElement> noCaretaker = browser.findElements(By.id("kind-NO_CARETAKER"));
        assertTrue(noCaretaker.isEmpty() || !noCaretaker.get(0).getText().contains(assetName), "管护主体 named now");
        browser.findElement(By.cssSelector("#menuForm\\:navAssets a, a#menuForm\\:navAssets")).click();
        pages.wait(ExpectedConditions.presenceOfElementLocated(By.id("listForm:assets")));
        pages.type("listForm:text", assetName);
        pages.wait(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#listForm\\:assets tr.asset-row"), 1));
        String listed = browser.findElement(By.cssSelector("#listForm\\:assets tr.asset-row")).getText();
        assertTrue(listed.contains(assetName) && listed.contains("古城村股份经济合作社") && listed.contains("已移交")
                && listed.contains("40,000.00"), listed);
        String totals = browser.findElement(By.cssSelector("#listForm\\:assets tfoot")).getText();
        assertTrue(totals.contains("合计 1 项") && totals.contains("40,000.00"), totals);
        pages.screenshot("register");
        noCodes("list");
        assertEquals(1, assets(assetName), "the API's name search finds it too");

        // the handed-over asset's 资产确权移交公示, drafted from its page: the notice list's dialog opens for it, and the
        // draft goes to the owning village by default; the page then lists it and no longer offers to draft one
        browser.get(assetUrl);
        pages.wait(ExpectedConditions.elementToBeClickable(By.id("draftHandoverNotice"))).click();
        pages.wait(ExpectedConditions.visibilityOfElementLocated(By.id("draftForm:saveDraft")));
        assertEquals("资产确权移交公示", browser.findElement(By.id("draftForm:draftType_label")).getText());
        assertEquals(assetUrl.replaceAll(".*[?&]id=(\\d+).*", "$1"),
                browser.findElement(By.id("draftForm:subjectId")).getAttribute("value"));
        // each date typed, then its calendar closed, so that it does not cover the next field
        pages.date("draftForm:periodStart", TODAY);
        pages.date("draftForm:periodEnd", TODAY.plusDays(9));
        browser.findElement(By.id("draftForm:saveDraft")).click();
        pages.wait(ExpectedConditions.urlContains("/ledger/notice.xhtml?id="));
        assertEquals("草稿", browser.findElement(By.id("noticeNo")).getText());
        assertTrue(browser.findElement(By.id("noticeRegions")).getText().contains("古城村"),
                browser.findElement(By.id("noticeRegions")).getText());
        assertTrue(browser.findElement(By.id("noticeTitle")).getText().contains("资产确权移交公示"));
        browser.get(assetUrl);
        String assetNotices = pages.wait(ExpectedConditions.presenceOfElementLocated(By.id("assetNotices"))).getText();
        assertTrue(assetNotices.contains("资产确权移交公示") && assetNotices.contains("草稿"), assetNotices);
        assertTrue(browser.findElements(By.id("draftHandoverNotice")).isEmpty(), "one draft is enough");
        pages.screenshot("asset-notices");
        noCodes("asset-notices");
    }

    @Test
    void atTheHouseholdLevelTheOwnerIsAHouseholdPickedFromTheVillagesRegister() {
        String tag = Long.toString(System.nanoTime() % 1_000_000);
        String projectName = "古城村到户资产界面测试项目" + tag;
        long projectId = GuchengAcceptedProject.walk(2042, projectName, TODAY.getYear(), "20000.00", "20000.00",
                "20000.00", "到户资产界面");
        Http rural = Http.as("binchuan.rural");
        HttpResponse<String> created = rural.send("POST", "/ledger/api/assets", "application/json",
                "{\"name\": \"" + projectName + "母牛\", \"assetClass\": \"HOUSEHOLD\", \"subType\": \"牲畜\","
                        + " \"sourceProjects\": [{\"projectId\": " + projectId + ", \"share\": \"1.00\"}],"
                        + " \"naturalVillageCode\": \"532924102201001\", \"formedOn\": \"" + TODAY + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        long assetId = Http.json(created).getJsonNumber("id").longValue();
        String head = "界面到户户主" + tag;
        String id = HouseholdRegisterIT.idNumber();
        HttpResponse<String> registered = rural.send("POST", "/ledger/api/households", "application/json",
                "{\"naturalVillageCode\": \"532924102201002\", \"headName\": \"" + head + "\", \"idNumber\": \""
                        + id + "\", \"members\": 3, \"category\": \"ALLEVIATED\"}");
        assertEquals(201, registered.statusCode(), registered.body());
        long householdId = Http.json(registered).getJsonNumber("id").longValue();
        String householdNo = Http.json(registered).getString("householdNo");
        String masked = id.substring(0, 4) + "**********" + id.substring(14);

        pages.signIn("binchuan.rural");
        browser.get(TestServer.BASE + "/ledger/asset.xhtml?id=" + assetId);
        pages.wait(ExpectedConditions.textToBe(By.id("assetStage"), "已登记"));
        step("ownership");
        assertTrue(browser.findElements(By.id("stepForm:household_input")).isEmpty(), "no picker at the village level");
        pages.choose("ownerLevelMenu", "HOUSEHOLD");
        pages.wait(ExpectedConditions.visibilityOfElementLocated(By.id("stepForm:household_input")));
        assertTrue(browser.findElement(By.cssSelector(
                "label[for='stepForm:household_input'], label[for='stepForm:household']")).getText().contains("*"),
                "the household is required on the page");
        pages.type("stepForm:supervisingDepartment", "宾川县农业农村局");
        browser.findElement(By.id("stepForm:takeStep")).click();
        WebElement missing = pages.wait(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='stepForm:household'] ~ .ui-message-error")));
        assertTrue(missing.getText().startsWith("农户："), missing.getText());

        pages.type("stepForm:household_input", head);
        WebElement suggestion = pages.wait(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("li.ui-autocomplete-item")));
        assertTrue(suggestion.getText().contains(head) && suggestion.getText().contains(householdNo)
                && suggestion.getText().contains(masked) && !suggestion.getText().contains(id),
                "the household by name and number, its ID number masked: " + suggestion.getText());
        suggestion.click();
        pages.wait(d -> head.equals(d.findElement(By.id("stepForm:ownerName")).getAttribute("value")));
        pages.wait(ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("[id='stepForm:household'] ~ .ui-message-error")));
        pages.screenshot("household-picked");
        browser.findElement(By.id("stepForm:takeStep")).click();
        pages.wait(ExpectedConditions.textToBe(By.id("assetStage"), "已确权"));
        assertEquals("农户", browser.findElement(By.id("assetOwnerLevel")).getText());
        WebElement owner = browser.findElement(By.cssSelector("#assetOwners a.asset-owner-household"));
        assertTrue(owner.getText().contains(head) && owner.getText().contains(householdNo), owner.getText());
        assertTrue(owner.getAttribute("href").contains("household.xhtml?id=" + householdId),
                owner.getAttribute("href"));
        noCodes("household-owner");
    }

    @Test
    void aBadIdIsTheProductsNotFoundPage() {
        pages.signIn("binchuan.rural");
        for (String id : List.of("abc", "999999999", "")) {
            browser.get(TestServer.BASE + "/ledger/asset.xhtml?id=" + id);
            String text = pages.wait(ExpectedConditions.presenceOfElementLocated(By.id("notFound"))).getText();
            assertTrue(text.contains("没有找到这项资产"), text);
        }
        assertEquals(404, Http.as("binchuan.rural").get("/ledger/asset.xhtml?id=abc").statusCode());
    }

    /** The steps the asset page offers now, by their keys, sorted. */
    private List<String> steps() {
        return browser.findElements(By.cssSelector(".asset-step")).stream()
                .map(b -> b.getAttribute("class").replaceAll(".*step-([a-z-]+).*", "$1")).sorted().toList();
    }

    private void step(String key) {
        browser.findElement(By.cssSelector(".step-" + key)).click();
        pages.wait(ExpectedConditions.visibilityOfElementLocated(By.id("stepForm:takeStep")));
    }

    private void noCodes(String page) {
        String text = browser.findElement(By.tagName("main")).getText();
        var found = CODES.matcher(text);
        assertFalse(found.find(), () -> page + " shows the code " + found.group() + " in: " + text);
        assertEquals(List.of(), pages.cspViolations(), page);
    }

    /** How many assets of the register carry the project's name (the API's name search). */
    private static int assets(String name) {
        HttpResponse<String> r = Http.as("binchuan.rural").get("/ledger/api/assets?q="
                + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        return Http.json(r).getJsonNumber("total").intValue();
    }
}
