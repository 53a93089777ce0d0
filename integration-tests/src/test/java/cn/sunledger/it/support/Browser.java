package cn.sunledger.it.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven by Debian's chromedriver (./sunledger test installs both). The driver
 * and browser paths are given explicitly so Selenium never tries to download a browser of its own.
 */
public final class Browser {

    private Browser() {
    }

    public static ChromeDriver open(int width, int height) {
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            // the browser asks for Chinese, as the bureaus' browsers do; the UI follows Accept-Language
            options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "zh-CN,zh"));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--lang=zh-CN",
                    "--window-size=" + width + "," + height,
                    "--user-data-dir=" + Files.createTempDirectory("sunledger-chromium"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
            // every page records what its content security policy blocked, for StaffPages.cspViolations()
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source",
                    "window.__cspViolations = [];document.addEventListener('securitypolicyviolation', e =>"
                            + " window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));"));
            return driver;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
