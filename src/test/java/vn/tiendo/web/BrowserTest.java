package vn.tiendo.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.WebDriver;

/** Base of the browser tests: one real headless Chromium (see {@link BrowserSupport}) per test class. */
public abstract class BrowserTest {

    protected static WebDriver browser;

    @BeforeAll
    static void openBrowser() {
        browser = BrowserSupport.chromium();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }
}
