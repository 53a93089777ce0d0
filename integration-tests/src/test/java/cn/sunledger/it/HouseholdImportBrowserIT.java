package cn.sunledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.Browser;
import cn.sunledger.it.support.Http;
import cn.sunledger.it.support.StaffPages;
import cn.sunledger.it.support.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * 导入农户 in headless Chromium: 光明村's clerk opens the import screen from the register's toolbar, uploads a file
 * whose row 37 has a wrong check digit — the screen names row 37 and the column 身份证号, and nothing is imported —
 * then the corrected file, whose progress bar reaches 100 % and says how many households were imported. The page
 * shows no English control text (the file picker is the product's own 选择文件) and no field names.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HouseholdImportBrowserIT {

    private static final String VILLAGE = "532922101201";
    private static final Pattern INTERNALS = Pattern.compile("idNumber|headName|naturalVillageCode|Choose File"
            + "|No file chosen|import\\.household");

    private ChromeDriver browser;
    private StaffPages pages;

    @Deployment(testable = false)
    static WebArchive probe() {
        return TestServer.probe("household-import-probe");
    }

    @BeforeEach
    void open() {
        browser = Browser.open(1280, 1400);
        pages = new StaffPages(browser, "household-import");
    }

    @AfterEach
    void close() {
        pages.screenshot("last");
        browser.quit();
    }

    @Test
    void aBadCheckDigitInRow37IsNamedAndTheCorrectedFileImportsWithItsProgress() throws IOException {
        List<String[]> rows = new ArrayList<>();
        String tag = "导入界面" + System.nanoTime() % 100000;
        for (int i = 0; i < 40; i++) {
            rows.add(new String[] {i % 2 == 0 ? "光明上组" : "532922101201001", tag + "户" + i,
                    HouseholdRegisterIT.idNumber(), i % 3 == 0 ? "" : HouseholdRegisterIT.phone(),
                    String.valueOf(1 + i % 6), i % 4 == 0 ? "边缘易致贫户" : "脱贫户"});
        }
        String good37 = rows.get(35)[2];
        rows.get(35)[2] = HouseholdRegisterIT.badCheck(good37); // list index 35 is spreadsheet row 37
        Path bad = Files.createTempFile("households-bad", ".xlsx");
        Files.write(bad, xlsx(rows));
        rows.get(35)[2] = good37;
        Path good = Files.createTempFile("households-good", ".xlsx");
        Files.write(good, xlsx(rows));
        long before = total();

        pages.signIn("guangming.clerk");
        browser.get(TestServer.BASE + "/ledger/households.xhtml");
        browser.findElement(By.id("listForm:importHouseholds")).click();
        pages.wait(ExpectedConditions.presenceOfElementLocated(By.id("importForm:startImport")));
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("导入农户"));
        String form = browser.findElement(By.id("importForm")).getText();
        assertTrue(form.contains("选择文件") && form.contains("光明村"), form);
        assertTrue(browser.findElement(By.id("importForm:templateLink")).getAttribute("href")
                .endsWith("template.xlsx?village=" + VILLAGE));
        assertFalse(INTERNALS.matcher(browser.findElement(By.tagName("body")).getText()).find());

        browser.findElement(By.cssSelector("#importForm input[type=file]")).sendKeys(bad.toString());
        browser.findElement(By.id("importForm:startImport")).click();
        WebElement errors = pages.wait(ExpectedConditions.presenceOfElementLocated(By.id("progressForm:importErrors")));
        String table = errors.getText();
        List<WebElement> lines = errors.findElements(By.cssSelector("tbody tr"));
        assertEquals(1, lines.size(), table);
        String line = lines.get(0).getText();
        assertTrue(line.startsWith("37") && line.contains("身份证号") && line.contains("校验码"), line);
        String failed = browser.findElement(By.id("progressForm:progress")).getText();
        assertTrue(failed.contains("1 处错误") && failed.contains("未导入任何农户"), failed);
        assertFalse(INTERNALS.matcher(browser.findElement(By.tagName("body")).getText()).find(),
                browser.findElement(By.tagName("body")).getText());
        pages.screenshot("refused");
        assertEquals(before, total(), "a refused import imports nothing");

        browser.findElement(By.cssSelector("#importForm input[type=file]")).sendKeys(good.toString());
        browser.findElement(By.id("importForm:startImport")).click();
        pages.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("progressForm:progress"), "40 户已导入"));
        assertTrue(browser.findElement(By.id("progressForm:bar")).getText().contains("100%"),
                browser.findElement(By.id("progressForm:bar")).getText());
        String done = browser.findElement(By.id("progressForm:progress")).getText();
        assertTrue(done.contains("写入 40 户") && done.contains(VILLAGE + "-"), done);
        assertTrue(browser.findElements(By.id("progressForm:importErrors")).isEmpty());
        pages.screenshot("imported");
        assertEquals(before + 40, total());

        // the job is the user's, not the page's: reopened, the screen still shows the last result
        browser.get(TestServer.BASE + "/ledger/household-import.xhtml");
        pages.wait(ExpectedConditions.textToBePresentInElementLocated(By.id("progressForm:progress"), "40 户已导入"));
        assertFalse(INTERNALS.matcher(browser.findElement(By.tagName("body")).getText()).find());
    }

    private static long total() {
        return Http.json(Http.as("guangming.clerk").get("/ledger/api/households?region=" + VILLAGE + "&size=1"))
                .getJsonNumber("total").longValue();
    }

    private static byte[] xlsx(List<String[]> rows) throws IOException {
        try (XSSFWorkbook w = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = w.createSheet("农户");
            Row header = sheet.createRow(0);
            String[] headers = {"自然村", "户主姓名", "身份证号", "联系电话", "家庭人口", "户类型"};
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int i = 0; i < rows.get(r).length; i++) {
                    row.createCell(i).setCellValue(rows.get(r)[i]);
                }
            }
            w.write(out);
            return out.toByteArray();
        }
    }
}
