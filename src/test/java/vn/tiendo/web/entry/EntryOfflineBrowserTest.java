package vn.tiendo.web.entry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;
import vn.tiendo.audit.CurrentActor;
import vn.tiendo.dataapproval.ApprovalService;
import vn.tiendo.entry.DataValueRepository;
import vn.tiendo.entry.DataValueService;
import vn.tiendo.entry.EntryFixtures;
import vn.tiendo.entry.ExpectedVersion;
import vn.tiendo.entry.Field;
import vn.tiendo.entry.StoredValue;
import vn.tiendo.entry.ValueInput;
import vn.tiendo.programme.Period;
import vn.tiendo.programme.VietnameseNumber;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.security.Role;
import vn.tiendo.security.TestUsers;
import vn.tiendo.web.BrowserSupport;
import vn.tiendo.web.BrowserTest;

/**
 * The entry form on a weak connection (issue 14, item 4): what the officer types is kept on the device when the
 * connection drops or the session expires, said plainly, and sent when they are back; the server's optimistic locking
 * decides conflicts (shown side by side), and an approved report refuses the replay with the typed values kept.
 * Each test owns a fresh programme (Xã Bình Lư, 2026).
 */
@TiendoTest
class EntryOfflineBrowserTest extends BrowserTest {

    static final String OFFLINE = "Mất kết nối — số liệu bạn nhập đã được giữ trên máy này và sẽ gửi khi có mạng trở lại";

    @LocalServerPort
    int port;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    DataValueRepository values;
    @Autowired
    DataValueService service;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    EntryFixtures.Saved p;
    long binhLu;
    TestUsers.TestUser officer;
    String form;
    WebDriverWait wait;

    @BeforeEach
    void officerOfBinhLu() {
        p = EntryFixtures.laiChau(programmes, jdbc);
        binhLu = EntryFixtures.unitId(jdbc, "03390");
        officer = TestUsers.create(context, Role.REPORTER, "03390");
        form = "http://localhost:" + port + "/nhap-lieu/" + p.id() + "/03390/2026";
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        browser.manage().deleteAllCookies();
        TestUsers.login(browser, "http://localhost:" + port, officer.username(), officer.password());
        browser.get(form);
    }

    @AfterEach
    void backOnline() {
        network().deleteNetworkConditions();
        browser.manage().window().setSize(new Dimension(1280, 1000));
        ((JavascriptExecutor) browser).executeScript("localStorage.clear()");
    }

    @Test
    void valuesTypedOfflineAreKeptSaidPlainlyAndSentWhenTheConnectionIsBack() throws Exception {
        offline();
        input("I.1").sendKeys("71,9");
        input("I.3").sendKeys("4.700");
        browser.findElement(By.id("save")).click();
        WebElement banner = waitForBanner();
        assertThat(banner.getAttribute("role")).isEqualTo("status");
        assertThat(banner.getAttribute("aria-live")).isEqualTo("polite");
        assertThat(browser.findElement(By.id("offline-text")).getText()).isEqualTo(OFFLINE);
        assertThat(kept()).contains("71,9", "4.700");
        browser.manage().window().setSize(new Dimension(360, 740));
        ((JavascriptExecutor) browser).executeScript("document.getElementById('offline-banner').scrollIntoView()");
        BrowserSupport.screenshot(browser, "entry-offline-banner-360x740");
        assertThat(BrowserSupport.seriousAccessibilityViolations(browser)).isEqualTo("[]");
        assertThat(values.find(p.indicator("I.1"), binhLu, "2026")).isEmpty();

        closeTheTabWhileOffline();  // the page is gone, the values are not: the form offers them again
        network().deleteNetworkConditions();
        browser.get(form);
        wait.withMessage(() -> "kept: " + kept() + " url " + browser.getCurrentUrl() + " input " + input("I.1").getAttribute("value")
                        + " db " + values.find(p.indicator("I.1"), binhLu, "2026"))
                .until(d -> d.findElement(By.id("draft-offer")).isDisplayed());
        assertThat(input("I.1").getAttribute("value")).isEmpty();
        browser.findElement(By.id("draft-restore")).click();
        assertThat(input("I.1").getAttribute("value")).isEqualTo("71,9");
        assertThat(input("I.3").getAttribute("value")).isEqualTo("4.700");

        offline();
        browser.findElement(By.id("save")).click();
        waitForBanner();
        network().deleteNetworkConditions();  // the `online` event sends what was kept
        waitForMessage("Đã lưu 2 số liệu (2 mới, 0 sửa).");
        assertThat(browser.findElement(By.id("offline-banner")).isDisplayed()).isFalse();
        assertThat(kept()).isNull();
        assertThat(values.find(p.indicator("I.1"), binhLu, "2026").orElseThrow().value()).isEqualByComparingTo("71.9");
        assertThat(values.find(p.indicator("I.3"), binhLu, "2026").orElseThrow().value()).isEqualByComparingTo("4700");
        assertThat(browser.findElement(By.cssSelector("td.current[data-code='I.1']")).getText()).contains("71,9", officer.username());
        BrowserSupport.screenshot(browser, "entry-offline-sent-360x740");
    }

