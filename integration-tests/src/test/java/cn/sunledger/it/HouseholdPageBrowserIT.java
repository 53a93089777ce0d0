package cn.sunledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.Browser;
import cn.sunledger.it.support.Http;
import cn.sunledger.it.support.StaffPages;
import cn.sunledger.it.support.TestDatabase;
import cn.sunledger.it.support.TestServer;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * A household's page in headless Chromium, as 光明村's clerk reads it: a household of 上村组 registered and then taken
 * into monitoring through the API, an accepted project of its natural village with money allocated and paid (a year
 * of its own, 2044), and the village collective's leased asset. The page shows them under their years with the
 * project's planned / allocated / disbursed amounts, the ID number and phone masked, labels and never codes; the
 * project's name leads to its page; an unknown household is the not-found page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HouseholdPageBrowserIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final Pattern CODES = Pattern.compile("ALLEVIATED|MONITORED_|ORDINARY|VILLAGE_NOTICE|ACCEPTED"
            + "|HANDED_OVER|OPERATING|headName|idNumber");

    private ChromeDriver browser;
    private StaffPages pages;

    @Deployment(testable = false)
    static WebArchive probe() {
        return TestServer.probe("household-page-probe");
    }

    @BeforeEach
    void open() {
        browser = Browser.open(1280, 1800);
        pages = new StaffPages(browser, "household-page");
    }

    @AfterEach
    void close() {
        pages.screenshot("last");
        browser.quit();
    }

    @Test
    void theClerkReadsWhatReachedAHouseholdByYear() throws Exception {
        String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String id = HouseholdRegisterIT.idNumber();
        String phone = HouseholdRegisterIT.phone();
        String name = "页面户主" + tag;
        HttpResponse<String> created = Http.as("guangming.clerk").send("POST", "/ledger/api/households",
                "application/json", "{\"naturalVillageCode\": \"532922101201001\", \"headName\": \"" + name
                        + "\", \"idNumber\": \"" + id + "\", \"phone\": \"" + phone
                        + "\", \"members\": 3, \"category\": \"ORDINARY\"}");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject household = Http.json(created);
        long householdId = household.getJsonNumber("id").longValue();
        HttpResponse<String> monitored = Http.as("yangbi.rural").send("PUT", "/ledger/api/households/" + householdId
                + "/category", "application/json", "{\"category\": \"MONITORED_UNSTABLE\", \"year\": " + TODAY.getYear()
                + ", \"since\": \"" + TODAY + "\", \"reason\": \"页面测试：收入低于监测线\"}");
        assertEquals(200, monitored.statusCode(), monitored.body());

        String projectName = "光明村农户页面测试项目" + tag;
        long project = AcceptedProject.walk(AcceptedProject.GUANGMING, 2044, projectName, TODAY.getYear(),
                "300000.00", "300000.00", "120000.00", "农户页" + tag);
        String assetName = "农户页面测试大棚" + tag;
        try (Connection owner = TestDatabase.owner()) {
            BareAssets.leasedTo(owner, assetName, TODAY.minusDays(10), "光明村股份经济合作社（页面测试" + tag + "）");
        }

        pages.signIn("guangming.clerk");
        browser.get(TestServer.BASE + "/ledger/household.xhtml?id=" + householdId);
        pages.wait(ExpectedConditions.presenceOfElementLocated(By.id("householdNo")));
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains(name));
        assertEquals(household.getString("householdNo"), browser.findElement(By.id("householdNo")).getText());
        assertEquals(HouseholdRegisterIT.masked(id), browser.findElement(By.id("idNumber")).getText());
        assertEquals(phone.substring(0, 3) + "****" + phone.substring(7), browser.findElement(By.id("phone")).getText());
        assertTrue(browser.findElement(By.id("naturalVillage")).getText().contains("光明村"));
        assertTrue(browser.findElement(By.id("category")).getText().startsWith("脱贫不稳定户"));

        String year2044 = browser.findElement(By.id("year-2044")).getText();
        assertTrue(year2044.startsWith("2044 年"), year2044);
        assertTrue(year2044.contains(projectName) && year2044.contains("验收"), year2044);
        assertTrue(year2044.contains("1,000,000.00") && year2044.contains("300,000.00")
                && year2044.contains("120,000.00"), "planned, allocated, disbursed: " + year2044);
        String thisYear = browser.findElement(By.id("year-" + TODAY.getYear())).getText();
        assertTrue(thisYear.contains("一般农户 → 脱贫不稳定户") && thisYear.contains("页面测试：收入低于监测线"), thisYear);
        String assetYear = browser.findElement(By.id("year-" + TODAY.minusDays(10).getYear())).getText();
        assertTrue(assetYear.contains(assetName) && assetYear.contains("经营性") && assetYear.contains("正常运营"),
                assetYear);
        String body = browser.findElement(By.tagName("body")).getText();
        assertFalse(body.contains(id), "the whole ID number is never shown");
        assertFalse(body.contains(phone));
        assertFalse(CODES.matcher(body).find(), body);
        pages.screenshot("page");

        browser.findElement(By.linkText(projectName)).click();
        pages.wait(ExpectedConditions.urlContains("project.xhtml?id=" + project));
        assertTrue(browser.findElement(By.tagName("body")).getText().contains(projectName));

        browser.get(TestServer.BASE + "/ledger/household.xhtml?id=999999999");
        assertTrue(pages.wait(ExpectedConditions.presenceOfElementLocated(By.id("notFound"))).getText()
                .contains("没有这户农户"));
        pages.screenshot("not-found");
    }
}
