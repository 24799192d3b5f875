package vn.tiendo.web.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.tiendo.security.Role;
import vn.tiendo.security.TestUsers;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;
import vn.tiendo.web.BrowserSupport;
import vn.tiendo.web.BrowserTest;

/**
 * An officer uploads the Lai Châu programme in Chromium, reviews it beside the source, and confirms.
 * The officer gives the document a number of its own ({@value #NUMBER}) before confirming, so the seed
 * programme 05-CTr/TU that other tests (and the demo) load is never replaced here.
 */
@TiendoTest
class ImportReviewBrowserTest extends BrowserTest {

    static final String NUMBER = "NVB-TRINH-DUYET/TU";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;



    @Test
    void officerUploadsReviewsAndConfirmsTheLaiChauProgramme(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(ImportReviewFlowTest.SEED);
        // 25.000 instead of 23.500 as "Đào tạo nghề"'s overall target: a row the reader warns about (line 178)
        Files.writeString(file, ImportReviewFlowTest.disagreeingSeed());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class); // a page being replaced while read

        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1600, 1000));
        TestUsers.TestUser owner = TestUsers.create(context, Role.PROGRAMME_OWNER, "12");
        TestUsers.login(browser, "http://localhost:" + port, owner.username(), owner.password());
        browser.get("http://localhost:" + port + "/");
        browser.findElement(By.linkText("Nhập văn bản")).click();
        wait.until(ExpectedConditions.titleContains("Nhập văn bản"));
        Path empty = Files.write(dir.resolve("rong.txt"), new byte[0]);
        browser.findElement(By.id("file")).sendKeys(empty.toString());
        browser.findElement(By.cssSelector("form.upload button[type=submit]")).click();
        wait.until(d -> !d.findElements(By.id("upload-error")).isEmpty());
        assertThat(browser.findElement(By.id("upload-error")).getText()).contains("rong.txt: tệp rỗng", "Chưa có gì được lưu");
        BrowserSupport.screenshot(browser, "upload-error");

        browser.findElement(By.id("file")).sendKeys(file.toString());
        browser.findElement(By.cssSelector("form.upload button[type=submit]")).click();
        wait.until(ExpectedConditions.titleContains("Xem lại"));

        WebElement indicators = browser.findElement(By.id("indicators"));
        assertThat(indicators.getText()).contains("Trường đạt chuẩn quốc gia", "72,6", "81,2", "Sở Giáo dục và Đào tạo");
        assertThat(browser.findElement(By.id("tasks")).getText()).contains("B.I.1", "Ban Tuyên giáo và Dân vận Tỉnh ủy");
        assertThat(browser.findElement(By.id("unit-name")).getText()).contains("Tỉnh Lai Châu");
        assertThat(browser.findElement(By.id("canh-bao")).getText()).contains("dòng 178", "25.000");
        // the warned row is highlighted, the inferred body is marked
        assertThat(browser.findElement(By.cssSelector("#indicators tr.warned")).getText()).contains("Đào tạo nghề", "dòng 178");
        assertThat(browser.findElement(By.cssSelector("#indicators .inferred")).getAttribute("title")).contains("suy ra từ dòng trên");
        assertThat(programmesNumbered(NUMBER)).as("not saved before confirming").isZero();

        // the officer numbers the document as its own (the header form reloads the page)
        WebElement number = browser.findElement(By.cssSelector("#thong-tin input[name=so-hieu]"));
        assertThat(number.getAttribute("value")).isEqualTo("05-CTr/TU");
        number.clear();
        number.sendKeys(NUMBER);
        browser.findElement(By.cssSelector("#thong-tin button[type=submit]")).click();
        wait.until(d -> d.findElement(By.tagName("h1")).getText().contains(NUMBER));
        assertThat(browser.findElement(By.cssSelector("#thong-tin input[name=so-hieu]")).getAttribute("value")).isEqualTo(NUMBER);

        // "dòng 170" jumps to the source line and highlights it
        browser.findElement(By.cssSelector("#hang-c0 td.src a")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("#L170"));
        assertThat(browser.findElement(By.id("L170")).getText()).contains("Trường đạt chuẩn quốc gia");
        assertThat(browser.findElement(By.id("L170")).getCssValue("background-color")).isNotEqualTo("rgba(0, 0, 0, 0)");

        // htmx: "Sửa" turns the row into inputs in place
        browser.findElement(By.cssSelector("#hang-c0 a.button")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#hang-c0 input[name=nam-2026]")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("#hang-c0 input[name=nam-2026]")).getAttribute("value")).isEqualTo("72,6");
        BrowserSupport.screenshot(browser, "review-edit");
        browser.findElement(By.cssSelector("#hang-c0")).findElement(By.linkText("Thôi")).click();
        wait.until(d -> d.findElements(By.cssSelector("#hang-c0 input[name=nam-2026]")).isEmpty());
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "window.scrollTo(0, 0); document.querySelectorAll('.table-scroll').forEach(e => e.scrollLeft = 0)");
        BrowserSupport.screenshot(browser, "review");

        // "Bỏ" asks first (htmx confirm), then the row is gone and the page stays where it was
        int tasks = browser.findElements(By.cssSelector("#tasks tr[id^=hang-n]")).size();
        String lastTask = "hang-n" + (tasks - 1);
        browser.findElement(By.id(lastTask)).findElement(By.cssSelector("button.danger")).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(d -> d.findElements(By.cssSelector("#tasks tr[id^=hang-n]")).size() == tasks - 1);
        assertThat(browser.findElement(By.id("nhiem-vu")).getText()).contains("Nhiệm vụ (" + (tasks - 1) + ")");

        browser.findElement(By.id("confirm")).click();
        wait.until(ExpectedConditions.titleContains("Đã lưu"));
        WebElement saved = browser.findElement(By.id("saved"));
        assertThat(saved.getText()).contains(NUMBER, "Tỉnh Lai Châu", "12 chỉ tiêu", (tasks - 1) + " nhiệm vụ");
        assertThat(browser.findElement(By.linkText("Xem chương trình")).getAttribute("href")).matches(".*/chuong-trinh/\\d+");
        BrowserSupport.screenshot(browser, "imported");
        assertThat(programmesNumbered(NUMBER)).isEqualTo(1);
    }

    int programmesNumbered(String number) {
        return jdbc.sql("SELECT count(*) FROM programme p JOIN org_unit u ON u.id = p.org_unit_id"
                + " WHERE p.number = ? AND u.code = '12'").param(number).query(Integer.class).single();
    }
}
