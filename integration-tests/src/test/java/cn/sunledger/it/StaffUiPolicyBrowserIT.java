package cn.sunledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.Browser;
import cn.sunledger.it.support.Http;
import cn.sunledger.it.support.LoopbackClient;
import cn.sunledger.it.support.StaffPages;
import cn.sunledger.it.support.TestServer;
import cn.sunledger.it.support.TestUsers;
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
 * The staff UI in a real browser under its content security policy: the PrimeFaces pages load and run their
 * ajax without a single blocked script or style, and an administrator clears a user's sign-in throttle from the
 * user list.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffUiPolicyBrowserIT {

    private ChromeDriver browser;
    private StaffPages pages;

    @Deployment(testable = false)
    static WebArchive probe() {
        return TestServer.probe("staff-ui-policy-probe");
    }

    @BeforeEach
    void open() {
        browser = Browser.open(1280, 1000);
        pages = new StaffPages(browser, "staff-ui-policy");
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    @Test
    void pagesRunUnderTheirPolicyAndAnAdministratorClearsASignInThrottle() {
        TestUsers.createClerk("csp.throttled", "CspClerk#2026");
        LoopbackClient guesser = LoopbackClient.from("127.0.0.11");
        for (int i = 0; i < 4; i++) {
            guesser.basicGet("/ledger/api/me", "csp.throttled", "guess-" + i);
        }
        assertEquals(429, guesser.basicGet("/ledger/api/me", "csp.throttled", "CspClerk#2026").status());

        pages.signIn("yangbi.admin");
        for (String page : List.of("index.xhtml", "projects.xhtml", "regions.xhtml", "notices.xhtml", "pipeline.xhtml")) {
            browser.get(TestServer.BASE + "/ledger/" + page);
            pages.wait(ExpectedConditions.presenceOfElementLocated(By.id("who")));
            assertEquals(List.of(), pages.cspViolations(), page);
        }

        browser.get(TestServer.BASE + "/ledger/users.xhtml");
        browser.findElement(By.cssSelector("[id='usersForm:users'] thead input")).sendKeys("csp.throttled");
        pages.wait(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".throttle-button"), 1));
        browser.findElement(By.cssSelector(".throttle-button")).click();
        pages.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("throttleForm:throttleAddresses"),
                "127.0.0.11"));
        // its first wait (1 s) is over by now; the failures stay listed until cleared
        assertTrue(browser.findElement(By.id("throttleForm:throttleAddresses")).getText().contains("3"));
        pages.screenshot("throttle-dialog");
        browser.findElement(By.id("throttleForm:clearThrottle")).click();
        pages.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("throttleState"), "没有登录失败记录"));
        assertTrue(browser.findElement(By.id("throttleForm:throttleMessages")).getText().contains("已解除"));
        assertEquals(List.of(), pages.cspViolations(), "users.xhtml with its dialogs");

        assertFalse(Http.json(Http.as("yangbi.admin").get("/ledger/api/users/csp.throttled/sign-in-throttle"))
                .getBoolean("throttled"));
        assertEquals(200, guesser.basicGet("/ledger/api/me", "csp.throttled", "CspClerk#2026").status());
    }
}
