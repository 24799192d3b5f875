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
import vn.tiendo.monitoring.ProgrammeIndicators;
import vn.tiendo.monitoring.TestValues;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.security.Role;
import vn.tiendo.security.TestUsers;
import vn.tiendo.storage.OrgUnitRepository;
import vn.tiendo.web.BrowserSupport;
import vn.tiendo.web.BrowserTest;

/** The home page's map of the 34 provinces for a national programme: drawn, hovered, a click opens the province. */
@TiendoTest
class NationalMapBrowserTest extends BrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    ProgrammeIndicators indicators;
    @Autowired
    OrgUnitRepository units;
    @Autowired
    TestValues values;
    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;

    @Test
    void theHomePageDrawsTheProvincesOfANationalProgramme() throws Exception {
        clock.setDate(LocalDate.of(2026, 9, 1));
        long id = NationalMapTest.nationalProgramme(programmes, indicators, units, values, "NATB1-CTr/CP");
        TestUsers.TestUser viewer = TestUsers.create(context, Role.VIEWER, "VN");
        TestUsers.login(browser, base(), viewer.username(), viewer.password());
        browser.get(base() + "/");
        waitForMap();
        String training = "/api/v1/dashboard/indicators/" + indicators.of(id).get(5).id() + "/map?unit=VN&year=2026";
        ((JavascriptExecutor) browser).executeScript("var s = document.getElementById('map-indicator'); s.value = arguments[0];"
                + " s.dispatchEvent(new Event('change'));", training);
        waitForMap();
        assertThat(browser.findElements(By.cssSelector("#chart-map canvas"))).isNotEmpty();
        assertThat(browser.findElement(By.id("map-legend")).getText()).contains("Chưa có số liệu (31)");
        BrowserSupport.screenshot(browser, "home-national-map");

        WebElement canvas = browser.findElement(By.cssSelector("#chart-map canvas"));
        @SuppressWarnings("unchecked")
        List<Number> point = (List<Number>) ((JavascriptExecutor) browser).executeScript("return window.tiendoMapPoint('12');");
        assertThat(point).as("Lai Châu is drawn").isNotNull();
        int x = (int) Math.round(point.get(0).doubleValue() - canvas.getSize().getWidth() / 2.0);
        int y = (int) Math.round(point.get(1).doubleValue() - canvas.getSize().getHeight() / 2.0);
        new Actions(browser).moveToElement(canvas, x, y).perform();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("chart-map")).getText().contains("Lai Châu"));
        assertThat(browser.findElement(By.id("chart-map")).getText()).contains("Thực hiện: 300");
        BrowserSupport.screenshot(browser, "home-national-map-hover");
        new Actions(browser).moveToElement(canvas, x, y).click().perform();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("don-vi=12"));
        assertThat(browser.getCurrentUrl()).contains("/chuong-trinh/" + id + "/chi-tieu/");
        TestUsers.logout(browser);
    }

    private void waitForMap() {
        new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement el = d.findElement(By.id("chart-map"));
            return "true".equals(el.getDomAttribute("data-ready")) && "map".equals(el.getDomAttribute("data-mode"));
        });
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
