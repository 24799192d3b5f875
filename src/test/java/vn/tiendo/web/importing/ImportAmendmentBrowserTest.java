package vn.tiendo.web.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.tiendo.TiendoTest;
import vn.tiendo.audit.CurrentActor;
import vn.tiendo.programme.DocumentInfo;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.reader.ProgrammeReader;
import vn.tiendo.security.Role;
import vn.tiendo.security.TestUsers;
import vn.tiendo.storage.ImportDraftRepository;
import vn.tiendo.web.BrowserSupport;
import vn.tiendo.web.BrowserTest;

/** An officer confirms an uploaded document as "Văn bản sửa đổi, bổ sung" of a stored programme, in Chromium. */
@TiendoTest
class ImportAmendmentBrowserTest extends BrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    ImportDraftRepository drafts;

    @Test
    void officerConfirmsAnUploadAsAnAmendment(@TempDir Path dir) throws Exception {
        String number = "SB" + UUID.randomUUID().toString().substring(0, 6) + "-CTr/TU";
        ProgrammeDocument original = seed(number);
        long id = CurrentActor.runAs("test", () -> programmes.save(original, "seed", false));
        Path file = dir.resolve(ImportReviewFlowTest.SEED);
        Files.write(file, ImportReviewFlowTest.seed(ImportReviewFlowTest.SEED));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        TestUsers.TestUser owner = TestUsers.create(context, Role.PROGRAMME_OWNER, "12");
        TestUsers.login(browser, "http://localhost:" + port, owner.username(), owner.password());
        browser.get("http://localhost:" + port + "/nhap-van-ban");
        browser.findElement(By.id("file")).sendKeys(file.toString());
        browser.findElement(By.cssSelector("form.upload button[type=submit]")).click();
        wait.until(ExpectedConditions.titleContains("Xem lại"));
        UUID draft = UUID.fromString(browser.getCurrentUrl().replaceAll(".*/nhap-van-ban/([0-9a-f-]{36}).*", "$1"));
        ProgrammeDocument doc = drafts.find(draft).orElseThrow().document();
        DocumentInfo d = doc.document();
        drafts.update(draft, 0, new ProgrammeDocument(new DocumentInfo(number + "-SĐ", d.date(), d.issuer(), d.orgUnit(), d.kind(),
                d.implementsDocs(), d.bases(), d.title()), doc.indicators(), doc.tasks(), doc.warnings()), number + "-SĐ", "12");
        browser.navigate().refresh();
        wait.until(x -> x.findElement(By.cssSelector("#xac-nhan")).getText().contains(number + "-SĐ"));

        browser.findElement(By.name("sua-doi")).click();
        new Select(browser.findElement(By.name("sua-doi-chuong-trinh"))).selectByValue(Long.toString(id));
        browser.findElement(By.name("hieu-luc-tu")).sendKeys("2027");
        BrowserSupport.screenshot(browser, "import-amendment-review");
        BrowserSupport.submitAndWaitForNextPage(browser, By.id("confirm"));
        wait.until(w -> w.getTitle().contains("Đã lưu") || !w.findElements(By.id("review-error")).isEmpty());
        assertThat(browser.findElements(By.id("review-error"))).extracting(org.openqa.selenium.WebElement::getText).isEmpty();
        assertThat(browser.findElement(By.id("amended")).getText())
                .isEqualTo("Theo văn bản sửa đổi, bổ sung " + number + "-SĐ: phiên bản 2, mục tiêu mới áp dụng từ năm 2027.");
        assertThat(browser.getCurrentUrl()).endsWith("/nhap-van-ban/da-luu/" + id);
        BrowserSupport.screenshot(browser, "import-amendment-saved");
        TestUsers.logout(browser);
    }

    private static ProgrammeDocument seed(String number) throws Exception {
        try (InputStream in = ImportAmendmentBrowserTest.class.getResourceAsStream("/reader/seeds/" + ImportReviewFlowTest.SEED)) {
            ProgrammeDocument doc = new ProgrammeReader().read("000.txt", in.readAllBytes());
            DocumentInfo d = doc.document();
            return new ProgrammeDocument(new DocumentInfo(number, d.date(), d.issuer(), d.orgUnit(), d.kind(), d.implementsDocs(),
                    d.bases(), d.title()), doc.indicators(), doc.tasks(), doc.warnings());
        }
    }
}
