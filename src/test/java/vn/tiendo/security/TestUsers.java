package vn.tiendo.security;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ApplicationContext;
import vn.tiendo.audit.CurrentActor;
import vn.tiendo.storage.OrgUnitRepository;

/**
 * Test support for every engineer's tests: create a user with a role on a unit, log a Selenium
 * browser in, get a bearer token for API calls, or an HTTP session for plain requests.
 *
 * <pre>{@code
 * @Autowired ApplicationContext context;
 * TestUser reporter = TestUsers.create(context, Role.REPORTER, "03390");   // Xã Bình Lư
 * TestUsers.login(browser, "http://localhost:" + port, reporter.username(), reporter.password());
 * String token = TestUsers.bearerToken(context, reporter);                  // Authorization: Bearer …
 * }</pre>
 */
public final class TestUsers {

    /** A created account and its password. */
    public record TestUser(long id, String username, String password) {
    }

    private TestUsers() {
    }

    /** A new account (unique name) holding {@code role} on the unit with official code {@code unitCode} ("VN" = nation). */
    public static TestUser create(ApplicationContext context, Role role, String unitCode) {
        String username = ("t-" + role.name().replace('_', '-') + "-" + unitCode + "-"
                + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        return create(context, username, role, unitCode);
    }

    /** A new account with the given username, holding {@code role} on the unit {@code unitCode}. */
    public static TestUser create(ApplicationContext context, String username, Role role, String unitCode) {
        UserService users = context.getBean(UserService.class);
        long unitId = context.getBean(OrgUnitRepository.class).findByCode(unitCode).orElseThrow().id();
        String password = "Mk-" + UUID.randomUUID();
        long id = CurrentActor.runAs("test", () -> {
            long created = users.create(new NewUser(username, "Cán bộ thử " + role.label(), role.label(), unitCode,
                    null, null), password, false);
            users.grant(created, role, unitId);
            return created;
        });
        return new TestUser(id, username, password);
    }

    /** Logs the browser in through the login page and waits until it has left it. */
    public static void login(WebDriver driver, String baseUrl, String username, String password) {
        driver.get(baseUrl + "/dang-nhap");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form.login button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/dang-nhap"));
    }

    /** Logs out the browser (the logout button of the menu). */
    public static void logout(WebDriver driver) {
        driver.findElement(By.cssSelector("form[action$='/dang-xuat'] button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/dang-nhap"));
    }

    /** A fresh personal API token of the user, for {@code Authorization: Bearer …}. */
    public static String bearerToken(ApplicationContext context, TestUser user) {
        UserService users = context.getBean(UserService.class);
        UserAccount account = users.findById(user.id()).orElseThrow();
        return CurrentActor.runAs(user.username(),
                () -> context.getBean(ApiTokenRepository.class).create(account, "thử nghiệm").secret());
    }

    /** An HTTP session logged in as the user (cookies and CSRF token handled). */
    public static HttpSession http(String baseUrl, TestUser user) {
        HttpSession session = new HttpSession(baseUrl);
        session.login(user.username(), user.password());
        return session;
    }
}