    /** The officer closes the form's tab while offline (a reload would only show Chromium's "no connection" page). */
    void closeTheTabWhileOffline() {
        String old = browser.getWindowHandle();
        browser.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        String fresh = browser.getWindowHandle();
        browser.switchTo().window(old).close();
        browser.switchTo().window(fresh);
        assertThat(browser.getWindowHandles()).containsExactly(fresh);
    }

    @Test
    void afterTheSessionExpiredTheOfficerSignsInAgainAndTheFormOffersTheKeptValues() throws Exception {
        input("I.5").sendKeys("3");
        browser.manage().deleteCookieNamed("JSESSIONID");
        browser.findElement(By.id("save")).click();
        waitForBanner();
        assertThat(browser.findElement(By.id("offline-text")).getText()).startsWith("Phiên đăng nhập đã hết hạn");
        assertThat(kept()).contains("\"v_" + p.indicator("I.5") + "\":\"3\"");
        BrowserSupport.screenshot(browser, "entry-offline-session-expired");

        browser.findElement(By.id("relogin")).click();
        wait.until(d -> d.getCurrentUrl().contains("/dang-nhap"));
        TestUsers.login(browser, "http://localhost:" + port, officer.username(), officer.password());
        browser.get(form);
        assertThat(input("I.5").getAttribute("value")).isEmpty();
        wait.until(d -> d.findElement(By.id("draft-offer")).isDisplayed());
        browser.findElement(By.id("draft-restore")).click();
        assertThat(input("I.5").getAttribute("value")).isEqualTo("3");
        browser.findElement(By.id("save")).click();
        waitForMessage("Đã lưu 1 số liệu (1 mới, 0 sửa).");
        assertThat(values.find(p.indicator("I.5"), binhLu, "2026").orElseThrow().value()).isEqualByComparingTo("3");
        assertThat(kept()).isNull();
    }

    @Test
    void aValueSavedMeanwhileBySomeoneElseIsShownSideBySideAndTheOfficerKeepsTheirs() throws Exception {
        offline();
        input("I.1").sendKeys("71,9");
        input("I.3").sendKeys("4.700");
        browser.findElement(By.id("save")).click();
        waitForBanner();
        CurrentActor.runAs("can-bo-khac", () -> service.save(List.of(valueOf("I.1", "70"))));

        network().deleteNetworkConditions();
        wait.until(d -> d.findElement(By.id("conflicts")).isDisplayed());
        assertThat(browser.findElement(By.id("entry-message")).getText()).contains("đã được người khác cập nhật", "Chưa lưu");
        WebElement row = browser.findElement(By.cssSelector("#conflict-rows tr[data-code='I.1']"));
        assertThat(row.findElement(By.cssSelector("td.mine")).getText()).isEqualTo("71,9");
        assertThat(row.findElement(By.cssSelector("td.theirs")).getText()).contains("70", "do can-bo-khac lưu lúc");
        assertThat(browser.findElements(By.cssSelector("#conflict-rows tr"))).hasSize(1);
        BrowserSupport.screenshot(browser, "entry-offline-conflict");
        assertThat(BrowserSupport.seriousAccessibilityViolations(browser)).isEqualTo("[]");
        assertThat(values.find(p.indicator("I.3"), binhLu, "2026")).isEmpty();

        browser.findElement(By.id("pick-mine-" + p.indicator("I.1"))).click();
        browser.findElement(By.id("conflict-apply")).click();
        waitForMessage("Đã lưu 2 số liệu (1 mới, 1 sửa).");
        StoredValue saved = values.find(p.indicator("I.1"), binhLu, "2026").orElseThrow();
        assertThat(saved.value()).isEqualByComparingTo("71.9");
        assertThat(saved.version()).isEqualTo(2);
        assertThat(saved.updatedBy()).isEqualTo(officer.username());
        assertThat(values.find(p.indicator("I.3"), binhLu, "2026").orElseThrow().value()).isEqualByComparingTo("4700");
        assertThat(browser.findElement(By.id("conflicts")).isDisplayed()).isFalse();
    }

