package cn.sunledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.Browser;
import cn.sunledger.it.support.StaffPages;
import cn.sunledger.it.support.TestServer;
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
 * A Faces form sent with a view state the server does not have — forged, garbled, or from a session that has
 * ended — was a 500 (issue 9, item 5), before login too. It now brings the user back to the same page with a
 * message, and the action is not carried out.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExpiredViewBrowserIT {

    private static final String EXPIRED = "页面已过期";

    private ChromeDriver browser;
    private StaffPages pages;

    @Deployment(testable = false)
    static WebArchive probe() {
        return TestServer.probe("expired-view-probe");
    }

    @BeforeEach
    void open() {
        browser = Browser.open(1280, 900);
        pages = new StaffPages(browser, "expired-view");
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    @Test
    void aForgedOrGarbledViewStateOnTheLoginPageReloadsItWithAMessage() {
        for (String forged : new String[] {"-4321:8765", "garbage"}) {
            browser.get(TestServer.BASE + "/ledger/login.xhtml");
            forgeViewStates(forged);
            browser.findElement(By.id("langForm:langEn")).click();
            pages.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("loginMessages"), EXPIRED));
            assertTrue(browser.getCurrentUrl().endsWith("/ledger/login.xhtml"), browser.getCurrentUrl());
            assertFalse(browser.findElements(By.id("langForm:langEn")).isEmpty(), "the language was not switched");
        }
        pages.screenshot("login-forged");
    }

    @Test
    void aViewStateFromAnEndedSessionReloadsThePageWithAMessage() {
        browser.get(TestServer.BASE + "/ledger/login.xhtml");
        // the session the page was rendered in is gone: neither its cookie nor its id in the form's address is sent
        browser.manage().deleteAllCookies();
        browser.executeScript("var f = document.getElementById('langForm');"
                + " f.action = f.action.replace(/;jsessionid=[^?]*/, '');");
        browser.findElement(By.id("langForm:langEn")).click();
        pages.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("loginMessages"), EXPIRED));
        browser.findElement(By.id("j_username"));
    }

    @Test
    void aForgedViewStateOnAStaffPageReloadsItWithAMessageAndDoesNothing() {
        pages.signIn("guangming.clerk");
        browser.get(TestServer.BASE + "/ledger/projects.xhtml");
        forgeViewStates("-1:-1");
        browser.findElement(By.id("topForm:langEn")).click();
        pages.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), EXPIRED));
        assertTrue(browser.getCurrentUrl().endsWith("/ledger/projects.xhtml"), browser.getCurrentUrl());
        assertEquals("zh-CN", browser.findElement(By.tagName("html")).getAttribute("lang"), "still in Chinese");
        pages.screenshot("projects-forged");
    }

    private void forgeViewStates(String value) {
        browser.executeScript("var forged = arguments[0];"
                + " document.querySelectorAll(\"input[name='jakarta.faces.ViewState']\")"
                + ".forEach(function (i) { i.value = forged; });", value);
    }
}
