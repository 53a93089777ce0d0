package cn.sunledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.Browser;
import cn.sunledger.it.support.StaffPages;
import cn.sunledger.it.support.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The notice screens in headless Chromium: a county bureau enters a policy document, drafts a notice of it,
 * previews and publishes it (and a second publication of the same draft is refused on the page); a village
 * clerk records a posting with a photo on a notice posted to a natural village of the clerk's village, and
 * is offered neither drafting nor publishing. Screenshots go to target/screenshots for a person to look at.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NoticeUiBrowserIT {

    private ChromeDriver browser;
    private StaffPages pages;

    @Deployment(testable = false)
    static WebArchive probe() {
        return TestServer.probe("notice-ui-probe");
    }

    @BeforeEach
    void open() {
        browser = Browser.open(1280, 1000);
        pages = new StaffPages(browser, "notice-ui");
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    @Test
    void countyBureauEntersAPolicyDocumentDraftsPreviewsAndPublishesItsNotice() {
        pages.signIn("yangbi.rural");
        String title = "漾濞县衔接资金项目公告公示制度（界面测试 " + System.nanoTime() + "）";

        browser.get(TestServer.BASE + "/ledger/policy-documents.xhtml");
        assertEquals("532922000000", browser.findElement(By.id("policyForm:regionCode")).getAttribute("value"),
                "the issuing region starts as the bureau's county");
        browser.findElement(By.id("policyForm:title")).sendKeys(title);
        browser.findElement(By.id("policyForm:issuer")).sendKeys("漾濞县乡村振兴局");
        browser.findElement(By.id("policyForm:docNumber")).sendKeys("漾乡振发〔2026〕3号");
        // typed tabs would move the focus; a pasted table keeps them
        browser.executeScript("document.getElementById('policyForm:body').value = arguments[0]",
                "一、总体要求\n项目安排和资金使用一律执行公告公示制度。\n（一）公示内容\n项目\t资金（万元）\n光明村道路硬化\t45.5\n");
        browser.findElement(By.id("policyForm:savePolicy")).click();
        pages.wait(ExpectedConditions.elementToBeClickable(By.id("publishAsNotice"))).click();

        // the draft dialog opens for the new document, its county already among the places
        pages.wait(ExpectedConditions.visibilityOfElementLocated(By.id("draftForm:saveDraft")));
        assertTrue(browser.findElement(By.id("draftForm:policyDoc")).getText().contains(title));
        assertTrue(browser.findElement(By.id("chosenPlaces")).getText().contains("漾濞彝族自治县"));
        browser.findElement(By.id("draftForm:codes")).sendKeys("532922101201001");
        browser.findElement(By.id("draftForm:addCodes")).click();
        pages.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("chosenPlaces"), "光明上组"));
        pages.screenshot("draft-dialog");
        browser.findElement(By.id("draftForm:saveDraft")).click();
        pages.wait(ExpectedConditions.urlContains("/ledger/notice.xhtml?id="));
        String draftPage = browser.getCurrentUrl();

        assertEquals("草稿", browser.findElement(By.id("noticeNo")).getText());
        assertTrue(browser.findElement(By.id("noticeRegions")).getText().contains("光明上组"));
        WebElement preview = browser.findElement(By.id("previewHtml"));
        assertTrue(preview.getAttribute("src").contains("/preview?format=html"));
        browser.switchTo().frame(preview);
        pages.wait(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), title));
        assertTrue(browser.findElement(By.tagName("body")).getText().contains("草稿"), "the draft preview says so");
        browser.switchTo().defaultContent();
        pages.screenshot("draft");

        // a second tab publishes; the first one, still showing the draft, is then refused on the page
        String first = browser.getWindowHandle();
        browser.switchTo().newWindow(WindowType.TAB);
        browser.get(draftPage);
        browser.findElement(By.id("actionsForm:publish")).click();
        pages.wait(ExpectedConditions.elementToBeClickable(By.id("actionsForm:confirmPublish"))).click();
        pages.wait(ExpectedConditions.presenceOfElementLocated(By.id("shaHtml")));
        String noticeNo = browser.findElement(By.id("noticeNo")).getText();
        assertTrue(noticeNo.matches("532922-\\d{4}-\\d{5}"), noticeNo);
        assertTrue(pages.messages().contains("已发布，公告编号 " + noticeNo), pages.messages());
        for (String id : List.of("shaHtml", "shaPdf", "shaJson")) {
            String sha = browser.findElement(By.id(id)).getText();
            assertTrue(sha.matches("[0-9a-f]{64}"), id + ": " + sha);
        }
        assertTrue(browser.findElement(By.id("logIndex")).getText().matches("\\d+"));
        assertTrue(browser.findElements(By.id("actionsForm:publish")).isEmpty(), "no publish button once published");
        assertTrue(browser.findElement(By.id("noticeStatus")).getText().contains("已发布"));
        pages.screenshot("published");
        browser.close();

        browser.switchTo().window(first);
        browser.findElement(By.id("actionsForm:publish")).click();
        pages.wait(ExpectedConditions.elementToBeClickable(By.id("actionsForm:confirmPublish"))).click();
        pages.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "不能再次发布"));
        assertTrue(pages.messages().contains(noticeNo), pages.messages());
    }

    @Test
    void villageClerkRecordsAPostingWithAPhotoButMayNotDraftOrPublish() throws IOException {
        pages.signIn("guangming.clerk");
        browser.get(TestServer.BASE + "/ledger/notices.xhtml");
        assertTrue(browser.findElements(By.id("listForm:newNotice")).isEmpty(), "a clerk does not draft notices");
        assertTrue(browser.findElements(By.id("menuForm:navPolicyDocuments")).isEmpty());

        // the demo income plan is posted down to the natural villages of 光明村; the list is newest first and the
        // village's project notices (demo and other tests) fill its first page, so narrow it to policy notices
        // through the widget (as a click would, firing its ajax change): a click on the opening panel may miss
        pages.choose("widget_listForm_type", "POLICY");
        pages.wait(driver -> {
            try { // the table is replaced by the filter's ajax update: retry a link that went stale meanwhile
                driver.findElement(By.partialLinkText("大理州脱贫人口持续增收三年行动方案")).click();
                return true;
            } catch (NoSuchElementException | StaleElementReferenceException e) {
                return null;
            }
        });
        pages.wait(ExpectedConditions.presenceOfElementLocated(By.id("postingForm:recordPosting")));
        assertTrue(browser.findElement(By.id("noticeRegions")).getText().contains("光明上组"));
        assertTrue(browser.findElements(By.id("actionsForm:publish")).isEmpty(), "a clerk does not publish");
        assertTrue(browser.findElements(By.id("actionsForm:supersede")).isEmpty(), "nor correct");
        int before = postingRows();

        // another village's board is refused on the page and nothing is recorded
        WebElement region = browser.findElement(By.id("postingForm:postingRegion"));
        region.clear();
        region.sendKeys("532922101202001");
        browser.findElement(By.id("postingForm:recordPosting")).click();
        pages.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "不在您的管辖范围"));
        assertEquals(before, postingRows());

        Path photo = Files.createTempFile("notice-board", ".png");
        Files.write(photo, png(40, 30));
        region = browser.findElement(By.id("postingForm:postingRegion"));
        region.clear();
        region.sendKeys("532922101201001");
        browser.findElement(By.id("postingForm:photo")).sendKeys(photo.toString());
        browser.findElement(By.id("postingForm:recordPosting")).click();
        pages.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "已登记在 光明上组 的张贴"));
        assertEquals(before + 1, postingRows());
        List<WebElement> thumbs = browser.findElements(By.cssSelector("#postings img.thumb"));
        assertTrue(!thumbs.isEmpty(), "the photo is shown as a thumbnail");
        String src = thumbs.get(thumbs.size() - 1).getAttribute("src");
        assertTrue(src.matches(".*/ledger/api/notices/\\d+/postings/\\d+/photo"), src);
        Object served = browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('content-type')));", src);
        assertEquals("200 image/png", served, "the photo is served to the signed-in session");
        pages.screenshot("posting");
        Files.deleteIfExists(photo);
    }

    private int postingRows() {
        return browser.findElements(By.cssSelector("#postings tbody tr")).stream()
                .filter(tr -> !tr.getAttribute("class").contains("ui-datatable-empty-message")).toList().size();
    }

    /** A small solid-colour PNG (the posting photo), written without an image library. */
    static byte[] png(int width, int height) {
        byte[] raw = new byte[height * (1 + 3 * width)];
        for (int y = 0, i = 0; y < height; y++) {
            raw[i++] = 0;
            for (int x = 0; x < width; x++) {
                raw[i++] = (byte) 200;
                raw[i++] = (byte) 60;
                raw[i++] = (byte) 40;
            }
        }
        Deflater deflater = new Deflater();
        deflater.setInput(raw);
        deflater.finish();
        byte[] buffer = new byte[raw.length + 64];
        byte[] compressed = Arrays.copyOf(buffer, deflater.deflate(buffer));
        deflater.end();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", header.array());
        chunk(out, "IDAT", compressed);
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
