package vn.tiendo.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Real headless Chromium from Debian (/usr/bin/chromium), driven by Selenium; no browser download. */
public final class BrowserSupport {

    private BrowserSupport() {
    }

    public static WebDriver chromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1000", "--lang=vi");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return driver;
    }

    /**
     * Clicks a button that submits a form and waits until the browser has left the page it was on, so that what the
     * test reads next is the new page (an element of the old page found in the meantime goes stale).
     */
    public static void submitAndWaitForNextPage(WebDriver driver, By button) {
        WebElement html = driver.findElement(By.tagName("html"));
        driver.findElement(button).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(html));
    }

    /** Saves a screenshot to target/screenshots/NAME.png and returns its path. */
    public static Path screenshot(WebDriver driver, String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Path file = dir.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /** The serious and critical axe-core violations of the page as it is now ("[]" when none), from the test webjar. */
    public static String seriousAccessibilityViolations(WebDriver driver) throws Exception {
        String axe;
        try (java.io.InputStream in = BrowserSupport.class.getResourceAsStream(PhoneAndAccessibilityBrowserTest.AXE_RESOURCE)) {
            axe = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        return String.valueOf(((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(axe
                + ";\nconst done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(r => done(JSON.stringify(r.violations"
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => v.impact + ' ' + v.id))));"));
    }
}
