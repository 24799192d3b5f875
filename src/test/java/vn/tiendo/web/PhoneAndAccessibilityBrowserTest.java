package vn.tiendo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.MutableClock;
import vn.tiendo.TiendoTest;
import vn.tiendo.entry.EntryFixtures;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.security.Role;
import vn.tiendo.security.TestUsers;
import vn.tiendo.task.TaskFixtures;

/**
 * Issue 14, items 1, 2 and 5: every page type at 360 × 740 (a phone) without horizontal page scroll, with a screenshot,
 * and with no serious or critical axe-core violation; the unit is chosen by name with the keyboard.
 */
@TiendoTest
class PhoneAndAccessibilityBrowserTest extends BrowserTest {

    /** axe-core from the Maven Central webjar (org.webjars.npm:axe-core, test scope). */
    static final String AXE_RESOURCE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    static final int PHONE_WIDTH = 360;

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    final List<String> problems = new ArrayList<>();

    String base() {
        return "http://localhost:" + port;
    }

    @BeforeEach
    void phone() {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", PHONE_WIDTH, "height", 740, "deviceScaleFactor", 1, "mobile", true));
    }

    @AfterEach
    void desktop() {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        browser.manage().deleteAllCookies();
    }

    @Test
    void everyPageTypeFitsAPhoneAndHasNoSeriousOrCriticalAccessibilityViolation(@TempDir Path dir) throws Exception {
        clock.setDate(LocalDate.of(2026, 10, 15));
        EntryFixtures.Saved p = EntryFixtures.laiChau(programmes, jdbc);
        TaskFixtures.Plan plan = TaskFixtures.commune(context, "03390");
        check("/dang-nhap", "dang-nhap");
        check("/cong-khai", "cong-khai");
        programmes.setPublished(p.id(), true);
        check("/cong-khai/chuong-trinh/" + p.id(), "cong-khai-chuong-trinh");
        TestUsers.TestUser owner = TestUsers.create(context, Role.PROGRAMME_OWNER, "12");
        TestUsers.login(browser, base(), owner.username(), owner.password());
        check("/", "trang-chu");
        check("/viec-cua-toi", "viec-cua-toi");
        check("/chuong-trinh/" + p.id() + "?nam=2026", "bang-theo-doi");
        check("/chuong-trinh/" + p.id() + "/chi-tieu/" + p.indicator("I.1") + "?nam=2026", "chi-tieu");
        check("/nhap-lieu", "chon-bieu-nhap");
        check("/nhap-lieu/" + p.id() + "/03390/2026", "bieu-nhap");
        check("/chuong-trinh/" + plan.id() + "/nhiem-vu", "theo-doi-nhiem-vu");
        check("/bao-cao", "bao-cao-ky");
        Path file = Files.write(dir.resolve("05-CTr-TU.txt"), seed());
        browser.get(base() + "/nhap-van-ban");
        browser.findElement(By.id("file")).sendKeys(file.toString());
        BrowserSupport.submitAndWaitForNextPage(browser, By.cssSelector("form.upload button[type=submit]"));
        checkCurrent("xem-lai-van-ban");
        assertThat(problems).isEmpty();
    }

