package cn.sunledger.it;

import static cn.sunledger.it.support.PortalHttp.getOk;
import static cn.sunledger.it.support.PortalHttp.header;
import static cn.sunledger.it.support.PortalHttp.sha256Hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.Browser;
import cn.sunledger.it.support.PortalHttp;
import cn.sunledger.it.support.TestServer;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
 * sideways scrolling, then a notice and its PDF.
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
}
