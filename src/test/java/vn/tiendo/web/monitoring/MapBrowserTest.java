package vn.tiendo.web.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.tiendo.MutableClock;
import vn.tiendo.TiendoTest;
import vn.tiendo.audit.CurrentActor;
import vn.tiendo.demo.DemoValueGenerator;
import vn.tiendo.monitoring.LaiChauProgramme;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.security.Role;
import vn.tiendo.security.TestUsers;
import vn.tiendo.web.BrowserSupport;
import vn.tiendo.web.BrowserTest;

/** The map of Lai Châu's communes on the dashboard (hover, click through) and on the public page with its downloads. */
@TiendoTest
class MapBrowserTest extends BrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    DemoValueGenerator demo;
    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;

    @Test
    void theDashboardMapShowsACommuneOnHoverAndOpensItOnClick() throws Exception {
        long id = programmes.save(LaiChauProgramme.document("MAPB1-CTr/TU"), null, false);
        demo.generate(id, 2026);
        TestUsers.TestUser viewer = TestUsers.create(context, Role.VIEWER, "12");
        TestUsers.login(browser, base(), viewer.username(), viewer.password());
        browser.get(base() + "/chuong-trinh/" + id + "?nam=2026");
        waitForMap("map");
        assertThat(browser.findElements(By.cssSelector("#chart-map canvas"))).isNotEmpty();
        assertThat(browser.findElement(By.id("map-legend")).getText()).contains("Đạt", "Chậm", "Chưa có số liệu");
        BrowserSupport.screenshot(browser, "map-lai-chau-status");

        browser.findElement(By.id("map-decal")).click();
        waitForMap("map");
        assertThat(browser.findElement(By.id("map-legend")).getText()).contains("chấm");
        browser.findElement(By.id("map-mode")).click();
        waitForMap("map");
        assertThat(browser.findElement(By.id("map-legend")).getText()).contains("Tô màu theo giá trị");
        BrowserSupport.screenshot(browser, "map-lai-chau-value");

        WebElement canvas = browser.findElement(By.cssSelector("#chart-map canvas"));
        @SuppressWarnings("unchecked")
        List<Number> point = (List<Number>) ((JavascriptExecutor) browser).executeScript("return window.tiendoMapPoint('03390');");
        assertThat(point).as("Xã Bình Lư is drawn").isNotNull();
        int x = (int) Math.round(point.get(0).doubleValue() - canvas.getSize().getWidth() / 2.0);
        int y = (int) Math.round(point.get(1).doubleValue() - canvas.getSize().getHeight() / 2.0);
        new Actions(browser).moveToElement(canvas, x, y).perform();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("chart-map")).getText().contains("Xã Bình Lư"));
        assertThat(browser.findElement(By.id("chart-map")).getText()).contains("Thực hiện", "So với", "Tình trạng");
        BrowserSupport.screenshot(browser, "map-lai-chau-hover");
        new Actions(browser).moveToElement(canvas, x, y).click().perform();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getTitle().contains("Xã Bình Lư"));
        assertThat(browser.getCurrentUrl()).contains("don-vi=03390");
        TestUsers.logout(browser);
    }

    @Test
    void thePublicPageShowsChartsMapAndDownloads() throws Exception {
        clock.setDate(LocalDate.of(2026, 9, 1));
        long id = programmes.save(LaiChauProgramme.document("MAPB2-CTr/TU"), null, false);
        demo.generate(id, 2026);
        CurrentActor.runAs("test", () -> {
            programmes.setPublished(id, true);
            return null;
        });
        browser.get(base() + "/cong-khai/chuong-trinh/" + id + "/");
        waitForMap("map");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
                "true".equals(d.findElement(By.id("public-charts")).getDomAttribute("data-ready")));
        assertThat(browser.findElements(By.cssSelector("#public-charts canvas"))).hasSizeGreaterThanOrEqualTo(6);
        assertThat(browser.findElement(By.id("summary")).getText()).matches("(?s)\\d+ trong 7 chỉ tiêu đạt tiến độ năm 2026.*");
        assertThat(browser.findElement(By.id("download-csv")).getDomAttribute("href")).endsWith("/du-lieu.csv");
        assertThat(browser.findElement(By.id("download-json")).getDomAttribute("href")).endsWith("/du-lieu.json");
        assertThat(browser.findElement(By.id("demo-label")).getText()).contains("Dữ liệu minh họa");
        BrowserSupport.screenshot(browser, "public-programme-map");
    }

    private void waitForMap(String mode) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement el = d.findElement(By.id("chart-map"));
            return "true".equals(el.getDomAttribute("data-ready")) && mode.equals(el.getDomAttribute("data-mode"));
        });
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
