package vn.tiendo.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;
import vn.tiendo.demo.DemoValueGenerator;
import vn.tiendo.entry.EntryFixtures;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.security.Role;
import vn.tiendo.security.TestUsers;

/**
 * Issue 14, slow links: bytes transferred by the dashboard and the entry page after the first visit (static files cached,
 * gzip on) and the first contentful paint on a simulated slow 3G link (400 ms latency, 400 kbit/s). A bench, not a test:
 * its name keeps it out of the suite; run it with
 * {@code mvn -o -B test -Dtest=PageWeightBench -Dsurefire.failIfNoSpecifiedTests=false} and copy the lines of
 * target/bench/page-weight.txt to BENCHMARKS.md.
 */
@TiendoTest
class PageWeightBench extends BrowserTest {

    private static final String TRANSFER = """
            const nav = performance.getEntriesByType('navigation')[0];
            const res = performance.getEntriesByType('resource');
            const sum = (f) => res.reduce((s, r) => s + r[f], 0);
            const fcp = performance.getEntriesByType('paint').find(p => p.name === 'first-contentful-paint');
            return [nav.transferSize + sum('transferSize'), nav.encodedBodySize + sum('encodedBodySize'),
                    nav.decodedBodySize + sum('decodedBodySize'), res.length, fcp ? Math.round(fcp.startTime) : -1,
                    nav.encodedBodySize, nav.decodedBodySize];""";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    DemoValueGenerator demo;
    @Autowired
    JdbcClient jdbc;

    @Test
    void pageWeightAndFirstContentfulPaint() throws Exception {
        EntryFixtures.Saved p = EntryFixtures.laiChau(programmes, jdbc);
        demo.generate(p.id(), 2026);
        TestUsers.TestUser owner = TestUsers.create(context, Role.PROGRAMME_OWNER, "12");
        String base = "http://localhost:" + port;
        TestUsers.login(browser, base, owner.username(), owner.password());
        ChromeDriver chrome = (ChromeDriver) browser;
        chrome.executeCdpCommand("Network.enable", Map.of());
        List<String> lines = new ArrayList<>();
        Map<String, String> pages = Map.of("bảng theo dõi (dashboard)", "/chuong-trinh/" + p.id() + "?nam=2026",
                "biểu nhập số liệu", "/nhap-lieu/" + p.id() + "/03390/2026",
                "chỉ tiêu (biểu đồ, ECharts)", "/chuong-trinh/" + p.id() + "/chi-tieu/" + p.indicator("I.1") + "?nam=2026");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            chrome.executeCdpCommand("Network.clearBrowserCache", Map.of());
            chrome.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 0,
                    "downloadThroughput", -1, "uploadThroughput", -1));
            List<?> first = visit(base + page.getValue());
            List<?> again = visit(base + page.getValue());
            chrome.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 400,
                    "downloadThroughput", 400 * 1000 / 8, "uploadThroughput", 400 * 1000 / 8));
            List<?> slowWarm = visit(base + page.getValue());
            chrome.executeCdpCommand("Network.clearBrowserCache", Map.of());
            List<?> slowCold = visit(base + page.getValue());
            lines.add(String.format("%s: first visit %s B transferred (%s B decoded, %s files); after it %s B transferred"
                            + " (page HTML %s B gzip of %s B); FCP slow 3G: %s ms cached, %s ms first visit",
                    page.getKey(), first.get(0), first.get(2), first.get(3), again.get(0), again.get(5), again.get(6),
                    slowWarm.get(4), slowCold.get(4)));
        }
        chrome.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
        Path out = Files.createDirectories(Path.of("target", "bench")).resolve("page-weight.txt");
        Files.write(out, lines);
        lines.forEach(System.out::println);
    }

    private List<?> visit(String url) throws InterruptedException {
        browser.get(url);
        JavascriptExecutor js = (JavascriptExecutor) browser;
        new WebDriverWait(browser, Duration.ofSeconds(120)).until(d -> "complete".equals(js.executeScript("return document.readyState")));
        Thread.sleep(1500); // the charts' JSON
        return (List<?>) js.executeScript(TRANSFER);
    }
}
