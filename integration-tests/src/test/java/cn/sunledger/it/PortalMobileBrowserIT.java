package cn.sunledger.it;

import static cn.sunledger.it.support.PortalHttp.getOk;
import static cn.sunledger.it.support.PortalHttp.header;
import static cn.sunledger.it.support.PortalHttp.sha256Hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.BoardPostings;
import cn.sunledger.it.support.Browser;
import cn.sunledger.it.support.Http;
import cn.sunledger.it.support.PortalHttp;
import cn.sunledger.it.support.StaffPages;
import cn.sunledger.it.support.TestServer;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A villager's phone: the natural village page from the notice board's QR code at 360 px, without
 * sideways scrolling, then a notice and its PDF; and the labels that say which notices are open and which were
 * entered after the fact.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalMobileBrowserIT {

    private ChromeDriver browser;

    @Deployment(testable = false)
    static WebArchive probe() {
        return TestServer.probe("portal-mobile-probe");
    }

    /**
     * Headless Chromium keeps its window at least 500 px wide whatever --window-size says, so a 360 px
     * phone is emulated on top, as the browser's device mode does: viewport width, pixel ratio, mobile.
     */
    @BeforeEach
    void open() {
        browser = Browser.open(360, 800);
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 800, "deviceScaleFactor", 2, "mobile", true));
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    private long script(String expression) {
        return ((Number) browser.executeScript("return " + expression)).longValue();
    }

    private static String normalized(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    @Test
    void aVillagerOpensTheVillagePageANoticeAndItsPdf() {
        browser.get(PortalHttp.base() + "/portal/regions/" + PortalNoticesIT.NATURAL_VILLAGE);
        assertEquals("zh-CN", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals(1, browser.findElements(By.tagName("h1")).size());
        assertEquals(360, script("window.innerWidth"), "the phone's viewport");
        long scrollWidth = script("document.documentElement.scrollWidth");
        assertTrue(scrollWidth <= 360, "page is " + scrollWidth + " px wide");
        assertTrue(scrollWidth <= script("document.documentElement.clientWidth"), "no horizontal scrolling");

        List<WebElement> links = browser.findElements(By.cssSelector("main a[href^='/portal/notices/']"));
        assertFalse(links.isEmpty(), "the village page lists notices");
        WebElement first = links.get(0);
        String title = normalized(first.getText());
        assertFalse(title.isEmpty());
        first.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/portal/notices/"));
        WebElement h1 = browser.findElement(By.tagName("h1"));
        assertEquals(title, normalized(h1.getText()), "the notice opens under the title it was listed with");

        List<WebElement> pdfLinks = browser.findElements(By.cssSelector("a[href$='.pdf']"));
        String pdfUrl = pdfLinks.isEmpty() ? browser.getCurrentUrl() + ".pdf" : pdfLinks.get(0).getAttribute("href");
        String path = URI.create(pdfUrl).getRawPath();
        assertTrue(path.startsWith("/portal/notices/") && path.endsWith(".pdf"), pdfUrl);
        HttpResponse<byte[]> pdf = getOk(path);
        assertEquals("%PDF-", new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII));
        assertEquals("\"" + sha256Hex(pdf.body()) + "\"", header(pdf, "ETag"));
    }

    /**
     * 文华村's 二组 page at 360 px says what the data says: a 项目申报公示 entered today with its ten-day period is
     * listed first under 正在公示 with its days left; one entered only after its period, on the strength of the
     * board posting photographed on its first day, is marked 补录 with that date; policy documents are folded
     * away, the reposted ones labelled 转载/参考.
     */
    @Test
    void aNaturalVillagePageShowsWhatIsOpenNowAndWhatWasEnteredLate() {
        String openTitle = declaredProject("文华村二组核桃初加工项目 " + System.nanoTime(), TODAY, TODAY.plusDays(9), null);
        String lateTitle = declaredProject("文华村二组饮水管网改造项目 " + System.nanoTime(), TODAY.minusDays(12),
                TODAY.minusDays(2), TODAY.minusDays(12));

        browser.get(PortalHttp.base() + "/portal/regions/" + WENHUA_GROUP_2);
        assertTrue(script("document.documentElement.scrollWidth") <= 360, "no horizontal scrolling");
        List<String> sections = browser.findElements(By.cssSelector("main h2")).stream().map(WebElement::getText).toList();
        assertTrue(sections.indexOf("正在公示") == 0 && sections.indexOf("正在公示") < sections.indexOf("本地项目"),
                "open notices first, then the projects: " + sections);
        String open = browser.findElement(By.xpath("//h2[@id='open']/following-sibling::*[1]")).getText();
        assertTrue(open.contains(openTitle) && open.contains("正在公示 · 还剩 10 天"), open);
        assertFalse(open.contains(lateTitle), "a notice whose period is over is not open");

        WebElement late = browser.findElement(By.xpath("//li[.//a[normalize-space(.)='" + lateTitle + "']]"));
        String lateText = late.getText();
        assertTrue(lateText.contains("补录") && lateText.contains("公示期已满")
                && lateText.contains("公告栏张贴记录（有照片）：" + TODAY.minusDays(12)), lateText);

        WebElement policies = browser.findElement(By.cssSelector("details.policies"));
        assertTrue(policies.getAttribute("open") == null, "policy documents are folded away");
        assertTrue(policies.findElement(By.tagName("summary")).getText().contains("政策文件"));
        browser.executeScript("arguments[0].open = true", policies);
        assertTrue(policies.getText().contains("转载/参考"), "documents of other regions are labelled as reposted");
        new StaffPages(browser, "portal").screenshot("natural-village-labels");
    }

    private static final String WENHUA_GROUP_2 = "532927101201002";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    /**
     * A 文华村 project located in 二组, submitted with its meeting decided TODAY-14, and its 项目申报公示 published
     * today for {@code from}..{@code to}, with a photographed board posting on {@code boardOn} if given; returns
     * the notice's title.
     */
    private static String declaredProject(String name, LocalDate from, LocalDate to, LocalDate boardOn) {
        HttpResponse<String> created = Http.as("wenhua.clerk").send("POST", "/ledger/api/projects", "application/json",
                ProjectWorkflowIT.EXAMPLE.replace("某村高原特色蔬菜种植基地建设项目", name)
                        .replace("\"532922101201001\", \"532922101201002\"", "\"" + WENHUA_GROUP_2 + "\""));
        assertEquals(201, created.statusCode(), created.body());
        long id = Http.json(created).getJsonNumber("id").longValue();
        assertEquals(200, Http.as("wenhua.clerk").send("POST", "/ledger/api/projects/" + id + "/actions/submit",
                "application/json", "{\"decisionRef\": \"文华村村民代表大会决议\", \"decidedOn\": \""
                        + TODAY.minusDays(14) + "\"}").statusCode());
        HttpResponse<String> draft = Http.as("weishan.rural").send("POST", "/ledger/api/notices", "application/json",
                "{\"type\": \"PROJECT_DECLARATION\", \"subjectId\": \"" + id + "\", \"periodStart\": \"" + from
                        + "\", \"periodEnd\": \"" + to + "\"}");
        assertEquals(201, draft.statusCode(), draft.body());
        long notice = Http.json(draft).getJsonNumber("id").longValue();
        HttpResponse<String> published = Http.as("weishan.rural").sendNoBody("POST",
                "/ledger/api/notices/" + notice + "/publish");
        assertEquals(200, published.statusCode(), published.body());
        if (boardOn != null) {
            BoardPostings.recordWithPhoto("wenhua.clerk", notice, WENHUA_GROUP_2, boardOn);
        }
        return Http.json(draft).getString("title");
    }
}
