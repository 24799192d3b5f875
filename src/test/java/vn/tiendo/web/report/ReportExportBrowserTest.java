package vn.tiendo.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.tiendo.MutableClock;
import vn.tiendo.TiendoTest;
import vn.tiendo.demo.DemoValueGenerator;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.report.ReportFixturesAccess;
import vn.tiendo.security.Role;
import vn.tiendo.security.TestUsers;
import vn.tiendo.web.BrowserSupport;
import vn.tiendo.web.BrowserTest;

/** The province officer drafts the 2026 report of 05-CTr/TU (seed 000) from the dashboard and downloads the PDF. */
@TiendoTest
class ReportExportBrowserTest extends BrowserTest {

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
    void provinceOfficerDownloadsThe2026ReportAsPdf() throws Exception {
        clock.setDate(LocalDate.of(2026, 11, 30));
        long id = ReportFixturesAccess.seed000(programmes, "WEBRPT-CTr/TU");
        demo.generate(id, 2026);
        Path downloads = Files.createTempDirectory("tiendo-downloads");
        ((ChromeDriver) browser).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        TestUsers.TestUser officer = TestUsers.create(context, Role.REPORTER, "12");
        TestUsers.login(browser, "http://localhost:" + port, officer.username(), officer.password());

        browser.get("http://localhost:" + port + "/chuong-trinh/" + id + "?nam=2026");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getTitle().contains("WEBRPT-CTr/TU"));
        assertThat(browser.findElement(By.id("report-export")).getText()).contains("Xuất báo cáo");
        new Select(browser.findElement(By.name("dinh-dang"))).selectByValue("pdf");
        BrowserSupport.screenshot(browser, "report-export-form");
        browser.findElement(By.id("report-export-button")).click();

        File[] files = new File[0];
        for (int i = 0; i < 240 && (files.length == 0 || files[0].getName().endsWith(".crdownload")); i++) {
            Thread.sleep(500);
            files = downloads.toFile().listFiles();
        }
        assertThat(files).hasSize(1);
        assertThat(files[0].getName()).endsWith(".pdf").contains("WEBRPT-CTr-TU-12-2026");
        try (PDDocument pdf = Loader.loadPDF(files[0])) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("BÁO CÁO", "TỈNH ỦY LAI CHÂU", "WEBRPT-CTr/TU", "Trường đạt chuẩn quốc gia", "72,6");
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 80);
            Path shot = Path.of("target/screenshots/report-pdf-page-1.png");
            Files.createDirectories(shot.getParent());
            ImageIO.write(page, "png", shot.toFile());
        }
    }
}
