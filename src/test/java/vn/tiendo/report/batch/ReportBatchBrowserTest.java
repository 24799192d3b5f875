package vn.tiendo.report.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.tiendo.TiendoTest;
import vn.tiendo.audit.AuditLog;
import vn.tiendo.report.ReportRenderer;
import vn.tiendo.security.Role;
import vn.tiendo.security.TestProgrammes;
import vn.tiendo.security.TestUsers;
import vn.tiendo.web.BrowserSupport;
import vn.tiendo.web.BrowserTest;

/**
 * The province officer starts "Xuất báo cáo toàn tỉnh" from the programme dashboard and watches the progress bar fill
 * without reloading the page (htmx polling), until the ZIP link appears. Rendered by the application's renderer when it
 * has one, else by a runner over a text renderer started by the test.
 */
@TiendoTest
class ReportBatchBrowserTest extends BrowserTest {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired ReportBatchExecutor executor;
    @Autowired ReportBatchStore store;
    @Autowired AuditLog audit;
    @Autowired Clock clock;

    @Test
    void theProgressBarFillsItselfUntilTheZipIsReady() throws Exception {
        String base = "http://localhost:" + port;
        long programme = TestProgrammes.save(context, "12", "BCB-" + UUID.randomUUID().toString().substring(0, 6) + "-CTr/TU", false);
        TestUsers.TestUser owner = TestUsers.create(context, Role.PROGRAMME_OWNER, "12");
        TestUsers.login(browser, base, owner.username(), owner.password());
        browser.get(base + "/chuong-trinh/" + programme + "?don-vi=12&nam=2026");
        BrowserSupport.submitAndWaitForNextPage(browser, By.id("batch-report-link"));
        WebElement period = browser.findElement(By.name("ky"));
        period.clear();
        period.sendKeys("2026");
        BrowserSupport.screenshot(browser, "batch-1-xuat-bao-cao-toan-tinh");
        BrowserSupport.submitAndWaitForNextPage(browser, By.id("batch-start"));
        assertThat(browser.getCurrentUrl()).contains("/chuong-trinh/" + programme + "/bao-cao-hang-loat/");
        long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/", ""));
        ((JavascriptExecutor) browser).executeScript("window.samePage = 'yes';");
        BrowserSupport.screenshot(browser, "batch-2-dang-cho");

        CompletableFuture<ReportBatch> run = executor.available() ? CompletableFuture.completedFuture(null)
                : CompletableFuture.supplyAsync(() -> new BatchRunner(store, slowText(), audit, clock).run(id, BatchRunner.Progress.NONE));
        new WebDriverWait(browser, Duration.ofSeconds(300)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("batch-state")).getText().equals("Đã xong"));
        run.get();

        assertThat(((JavascriptExecutor) browser).executeScript("return window.samePage;")).isEqualTo("yes");
        assertThat(browser.findElement(By.id("batch-count")).getText()).isEqualTo("38/38");
        assertThat(browser.findElement(By.id("batch-zip")).getText()).startsWith("Tải về bao-cao-BCB-");
        assertThat(browser.findElements(By.cssSelector("#batch-items tr[data-state='DONE']"))).hasSize(38);
        assertThat(browser.findElements(By.id("batch-cancel"))).isEmpty();
        BrowserSupport.screenshot(browser, "batch-3-xong");
        TestUsers.logout(browser);
    }

    /** The text renderer, a little slow so that the page shows the bar part-filled on the way. */
    private static ReportRenderer slowText() {
        ReportBatchRunnerTest.TextRenderer text = new ReportBatchRunnerTest.TextRenderer();
        return r -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return text.render(r);
        };
    }
}
