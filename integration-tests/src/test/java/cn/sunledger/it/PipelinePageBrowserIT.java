package cn.sunledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.Browser;
import cn.sunledger.it.support.DemoLogins;
import cn.sunledger.it.support.TestServer;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The pipeline page from the menu: one row per county of the user's scope and a totals row, in Chinese. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PipelinePageBrowserIT {

    @Deployment(testable = false)
    static WebArchive probe() {
        return TestServer.probe("pipeline-page-probe");
    }

    @Test
    void theCountyBureauSeesItsCountyAndTheTotalsFromTheMenu() {
        ChromeDriver browser = Browser.open(1280, 900);
        try {
            browser.get(TestServer.BASE + "/ledger/");
            browser.findElement(By.id("j_username")).sendKeys("dali.bureau");
            browser.findElement(By.id("j_password")).sendKeys(DemoLogins.password("dali.bureau"));
            browser.findElement(By.id("loginButton")).click();
            new WebDriverWait(browser, Duration.ofSeconds(15))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("who")));
            browser.findElement(By.cssSelector("#menuForm\\:navPipeline a, a#menuForm\\:navPipeline")).click();
            WebElement table = new WebDriverWait(browser, Duration.ofSeconds(15)).until(
                    ExpectedConditions.presenceOfElementLocated(By.id("pipelineForm:pipeline")));
            String header = table.findElement(By.tagName("thead")).getText();
            assertTrue(header.contains("储备") && header.contains("开工") && header.contains("在建") && header.contains("竣工"),
                    header);
            List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
            assertEquals(13, rows.size(), "the prefecture's 12 counties and the totals row");
            assertTrue(table.getText().contains("漾濞彝族自治县"), table.getText());
            assertTrue(rows.get(rows.size() - 1).getText().startsWith("合计"), rows.get(rows.size() - 1).getText());
        } finally {
            browser.quit();
        }
    }
}