    @Test
    void aReplayAfterTheReportWasApprovedAndLockedIsRefusedAndTheTypedValuesStay() throws Exception {
        CurrentActor.runAs("xa-binh-lu", () -> service.save(List.of(valueOf("I.1", "70"))));
        browser.navigate().refresh();
        offline();
        input("I.1").clear();
        input("I.1").sendKeys("75");
        browser.findElement(By.id("save")).click();
        waitForBanner();
        ApprovalService approvals = context.getBean(ApprovalService.class);
        CurrentActor.runAs("xa-binh-lu", () -> approvals.submit(p.id(), "03390", "2026", "thử nghiệm gửi lại khi đã khóa"));
        CurrentActor.runAs("phe-duyet-tinh", () -> approvals.approve(p.id(), "03390", "2026"));

        network().deleteNetworkConditions();
        wait.until(d -> d.findElements(By.id("entry-message")).stream().anyMatch(e -> text(e).startsWith("Chưa lưu")));
        assertThat(browser.findElement(By.id("entry-message")).getText()).contains("phe-duyet-tinh", "khóa",
                "Số liệu bạn nhập vẫn được giữ trên máy này.");
        assertThat(input("I.1").getAttribute("value")).isEqualTo("75");
        assertThat(kept()).contains("\"v_" + p.indicator("I.1") + "\":\"75\"");
        assertThat(browser.findElement(By.id("offline-banner")).isDisplayed()).isFalse();
        BrowserSupport.screenshot(browser, "entry-offline-locked");
        StoredValue stored = values.find(p.indicator("I.1"), binhLu, "2026").orElseThrow();
        assertThat(stored.value()).isEqualByComparingTo("70");
        assertThat(stored.version()).isEqualTo(1);
    }

    ValueInput valueOf(String code, String raw) {
        return new ValueInput(p.indicator(code), binhLu, Period.year(2026), raw, VietnameseNumber.Policy.OFFICER, ExpectedVersion.none(),
                null, new Field("v", "Chỉ tiêu " + code));
    }

    HasNetworkConditions network() {
        return (HasNetworkConditions) browser;
    }

    void offline() {
        ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
        conditions.setOffline(true);
        network().setNetworkConditions(conditions);
    }

    WebElement input(String code) {
        return browser.findElement(By.cssSelector("input[aria-label='Số liệu " + code + "']"));
    }

    WebElement waitForBanner() {
        wait.until(d -> d.findElement(By.id("offline-banner")).isDisplayed());
        return browser.findElement(By.id("offline-banner"));
    }

    void waitForMessage(String expected) {
        wait.withMessage(() -> "message: " + browser.findElements(By.id("entry-message")).stream().map(EntryOfflineBrowserTest::text).toList()
                        + ", banner: " + browser.findElement(By.id("offline-text")).getText()
                        + ", online: " + ((JavascriptExecutor) browser).executeScript("return navigator.onLine"))
                .until(d -> d.findElements(By.id("entry-message")).stream().anyMatch(e -> expected.equals(text(e))));
    }

    String kept() {
        String key = "tiendo.nhap-lieu:" + officer.username() + ":" + p.id() + ":03390:2026";
        return (String) ((JavascriptExecutor) browser).executeScript("return localStorage.getItem(arguments[0])", key);
    }

    static String text(WebElement e) {
        try {
            return e.getText();
        } catch (StaleElementReferenceException stale) {
            return "";
        }
    }
}
