package cn.sunledger.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the staff-UI browser tests do on every page: sign in and out as a demo user, type into a field, drive a
 * PrimeFaces widget, read the page's messages and the project steps offered, wait, and keep screenshots in
 * target/screenshots under the test's own prefix.
 */
public final class StaffPages {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final ChromeDriver browser;
    private final String screenshotPrefix;

    public StaffPages(ChromeDriver browser, String screenshotPrefix) {
        this.browser = browser;
        this.screenshotPrefix = screenshotPrefix;
    }

    public void signIn(String user) {
        signIn(user, DemoLogins.password(user));
    }

    /** Signs in as a user a test created, with the password it gave. */
    public void signIn(String user, String password) {
        browser.get(TestServer.BASE + "/ledger/");
        browser.findElement(By.id("j_username")).sendKeys(user);
        browser.findElement(By.id("j_password")).sendKeys(password);
        browser.findElement(By.id("loginButton")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("who")));
    }

    public void signOut() {
        browser.findElement(By.id("topForm:logout")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("j_username")));
    }

    public void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Types a date into a PrimeFaces date picker ({@code pickerId}: its client id) and closes its calendar as a user
     * would, so that the calendar covers no other field: Escape, or a click beside it (on the dialog's title, or the
     * page's heading) when Escape leaves it open. A keystroke lost while a calendar was still closing is typed again.
     */
    public void date(String pickerId, LocalDate on) {
        By input = By.id(pickerId + "_input");
        By panel = By.id(pickerId + "_panel");
        for (int attempt = 1; ; attempt++) {
            type(pickerId + "_input", on.toString());
            if (opens(panel)) {
                browser.findElement(input).sendKeys(Keys.ESCAPE);
                if (!closes(panel)) {
                    List<WebElement> titles = browser.findElements(By.cssSelector(".ui-dialog[aria-hidden='false']"
                            + " .ui-dialog-title"));
                    (titles.isEmpty() ? browser.findElement(By.tagName("h1")) : titles.get(0)).click();
                    wait(ExpectedConditions.invisibilityOfElementLocated(panel));
                }
            }
            String typed = browser.findElement(input).getAttribute("value");
            if (on.toString().equals(typed)) {
                return;
            }
            if (attempt == 3) {
                throw new AssertionError(pickerId + " holds \"" + typed + "\" after typing " + on + " three times");
            }
        }
    }

    private boolean opens(By panel) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(2)).until(ExpectedConditions.visibilityOfElementLocated(panel));
            return true;
        } catch (TimeoutException notOpened) {
            return false;
        }
    }

    private boolean closes(By panel) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(2)).until(ExpectedConditions.invisibilityOfElementLocated(panel));
            return true;
        } catch (TimeoutException stillOpen) {
            return false;
        }
    }

    /** Calls a PrimeFaces widget's method once the widget exists, e.g. {@code widget("statusMenu", "show()")}. */
    public void widget(String widgetVar, String call) {
        wait(d -> ((ChromeDriver) d).executeScript("return !!PrimeFaces.widgets['" + widgetVar + "']"));
        browser.executeScript("PF('" + widgetVar + "')." + call);
    }

    /** Picks a value of a select menu as a click would, firing its ajax change. */
    public void choose(String widgetVar, String value) {
        widget(widgetVar, "selectValue('" + value + "')");
        widget(widgetVar, "triggerChange()");
    }

    /** What the current page's content security policy blocked since it loaded ("directive blocked-uri"). */
    @SuppressWarnings("unchecked")
    public List<String> cspViolations() {
        Object found = browser.executeScript("return window.__cspViolations || []");
        return (List<String>) found;
    }

    public String messages() {
        return browser.findElement(By.id("messages")).getText();
    }

    /** The project steps (api.md action names) whose buttons the project page offers, sorted. */
    public List<String> offeredSteps() {
        return browser.findElements(By.cssSelector(".project-action")).stream()
                .map(b -> b.getAttribute("class").replaceAll(".*action-([a-z-]+).*", "$1")).sorted().toList();
    }

    /**
     * Presses a button as a user would in a dialog taller than the window: scrolled into the middle of its scrolling
     * container first (a dialog fitted to the viewport scrolls inside; the mask would otherwise take the click).
     */
    public void press(String id) {
        WebElement button = browser.findElement(By.id(id));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
    }

    public <T> T wait(Function<WebDriver, T> condition) {
        // an ajax update may replace an element between finding and reading it: look again
        return new WebDriverWait(browser, WAIT).ignoring(StaleElementReferenceException.class).until(condition);
    }

    public void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(screenshotPrefix + "-" + name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
