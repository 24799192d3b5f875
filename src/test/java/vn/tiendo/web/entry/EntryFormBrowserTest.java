package vn.tiendo.web.entry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.security.Role;
import vn.tiendo.security.TestUsers;
import vn.tiendo.TiendoTest;
import vn.tiendo.entry.DataValueRepository;
import vn.tiendo.entry.EntryFixtures;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.web.BrowserSupport;
import vn.tiendo.web.BrowserTest;

@TiendoTest
class EntryFormBrowserTest extends BrowserTest {


    @LocalServerPort
    int port;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    DataValueRepository values;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;



    @Test
    void anOfficerOfBinhLuEntersSeventyOneCommaNineAndSeesItStored() throws Exception {
        EntryFixtures.Saved p = EntryFixtures.laiChau(programmes, jdbc);
        TestUsers.TestUser officer = TestUsers.create(context, Role.REPORTER, "03390");
        TestUsers.login(browser, "http://localhost:" + port, officer.username(), officer.password());
        browser.get("http://localhost:" + port + "/nhap-lieu");
        new Select(browser.findElement(By.name("programme"))).selectByValue(Long.toString(p.id()));
        // the officer's own commune is already chosen (issue 14: my unit first), by name, never by code
        assertThat(browser.findElement(By.id("unit-input")).getAttribute("value")).isEqualTo("Xã Bình Lư");
        WebElement period = browser.findElement(By.name("period"));
        period.clear();
        period.sendKeys("2026");
        browser.findElement(By.cssSelector("form.entry-choose button")).click();

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(d -> d.getTitle().contains("Xã Bình Lư"));
        assertThat(browser.findElement(By.id("unit-name")).getText()).isEqualTo("Xã Bình Lư");
        WebElement value = browser.findElement(By.cssSelector("input[aria-label='Số liệu I.1']"));
        value.sendKeys("71,9");
        new Select(browser.findElement(By.cssSelector("select[aria-label='Số liệu I.4']"))).selectByVisibleText("Chưa đạt");
        browser.findElement(By.id("save")).click();

        wait.until(d -> d.findElements(By.id("entry-message")).stream().anyMatch(e -> e.getText().startsWith("Đã lưu")));
        assertThat(browser.findElement(By.id("entry-message")).getText()).isEqualTo("Đã lưu 2 số liệu (2 mới, 0 sửa).");
        assertThat(browser.findElement(By.cssSelector("td.current[data-code='I.1']")).getText()).contains("71,9", "lưu").doesNotContain("phiên bản");
        Path shot = BrowserSupport.screenshot(browser, "entry-binh-lu-saved");
        assertThat(Files.size(shot)).isGreaterThan(10_000);
        long binhLu = EntryFixtures.unitId(jdbc, "03390");
        assertThat(values.find(p.indicator("I.1"), binhLu, "2026").orElseThrow().value()).isEqualByComparingTo("71.9");
        assertThat(values.find(p.indicator("I.4"), binhLu, "2026").orElseThrow().text()).isEqualTo("Chưa đạt");

        // an ambiguous number is refused next to its field, in Vietnamese
        WebElement again = browser.findElement(By.cssSelector("input[aria-label='Số liệu I.3']"));
        again.sendKeys("1.5");
        browser.findElement(By.id("save")).click();
        wait.until(d -> !d.findElements(By.cssSelector(".field-error")).isEmpty());
        assertThat(browser.findElement(By.cssSelector(".field-error")).getText()).contains("không rõ nghĩa", "1,5");
        BrowserSupport.screenshot(browser, "entry-binh-lu-error");
    }
}
