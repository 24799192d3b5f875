package vn.tiendo.web.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.junit.jupiter.api.BeforeEach;
import vn.tiendo.security.Role;
import vn.tiendo.security.TestUsers;
import vn.tiendo.TiendoTest;
import vn.tiendo.demo.DemoValueGenerator;
import vn.tiendo.monitoring.LaiChauProgramme;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.web.BrowserSupport;
import vn.tiendo.web.BrowserTest;

@TiendoTest
class ProgrammeDashboardBrowserTest extends BrowserTest {


    @LocalServerPort
    int port;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    DemoValueGenerator demo;
    @Autowired
    ApplicationContext context;
    static boolean loggedIn;

    /** A viewer with a nation-wide grant, logged in once for the class's browser. */
    @BeforeEach
    void login() {
        if (!loggedIn) {
            TestUsers.TestUser viewer = TestUsers.create(context, Role.VIEWER, "VN");
            TestUsers.login(browser, "http://localhost:" + port, viewer.username(), viewer.password());
            loggedIn = true;
        }
    }



    @Test
    void officerFollowsLaiChauProgrammeDownToItsCommunes() throws Exception {
        long id = programmes.save(LaiChauProgramme.document("WEB1-CTr/TU"), "000_f08d51100ad4b942.txt", false);
        demo.generate(id, 2026);

        browser.get("http://localhost:" + port + "/chuong-trinh");
        browser.findElement(By.linkText("WEB1-CTr/TU")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getTitle().contains("WEB1-CTr/TU"));
        browser.get(browser.getCurrentUrl() + "?nam=2026");
        assertThat(browser.findElement(By.id("demo-label")).getText()).contains("Dữ liệu minh họa");
        WebElement row = rowOf("Trường đạt chuẩn quốc gia");
        assertThat(row.findElement(By.cssSelector("td.target")).getText()).isEqualTo("72,6");
        assertThat(row.findElement(By.cssSelector(".badge")).getText()).isIn("Đạt", "Đúng tiến độ", "Có nguy cơ", "Chậm");
        assertThat(rowOf("Hoàn thành phổ cập giáo dục mầm non cho trẻ em từ 3 đến 5 tuổi").findElement(By.cssSelector("td.target")).getText())
                .isEqualTo("21 (8/38)");
        assertThat(rowOf("Hoàn thành phổ cập giáo dục mầm non cho trẻ em từ 3 đến 5 tuổi").findElement(By.cssSelector("td.actual")).getText())
                .matches("(?s)[0-9,]+ \\(\\d+/38\\).*");
        assertThat(rowOf("Đào tạo nghề").findElement(By.cssSelector("td.target")).getText()).isEqualTo("4.700");
        BrowserSupport.screenshot(browser, "monitoring-programme-lai-chau");

        row.findElement(By.linkText("Trường đạt chuẩn quốc gia")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("#children tbody tr")).size() == 38);
        assertThat(browser.findElement(By.id("children")).getText()).contains("Xã Bình Lư", "Xã Tà Tổng");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
                "true".equals(d.findElement(By.id("chart-children")).getAttribute("data-ready"))
                        && "true".equals(d.findElement(By.id("chart-series")).getAttribute("data-ready")));
        assertThat(browser.findElements(By.cssSelector("#chart-children canvas"))).isNotEmpty();
        BrowserSupport.screenshot(browser, "monitoring-indicator-communes");

        browser.findElement(By.linkText("Xã Bình Lư")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getTitle().contains("Xã Bình Lư"));
        assertThat(browser.findElement(By.cssSelector("nav.crumbs")).getText()).contains("Tỉnh Lai Châu");

        browser.get("http://localhost:" + port + "/chuong-trinh/" + id + "/ban-do-nhiet?nam=2026");
        List<WebElement> communes = browser.findElements(By.cssSelector("#heatmap tbody tr"));
        assertThat(communes).hasSize(38);
        assertThat(browser.findElements(By.cssSelector("#heatmap td.status-none, #heatmap td.status-ok, #heatmap td.status-late,"
                + " #heatmap td.status-risk, #heatmap td.status-track"))).hasSize(38 * 7);
        BrowserSupport.screenshot(browser, "monitoring-heatmap");
        communes.get(0).findElement(By.cssSelector("td.cell a")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElements(By.id("chart-series")).size() == 1);
    }

    @Test
    void filteringByStatusKeepsOnlyThatStatus() {
        long id = programmes.save(LaiChauProgramme.document("WEB2-CTr/TU"), null, false);
        browser.get("http://localhost:" + port + "/chuong-trinh/" + id + "?nam=2026&trang-thai=NO_DATA");
        assertThat(browser.findElements(By.cssSelector("#indicators tbody tr[data-indicator]"))).hasSize(7);
        assertThat(browser.findElements(By.id("demo-label"))).isEmpty();
        browser.get("http://localhost:" + port + "/chuong-trinh/" + id + "?nam=2026&trang-thai=MET");
        assertThat(browser.findElement(By.id("indicators")).getText()).contains("Không có chỉ tiêu nào");
    }

    @Test
    void aUnitOutsideTheProgrammeIsRefusedInVietnamese() {
        long id = programmes.save(LaiChauProgramme.document("WEB3-CTr/TU"), null, false);
        browser.get("http://localhost:" + port + "/chuong-trinh/" + id + "?don-vi=24");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("không thuộc Tỉnh Lai Châu");
    }

    private WebElement rowOf(String name) {
        return browser.findElements(By.cssSelector("#indicators tbody tr")).stream()
                .filter(r -> r.findElements(By.linkText(name)).size() == 1).findFirst().orElseThrow();
    }
}
