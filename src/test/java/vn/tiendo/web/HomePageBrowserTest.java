package vn.tiendo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.tiendo.TiendoTest;
import vn.tiendo.security.Role;
import vn.tiendo.security.TestUsers;

@TiendoTest
class HomePageBrowserTest extends BrowserTest {


    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;


    /** Unit pages need a login: a viewer of the whole country. */
    @BeforeEach
    void logIn() {
        if (!loggedIn) {
            TestUsers.TestUser viewer = TestUsers.create(context, Role.VIEWER, "VN");
            TestUsers.login(browser, "http://localhost:" + port, viewer.username(), viewer.password());
            loggedIn = true;
        }
    }

    static boolean loggedIn;


    @Test
    void officerOpensLaiChauAndSeesBinhLu() throws Exception {
        String number = "HP-" + java.util.UUID.randomUUID().toString().substring(0, 6) + "-CTr/TU";
        long programme = vn.tiendo.security.TestProgrammes.save(context, "12", number, false);
        browser.get("http://localhost:" + port + "/");
        assertThat(browser.getTitle()).contains("Tiến Độ");
        assertThat(browser.findElements(By.cssSelector("#provinces tbody tr"))).hasSize(34);
        Path home = BrowserSupport.screenshot(browser, "home");
        assertThat(Files.size(home)).isGreaterThan(10_000);

        browser.findElement(By.linkText("Tỉnh Lai Châu")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.titleContains("Lai Châu"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Tỉnh Lai Châu");
        // the unit's own programmes are listed and lead to their dashboards
        assertThat(browser.findElement(By.id("unit-programmes")).getText()).contains(number);
        assertThat(browser.findElement(By.linkText(number)).getAttribute("href")).endsWith("/chuong-trinh/" + programme);
        assertThat(browser.findElements(By.cssSelector("#children tbody tr"))).hasSize(38);
        assertThat(browser.findElement(By.id("children")).getText()).contains("Xã Bình Lư");
        BrowserSupport.screenshot(browser, "lai-chau");

        // htmx search narrows the list without reloading the page
        WebElement search = browser.findElement(By.name("q"));
        search.sendKeys("binh lu");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector("#children tbody tr")).size() == 1);
        assertThat(browser.findElement(By.id("children")).getText()).contains("03390", "Xã Bình Lư");
        BrowserSupport.screenshot(browser, "lai-chau-search");

        browser.findElement(By.linkText("Xã Bình Lư")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.titleContains("Bình Lư"));
        assertThat(browser.findElement(By.cssSelector("nav.crumbs")).getText()).contains("Tỉnh Lai Châu");
    }

    @Test
    void healthIsUp() {
        browser.get("http://localhost:" + port + "/actuator/health");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("\"status\":\"UP\"");
    }

    @Test
    void unknownUnitGivesAVietnameseNotFoundPage() {
        browser.get("http://localhost:" + port + "/don-vi/99999");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Không tìm thấy");
    }
}
