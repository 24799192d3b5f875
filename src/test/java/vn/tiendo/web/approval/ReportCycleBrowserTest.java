package vn.tiendo.web.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;
import vn.tiendo.audit.CurrentActor;
import vn.tiendo.entry.EntryFixtures;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.security.Role;
import vn.tiendo.security.TestUsers;
import vn.tiendo.web.BrowserSupport;
import vn.tiendo.web.BrowserTest;

/**
 * Issue 10 in a real browser: the commune fills and submits; the province returns it with a comment; the commune fixes
 * and resubmits; the province approves; the commune's form is read-only; the completeness page shows it approved.
 * Screenshots are kept in target/screenshots (report-cycle-*.png).
 */
@TiendoTest
class ReportCycleBrowserTest extends BrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    JdbcClient jdbc;

    String base;
    WebDriverWait wait;

    void login(TestUsers.TestUser user) {
        browser.manage().deleteAllCookies();
        TestUsers.login(browser, base, user.username(), user.password());
    }

    void shot(String name) throws Exception {
        assertThat(Files.size(BrowserSupport.screenshot(browser, "report-cycle-" + name))).isGreaterThan(10_000);
    }

    void click(String id) {
        browser.findElement(By.id(id)).click();
    }

    String state() {
        return browser.findElement(By.id("state")).getText();
    }

    @Test
    void submitReturnResubmitApproveThenReadOnlyAndApprovedInCompleteness() throws Exception {
        base = "http://localhost:" + port;
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        EntryFixtures.Saved p = CurrentActor.runAs("test", () -> EntryFixtures.laiChau(programmes, jdbc));
        TestUsers.TestUser commune = TestUsers.create(context, Role.REPORTER, "03390");
        TestUsers.TestUser province = TestUsers.create(context, Role.APPROVER, "12");
        String entry = base + "/nhap-lieu/" + p.id() + "/03390/2026S1";
        String report = base + "/bao-cao/" + p.id() + "/03390/2026S1";

        login(commune);
        browser.get(entry);
        browser.findElement(By.cssSelector("input[aria-label='Số liệu I.1']")).sendKeys("71,9");
        click("save");
        wait.until(d -> d.findElement(By.id("entry-message")).getText().startsWith("Đã lưu"));
        click("period-report");
        wait.until(d -> d.getTitle().startsWith("Báo cáo kỳ"));
        browser.findElement(By.id("n-results")).sendKeys("Hai trường được công nhận đạt chuẩn quốc gia.");
        click("save-narrative");
        wait.until(d -> d.findElement(By.id("message")).getText().equals("Đã lưu nội dung báo cáo."));
        click("submit");
        wait.until(d -> !d.findElements(By.id("error")).isEmpty());
        assertThat(browser.findElement(By.id("error")).getText()).contains("còn thiếu", "chỉ tiêu I.2 chưa có số liệu");
        browser.findElement(By.id("reason")).sendKeys("Các chỉ tiêu còn lại tổng hợp vào báo cáo năm");
        click("submit");
        wait.until(d -> state().equals("Đã gửi"));
        shot("1-submitted");

        login(province);
        browser.get(report);
        browser.findElement(By.id("return-comment")).sendKeys("Bổ sung nguyên nhân chưa đạt chỉ tiêu I.1");
        click("return");
        wait.until(d -> state().equals("Trả lại"));
        shot("2-returned");

        login(commune);
        browser.get(report);
        assertThat(browser.findElement(By.id("comment")).getText()).contains("Bổ sung nguyên nhân chưa đạt chỉ tiêu I.1");
        assertThat(browser.findElement(By.id("notification-count")).getText()).isEqualTo("Thông báo (1)");
        browser.findElement(By.id("n-shortcomings")).sendKeys("Thiếu phòng học do vốn phân bổ chậm.");
        click("save-narrative");
        wait.until(d -> d.findElement(By.id("message")).getText().equals("Đã lưu nội dung báo cáo."));
        browser.findElement(By.id("reason")).sendKeys("Đã bổ sung nguyên nhân");
        click("submit");
        wait.until(d -> state().equals("Đã gửi"));

        login(province);
        browser.get(report);
        click("approve");
        wait.until(d -> state().equals("Đã duyệt"));
        assertThat(browser.findElement(By.id("locked")).getText()).contains("Đã được " + province.username() + " phê duyệt lúc");
        assertThat(browser.findElements(By.cssSelector("#history tbody tr"))).hasSize(6);   // save, submit, return, save, submit, approve
        shot("3-approved");

        login(commune);
        browser.get(entry);
        WebElement value = browser.findElement(By.cssSelector("input[aria-label='Số liệu I.1']"));
        assertThat(value.isEnabled()).isFalse();
        assertThat(browser.findElement(By.id("save")).isEnabled()).isFalse();
        assertThat(browser.findElement(By.id("entry-locked")).getText()).contains(province.username(), "đã khóa");
        assertThat(browser.findElements(By.cssSelector("form.entry-upload"))).isEmpty();
        shot("4-read-only");

        login(province);
        browser.get(base + "/bao-cao/" + p.id() + "/2026S1/tinh-hinh?unit=12");
        WebElement binhLu = browser.findElement(By.cssSelector("#units li[data-code='03390']"));
        assertThat(binhLu.getAttribute("data-state")).isEqualTo("approved");
        assertThat(binhLu.getText()).contains("Xã Bình Lư · Đã duyệt");
        assertThat(browser.findElement(By.id("approved")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("expected")).getText()).isEqualTo("38");
        shot("5-completeness");
    }
}
