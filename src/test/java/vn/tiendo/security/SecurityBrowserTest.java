package vn.tiendo.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;
import vn.tiendo.web.BrowserSupport;

/** The scenarios of issue 4 in a real Chromium: commune officer, provincial inspector, public, lockout. */
@TiendoTest
class SecurityBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    WebDriver browser;

    @BeforeEach
    void open() {
        browser = BrowserSupport.chromium();
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    String base() {
        return "http://localhost:" + port;
    }

    String body() {
        return browser.findElement(By.tagName("body")).getText();
    }

    @Test
    void aBinhLuReporterCannotOpenTaTongButSeesBinhLu() throws Exception {
        TestUsers.TestUser reporter = TestUsers.create(context, Role.REPORTER, "03390");
        TestUsers.login(browser, base(), reporter.username(), reporter.password());
        browser.get(base() + "/don-vi/03390");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Xã Bình Lư");
        assertThat(browser.findElement(By.id("user-menu")).getText()).isEqualTo(reporter.username());

        browser.get(base() + "/don-vi/03463");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Không có quyền truy cập");
        assertThat(body()).contains("Bạn không có quyền xem Xã Tà Tổng (mã 03463)",
                "chỉ được giao quyền trên: Xã Bình Lư (cán bộ báo cáo)");
        assertThat(body()).doesNotContain("Đơn vị trực thuộc");
        BrowserSupport.screenshot(browser, "security-refused-ta-tong");
    }

    @Test
    void aLaiChauInspectorSeesBothCommunesAndCannotSave() throws Exception {
        long plan = TestProgrammes.save(context, "03390", "B-" + UUID.randomUUID().toString().substring(0, 6) + "-KH/ĐU", false);
        TestUsers.TestUser inspector = TestUsers.create(context, Role.INSPECTOR, "12");
        TestUsers.login(browser, base(), inspector.username(), inspector.password());
        browser.get(base() + "/don-vi/03390");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Xã Bình Lư");
        browser.get(base() + "/don-vi/03463");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Xã Tà Tổng");
        browser.get(base() + "/nhat-ky?unit=03390");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Nhật ký thay đổi");

        // the inspector sends a form with a valid CSRF token to publish a programme of Bình Lư
        ((JavascriptExecutor) browser).executeScript("""
                const f = document.createElement('form'); f.method = 'post'; f.action = arguments[0];
                for (const [k, v] of [['published', 'true'], ['_csrf', document.querySelector('meta[name=_csrf]').content]]) {
                  const i = document.createElement('input'); i.type = 'hidden'; i.name = k; i.value = v; f.appendChild(i); }
                document.body.appendChild(f); f.submit();""", "/cong-khai/chuong-trinh/" + plan + "/cong-bo");
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains("/cong-bo"));
        assertThat(body()).contains("Không có quyền truy cập", "Bạn không có quyền quản lý chương trình của Xã Bình Lư");
        assertThat(jdbc.sql("SELECT published FROM programme WHERE id = ?").param(plan).query(Boolean.class).single()).isFalse();
        BrowserSupport.screenshot(browser, "security-inspector-refused");
    }

    @Test
    void thePublicSeesAPublishedProgrammeWithoutLogin() throws Exception {
        String number = "P-" + UUID.randomUUID().toString().substring(0, 6) + "-KH/ĐU";
        long id = TestProgrammes.save(context, "03390", number, true);
        browser.get(base() + "/cong-khai");
        browser.findElement(By.linkText(number)).click();
        assertThat(browser.getCurrentUrl()).endsWith("/cong-khai/chuong-trinh/" + id);
        assertThat(browser.findElement(By.id("indicators")).getText())
                .contains("Trường đạt chuẩn quốc gia", "71,9 (2025)", "2026: 72,6", "2030: 81,2");
        assertThat(browser.findElement(By.id("tasks")).getText()).contains("Xây dựng, ban hành Kế hoạch tuyên truyền");
        assertThat(body()).contains("Xã Bình Lư").doesNotContain("test").contains("Đăng nhập");
        BrowserSupport.screenshot(browser, "public-programme");
    }

    @Test
    void fiveWrongPasswordsLockTheAccount() throws Exception {
        TestUsers.TestUser user = TestUsers.create(context, Role.VIEWER, "03390");
        for (int i = 1; i <= 5; i++) {
            browser.get(base() + "/dang-nhap");
            browser.findElement(By.id("username")).sendKeys(user.username());
            browser.findElement(By.id("password")).sendKeys("sai-mat-khau-" + i);
            BrowserSupport.submitAndWaitForNextPage(browser, By.cssSelector("form.login button"));
            if (i < 5) {
                assertThat(browser.findElement(By.id("login-error")).getText()).contains("không đúng");
            }
        }
        assertThat(browser.findElement(By.id("login-locked")).getText()).contains("tạm thời bị khóa 15 phút");
        // even the right password is refused while locked
        browser.findElement(By.id("username")).sendKeys(user.username());
        browser.findElement(By.id("password")).sendKeys(user.password());
        BrowserSupport.submitAndWaitForNextPage(browser, By.cssSelector("form.login button"));
        assertThat(browser.findElement(By.id("login-locked")).isDisplayed()).isTrue();
        assertThat(browser.getCurrentUrl()).contains("/dang-nhap?khoa");
        BrowserSupport.screenshot(browser, "login-locked");

        assertThat(jdbc.sql("SELECT locked_until > now() + interval '14 minutes' FROM app_user WHERE id = ?")
                .param(user.id()).query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("SELECT action FROM audit_event WHERE object_type = 'user' AND object_id = ? ORDER BY id")
                .param(Long.toString(user.id())).query(String.class).list())
                .containsSubsequence("LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOCK", "LOGIN_FAILED");
    }
}