    @Test
    void anOfficerChoosesTheirCommuneByNameWithTheKeyboard() throws Exception {
        EntryFixtures.Saved p = EntryFixtures.laiChau(programmes, jdbc);
        TestUsers.TestUser officer = TestUsers.create(context, Role.REPORTER, "12");
        TestUsers.login(browser, base(), officer.username(), officer.password());
        browser.get(base() + "/nhap-lieu");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.name("programme"))).selectByValue(Long.toString(p.id()));
        WebElement unit = browser.findElement(By.id("unit-input"));
        assertThat(unit.getAttribute("role")).isEqualTo("combobox");
        assertThat(unit.getAttribute("value")).as("the officer's own unit comes first").isEqualTo("Tỉnh Lai Châu");
        unit.clear();
        unit.sendKeys("binh lu");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.ignoring(StaleElementReferenceException.class);
        wait.until(d -> d.findElements(By.cssSelector("[role=option]")).stream().anyMatch(o -> o.getText().equals("Xã Bình Lư")));
        assertThat(unit.getAttribute("aria-expanded")).isEqualTo("true");
        unit.sendKeys(Keys.ESCAPE);
        assertThat(unit.getAttribute("aria-expanded")).isEqualTo("false");
        unit.sendKeys(Keys.ARROW_DOWN);
        wait.until(d -> "true".equals(unit.getAttribute("aria-expanded")));
        unit.sendKeys(Keys.ARROW_DOWN);
        assertThat(browser.findElement(By.id(unit.getAttribute("aria-activedescendant"))).getText()).isEqualTo("Xã Bình Lư");
        BrowserSupport.screenshot(browser, "phone-chon-don-vi");
        unit.sendKeys(Keys.ENTER);
        assertThat(unit.getAttribute("value")).isEqualTo("Xã Bình Lư");
        assertThat(browser.findElement(By.cssSelector("input[type=hidden][name=unit]")).getAttribute("value")).isEqualTo("03390");
        BrowserSupport.submitAndWaitForNextPage(browser, By.cssSelector("form.entry-choose button"));
        assertThat(browser.getTitle()).contains("Xã Bình Lư");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("phiên bản");
    }

    @Test
    void everyRoleLandsOnTheirOwnWorkAndADashboardPrintsWithoutTheMenu() throws Exception {
        EntryFixtures.Saved p = EntryFixtures.laiChau(programmes, jdbc);
        for (Role role : Role.values()) {
            TestUsers.TestUser user = TestUsers.create(context, role, "03390");
            TestUsers.login(browser, base(), user.username(), user.password());
            assertThat(browser.getCurrentUrl()).as(role.name()).isEqualTo(base() + "/viec-cua-toi");
            assertThat(browser.findElement(By.id("my-unit")).getText()).as(role.name()).contains("Xã Bình Lư");
            browser.manage().deleteAllCookies();
        }
        TestUsers.TestUser viewer = TestUsers.create(context, Role.VIEWER, "12");
        TestUsers.login(browser, base(), viewer.username(), viewer.password());
        browser.get(base() + "/chuong-trinh/" + p.id() + "?nam=2026");
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(browser.findElement(By.cssSelector("header.topbar")).isDisplayed()).isFalse();
        assertThat(browser.findElements(By.cssSelector("main form")).stream().noneMatch(WebElement::isDisplayed)).isTrue();
        assertThat(browser.findElement(By.cssSelector("main table")).isDisplayed()).isTrue();
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }

    private void check(String path, String name) throws Exception {
        browser.get(base() + path);
        checkCurrent(name);
    }

    private void checkCurrent(String name) throws Exception {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "complete".equals(js.executeScript("return document.readyState")));
        long width = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
        if (width > PHONE_WIDTH) {
            problems.add(name + ": trang rộng " + width + " px > " + PHONE_WIDTH + " px: " + js.executeScript(WIDEST));
        }
        if (browser.getTitle().isBlank()) {
            problems.add(name + ": không có tiêu đề");
        }
        BrowserSupport.screenshot(browser, "phone-" + name);
        Object violations = js.executeAsyncScript(axe() + AXE_RUN);
        if (!"[]".equals(violations)) {
            problems.add(name + ": " + violations);
        }
    }

    /** The elements that stick out on the right, to name them when a page is too wide. */
    private static final String WIDEST = "return Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > "
            + PHONE_WIDTH + ").filter(e => !e.closest('table')).slice(0, 4).map(e => e.tagName + '.' + e.className + '#' + e.id"
            + " + ' ' + Math.round(e.getBoundingClientRect().width) + getComputedStyle(e).display).join(', ')";

    private static final String AXE_RUN = ";\nconst done = arguments[arguments.length - 1];"
            + "axe.run(document, {resultTypes: ['violations']}).then(r => done(JSON.stringify(r.violations"
            + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
            + ".map(v => v.impact + ' ' + v.id + ': ' + v.nodes.slice(0, 2).map(n => n.target.join(' ') + ' (' + n.failureSummary + ')').join(' | ')))));";

    private static String axeSource;

    private static String axe() throws Exception {
        if (axeSource == null) {
            try (InputStream in = PhoneAndAccessibilityBrowserTest.class.getResourceAsStream(AXE_RESOURCE)) {
                axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return axeSource;
    }

    private static byte[] seed() throws Exception {
        try (InputStream in = PhoneAndAccessibilityBrowserTest.class.getResourceAsStream("/reader/seeds/000_f08d51100ad4b942.txt")) {
            return in.readAllBytes();
        }
    }
}
