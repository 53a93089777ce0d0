package cn.sunledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.Browser;
import cn.sunledger.it.support.StaffPages;
import cn.sunledger.it.support.TestServer;
import java.time.Duration;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/** The staff UI in headless Chromium: form login, the region tree in the user's scope, the language switch. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffUiBrowserIT {

    private ChromeDriver browser;
    private StaffPages pages;

    @Deployment(testable = false)
    static WebArchive probe() {
        return TestServer.probe("staff-ui-probe");
    }

    @BeforeEach
    void open() {
        browser = Browser.open(1280, 900);
        pages = new StaffPages(browser, "staff-ui");
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    @Test
    void villageClerkLogsInAndSeesOnlyTheOwnVillageInTheTree() {
        pages.signIn("guangming.clerk");
        browser.get(TestServer.BASE + "/ledger/regions.xhtml");
        WebElement tree = browser.findElement(By.id("treeForm:regionTree"));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElement(tree, "光明上组"));
        List<String> codes = tree.findElements(By.cssSelector(".region-code")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("532922101201", "532922101201001", "532922101201002", "532922101201003"), codes);
        String text = tree.getText();
        assertTrue(text.contains("光明村"));
        assertFalse(text.contains("白章村"), "another village of the same township");
        assertFalse(text.contains("苍山西镇"), "the township above is not in the clerk's tree");
        assertFalse(text.contains("漾濞"), "nor the county");
        assertTrue(browser.findElements(By.id("menuForm:navUsers")).isEmpty(), "no user admin menu for a clerk");
        assertTrue(browser.findElements(By.id("importForm")).isEmpty(), "no region import for a clerk");
    }

    @Test
    void selectingARegionShowsItsDetails() {
        pages.signIn("cangshanxi.reviewer");
        browser.get(TestServer.BASE + "/ledger/regions.xhtml");
        browser.findElement(By.xpath("//span[@class='region-name' and text()='白章村']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBe(By.id("detailCode"), "532922101202"));
    }

    @Test
    void aWrongPasswordShowsAMessageAndTheUiSwitchesToEnglish() {
        browser.get(TestServer.BASE + "/ledger/");
        browser.findElement(By.id("j_username")).sendKeys("guangming.clerk");
        browser.findElement(By.id("j_password")).sendKeys("wrong-password");
        browser.findElement(By.id("loginButton")).click();
        assertTrue(browser.findElement(By.id("loginError")).getText().contains("用户名或密码不正确"));

        pages.signIn("admin");
        assertEquals("zh-CN", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.findElement(By.id("menuForm:menu")).getText().contains("行政区划"));
        browser.findElement(By.id("topForm:langEn")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("menuForm:menu"), "Regions"));
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.findElement(By.id("menuForm:menu")).getText().contains("Users"));
    }
}
