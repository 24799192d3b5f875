package vn.tiendo.web.entry;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import vn.tiendo.security.HttpSession;
import vn.tiendo.security.Role;
import vn.tiendo.security.TestUsers;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.entry.DataValueRepository;
import vn.tiendo.entry.EntryFixtures;
import vn.tiendo.programmes.ProgrammeService;

/**
 * Common ground of the data entry web tests: a fresh Lai Châu programme for each test and
 * Xã Bình Lư (03390) as the reporting unit. Subclasses carry {@code @TiendoTest} themselves.
 */
abstract class BinhLuEntryTestBase {

    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    ApplicationContext context;
    @Autowired
    RestTemplateBuilder restTemplates;

    /** HTTP calls as the owner of Lai Châu's programme (reports for its communes): a logged-in session with its CSRF token */
    TestRestTemplate http;
    TestUsers.TestUser owner;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    DataValueRepository values;
    @Autowired
    JdbcClient jdbc;

    EntryFixtures.Saved p;
    long binhLu;
    /** the form of Bình Lư for 2026: /nhap-lieu/{programme}/03390/2026 */
    String base;

    @BeforeEach
    void programme() {
        owner = TestUsers.create(context, Role.PROGRAMME_OWNER, "12");
        HttpSession session = TestUsers.http(anonymous.getRootUri(), owner);
        http = new TestRestTemplate(restTemplates
                .uriTemplateHandler(anonymous.getRestTemplate().getUriTemplateHandler())
                .defaultHeader(HttpHeaders.COOKIE, "JSESSIONID=" + session.sessionId())
                .defaultHeader("X-CSRF-TOKEN", session.csrfToken()));
        p = EntryFixtures.laiChau(programmes, jdbc);
        binhLu = EntryFixtures.unitId(jdbc, "03390");
        base = "/nhap-lieu/" + p.id() + "/03390/2026";
    }
}
