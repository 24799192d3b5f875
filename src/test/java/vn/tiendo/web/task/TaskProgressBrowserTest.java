package vn.tiendo.web.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.tiendo.MutableClock;
import vn.tiendo.TiendoTest;
import vn.tiendo.security.Role;
import vn.tiendo.security.TestUsers;
import vn.tiendo.security.TestUsers.TestUser;
import vn.tiendo.task.TaskFixtures;
import vn.tiendo.web.BrowserSupport;
import vn.tiendo.web.BrowserTest;

/**
 * Issue 9, item 9: a commune officer of Xã Bình Lư lands on "Việc của tôi", reports the overdue task of the commune's
 * plan done with an evidence PDF, and the province officer sees it in the plan's task dashboard: the overdue count drops.
 */
@TiendoTest
class TaskProgressBrowserTest extends BrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;

    String base() {
        return "http://localhost:" + port;
    }

    @Test
    void communeOfficerReportsWithEvidenceAndTheProvinceSeesTheOverdueCountDrop() throws Exception {
        clock.setDate(LocalDate.of(2026, 10, 15));   // task 1 due 25/9/2026 (overdue), task 3 due 25/10/2026
        TaskFixtures.Plan plan = TaskFixtures.commune(context, "03390");
        TestUser commune = TestUsers.create(context, Role.REPORTER, "03390");
        TestUser province = TestUsers.create(context, Role.VIEWER, "12");
        String dashboard = base() + "/chuong-trinh/" + plan.id() + "/nhiem-vu";

        TestUsers.login(browser, base(), province.username(), province.password());
        browser.get(dashboard);
        assertThat(browser.findElement(By.id("overdue-count")).getText()).isEqualTo("1");
        TestUsers.logout(browser);

        TestUsers.login(browser, base(), commune.username(), commune.password());
        assertThat(browser.getCurrentUrl()).isEqualTo(base() + "/viec-cua-toi");
        WebElement row = browser.findElement(By.cssSelector("#open-work tr[data-occurrence='" + plan.overdue() + "']"));
        assertThat(row.getText()).startsWith("25/09/2026 Đang thực hiện quá hạn");
        assertThat(row.findElement(By.cssSelector(".task-status")).getText()).isEqualTo("Đang thực hiện quá hạn");
        assertThat(browser.findElement(By.cssSelector("#owed tr[data-occurrence='" + plan.overdue() + "']")).isDisplayed()).isTrue();
        BrowserSupport.screenshot(browser, "task-1-viec-cua-toi");

        row.findElement(By.cssSelector("a.report-link")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/nhiem-vu/" + plan.overdue()));
        Path pdf = Files.createTempFile("bien-ban-", ".pdf");
        Files.write(pdf, Multipart.pdf("Bien ban ra soat mang luoi truong lop"));
        new Select(browser.findElement(By.id("status"))).selectByVisibleText("Hoàn thành");
        browser.findElement(By.id("note")).sendKeys("Đã rà soát và sắp xếp xong mạng lưới trường lớp.");
        browser.findElement(By.id("files")).sendKeys(pdf.toAbsolutePath().toString());
        BrowserSupport.screenshot(browser, "task-2-bao-cao-tien-do");
        browser.findElement(By.id("save-progress")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("progress-message")).isEmpty());
        assertThat(browser.findElement(By.id("progress-message")).getText()).isEqualTo("Đã lưu báo cáo tiến độ và 1 tệp minh chứng.");
        assertThat(browser.findElement(By.id("task-status")).getText()).isEqualTo("Hoàn thành quá hạn");
        assertThat(browser.findElement(By.id("evidence")).getText()).contains(pdf.getFileName().toString(), "application/pdf");
        assertThat(browser.findElements(By.cssSelector("#history tbody tr"))).hasSize(1);
        BrowserSupport.screenshot(browser, "task-3-da-luu-minh-chung");
        TestUsers.logout(browser);

        TestUsers.login(browser, base(), province.username(), province.password());
        browser.get(dashboard);
        assertThat(browser.findElement(By.id("overdue-count")).getText()).isEqualTo("0");
        assertThat(browser.findElement(By.cssSelector("#status-counts tr[data-status='HOAN_THANH_QUA_HAN'] td.num")).getText())
                .isEqualTo("1");
        assertThat(browser.findElement(By.cssSelector("#occurrences tr[data-occurrence='" + plan.overdue() + "']")).getText())
                .contains("Hoàn thành quá hạn");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
                "true".equals(d.findElement(By.id("chart-timeline")).getAttribute("data-ready"))
                        && "true".equals(d.findElement(By.id("chart-overdue-by-lead")).getAttribute("data-ready")));
        assertThat(browser.findElements(By.cssSelector("#chart-timeline canvas"))).isNotEmpty();
        BrowserSupport.screenshot(browser, "task-4-bang-theo-doi-nhiem-vu");
        TestUsers.logout(browser);
        Files.deleteIfExists(pdf);
    }
}
