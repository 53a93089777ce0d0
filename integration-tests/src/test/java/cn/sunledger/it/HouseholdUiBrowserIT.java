package cn.sunledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.Browser;
import cn.sunledger.it.support.Http;
import cn.sunledger.it.support.StaffPages;
import cn.sunledger.it.support.TestServer;
import java.util.regex.Pattern;
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
 * 农户台账 in headless Chromium: 光明村's clerk opens it from the menu, registers a household in the dialog — a wrong
 * check digit refused by the field's label, nothing saved — then with the right number; the list shows the household
 * with its ID number and phone masked and its category by name. No screen shows a code.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HouseholdUiBrowserIT {

    private static final Pattern CODES = Pattern.compile("ALLEVIATED|MONITORED_|ORDINARY|VILLAGE_CLERK|headName"
            + "|idNumber");

    private ChromeDriver browser;
    private StaffPages pages;

    @Deployment(testable = false)
    static WebArchive probe() {
        return TestServer.probe("household-ui-probe");
    }

    @BeforeEach
    void open() {
        browser = Browser.open(1280, 1400);
        pages = new StaffPages(browser, "household-ui");
    }

    @AfterEach
    void close() {
        pages.screenshot("last");
        browser.quit();
    }

    @Test
    void theVillageClerkRegistersAHouseholdAndSeesItMasked() {
        String id = HouseholdRegisterIT.idNumber();
        String phone = HouseholdRegisterIT.phone();
        String name = "界面户主" + System.nanoTime() % 100000;
        pages.signIn("guangming.clerk");
        browser.findElement(By.cssSelector("#menuForm\\:navHouseholds a, a#menuForm\\:navHouseholds")).click();
        pages.wait(ExpectedConditions.presenceOfElementLocated(By.id("listForm:households")));
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("农户台账"));

        browser.findElement(By.id("listForm:registerHousehold")).click();
        pages.wait(ExpectedConditions.visibilityOfElementLocated(By.id("registerForm:headName")));
        pages.choose("naturalVillageMenu", "532922101201001");
        pages.type("registerForm:headName", name);
        pages.type("registerForm:idNumber", HouseholdRegisterIT.badCheck(id));
        pages.type("registerForm:phone", phone);
        pages.type("registerForm:members_input", "3");
        pages.press("registerForm:saveHousehold");
        String refused = pages.wait(d -> {
            String t = d.findElement(By.id("registerForm:registerMessages")).getText();
            return t.isBlank() ? null : t;
        });
        assertTrue(refused.contains("身份证号：") && refused.contains("校验码"), refused);
        assertFalse(CODES.matcher(refused).find(), refused);
        pages.screenshot("refused");
        assertEquals(0, count(name), "a refused form registers nothing");

        pages.type("registerForm:idNumber", id);
        pages.press("registerForm:saveHousehold");
        pages.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("listForm:households"), name));
        String table = browser.findElement(By.id("listForm:households")).getText();
        assertTrue(table.contains(HouseholdRegisterIT.masked(id)), table);
        assertTrue(table.contains(phone.substring(0, 3) + "****" + phone.substring(7)), table);
        assertTrue(table.contains("一般农户"), table);
        String page = browser.findElement(By.tagName("body")).getText();
        assertFalse(page.contains(id), "the whole ID number is never shown");
        assertFalse(page.contains(phone));
        assertFalse(CODES.matcher(page).find(), page);
        assertEquals(1, count(name));
        pages.screenshot("registered");
    }

    private static long count(String name) {
        return Http.json(Http.as("yangbi.rural").get("/ledger/api/households?region=532922101201&size=200"))
                .getJsonArray("items").stream().map(jakarta.json.JsonObject.class::cast)
                .filter(h -> h.getString("headName").equals(name)).count();
    }
}
