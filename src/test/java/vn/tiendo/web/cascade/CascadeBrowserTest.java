package vn.tiendo.web.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.tiendo.TiendoTest;
import vn.tiendo.cascade.CascadeFixtures;
import vn.tiendo.security.Role;
import vn.tiendo.security.TestUsers;
import vn.tiendo.security.TestUsers.TestUser;
import vn.tiendo.web.BrowserSupport;
import vn.tiendo.web.BrowserTest;

/**
 * Issue 12, item 6: the province's programme owner derives a draft for Xã Tà Tổng from 05-CTr/TU, fills two targets (one
 * weaker than the province's), drops the rest, issues it; the alignment page shows it issued with the weaker target flagged.
 */
@TiendoTest
class CascadeBrowserTest extends BrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    String base() {
        return "http://localhost:" + port;
    }

    @Test
    void deriveFillIssueAndSeeTheWeakerTargetFlagged() throws Exception {
        long parent = CascadeFixtures.laiChau(context);
        TestUser owner = TestUsers.create(context, Role.PROGRAMME_OWNER, CascadeFixtures.LAI_CHAU);
        TestUsers.login(browser, base(), owner.username(), owner.password());

        browser.get(base() + "/chuong-trinh/" + parent);
        String href = browser.findElement(By.id("cascade-link")).getAttribute("href");
        assertThat(href).isEqualTo(base() + "/chuong-trinh/" + parent + "/ke-hoach-xa");
        browser.get(href);
        new Select(browser.findElement(By.id("unit"))).selectByVisibleText("Xã Tà Tổng");
        BrowserSupport.screenshot(browser, "cascade-1-tao-ke-hoach-cap-xa");
        BrowserSupport.submitAndWaitForNextPage(browser, By.id("derive"));
        assertThat(browser.getCurrentUrl()).endsWith("/du-thao");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dự thảo kế hoạch · Xã Tà Tổng");
        assertThat(browser.findElements(By.cssSelector("#missing li"))).hasSize(8);
        assertThat(browser.findElement(By.name("t|I.1|2026")).getAttribute("placeholder")).isEqualTo("72,6");

        browser.findElement(By.name("t|I.1|2026")).sendKeys("70");
        browser.findElement(By.name("t|I.3|2026")).sendKeys("30");
        for (WebElement box : browser.findElements(By.cssSelector("#indicators input[name=dropIndicator]"))) {
            if (!List.of("I.1", "I.3").contains(box.getAttribute("value"))) {
                box.click();
            }
        }
        BrowserSupport.screenshot(browser, "cascade-2-du-thao-chi-tieu");
        BrowserSupport.submitAndWaitForNextPage(browser, By.id("save-draft"));
        assertThat(browser.findElement(By.id("saved")).getText()).isEqualTo("Đã lưu dự thảo.");
        assertThat(browser.findElements(By.id("missing"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#indicators tbody tr"))).hasSize(2);

        browser.findElement(By.id("number")).sendKeys("15-KH/ĐU");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2026-03-20'", browser.findElement(By.id("date")));
        browser.findElement(By.id("signer")).sendKeys("Lò Văn Bình");
        BrowserSupport.screenshot(browser, "cascade-3-ban-hanh");
        BrowserSupport.submitAndWaitForNextPage(browser, By.id("issue"));

        assertThat(browser.getCurrentUrl()).isEqualTo(base() + "/chuong-trinh/" + parent + "/dong-bo");
        assertThat(browser.findElement(By.cssSelector("#communes tr[data-unit='03463'] td.status")).getText()).isEqualTo("Đã ban hành");
        assertThat(browser.findElement(By.id("summary")).getText()).startsWith("1/38 xã đã ban hành kế hoạch; 1 chỉ tiêu thấp hơn của tỉnh.");
        WebElement weaker = browser.findElement(By.cssSelector("#gaps tr[data-unit='03463'][data-code='I.1'][data-year='2026']"));
        assertThat(weaker.getAttribute("class")).contains("weaker");
        assertThat(weaker.getText()).isEqualTo("Xã Tà Tổng I.1. Trường đạt chuẩn quốc gia 2026 72,6 70 Thấp hơn tỉnh");
        assertThat(browser.findElement(By.cssSelector("#gaps tr[data-code='I.3']")).getText()).endsWith("13,2 30 Cao hơn tỉnh");
        BrowserSupport.screenshot(browser, "cascade-4-dong-bo");

        browser.findElement(By.cssSelector("#communes tr[data-unit='03463'] a")).click();
        assertThat(browser.findElement(By.id("diff-summary")).getText()).startsWith("Ghép theo liên kết đã lưu");
        assertThat(browser.findElements(By.cssSelector("#diff tr[data-state='dropped']"))).isNotEmpty();
        BrowserSupport.screenshot(browser, "cascade-5-so-sanh");
        TestUsers.logout(browser);
    }
}
