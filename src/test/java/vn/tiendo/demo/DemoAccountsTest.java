package vn.tiendo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;
import vn.tiendo.security.AccessPolicy;
import vn.tiendo.security.Role;
import vn.tiendo.security.ScopedAccessPolicy;
import vn.tiendo.security.StartupNotice;
import vn.tiendo.security.UserAccount;
import vn.tiendo.security.UserService;
import vn.tiendo.storage.OrgUnitRepository;

/** The demo accounts of {@code --demo}. */
@TiendoTest
class DemoAccountsTest {

    @Autowired
    UserService users;
    @Autowired
    OrgUnitRepository units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ScopedAccessPolicy policy;

    @Test
    void demoAccountsAreCreatedOncePerRoleWithWorkingPasswordsPrintedInVietnamese() {
        StartupNotice notice = new StartupNotice();
        DemoAccounts demo = new DemoAccounts(users, units, notice, new DemoProperties(true));
        demo.onReady();
        demo.onReady();   // idempotent: a second start creates nothing new
        List<String> lines = notice.drain();
        assertThat(notice.drain()).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM app_user WHERE demo").query(Integer.class).single()).isEqualTo(12);
        assertThat(lines).filteredOn(l -> l.startsWith("Tài khoản minh họa")).hasSize(2);

        // the passwords of the last start work
        String last = String.join("\n", lines.subList(lines.lastIndexOf(lines.stream()
                .filter(l -> l.startsWith("Tài khoản minh họa")).reduce((a, b) -> b).orElseThrow()), lines.size()));
        Matcher m = Pattern.compile("(binhlu\\.baocao)\\s.*mật khẩu: (\\S+)").matcher(last);
        assertThat(m.find()).isTrue();
        UserAccount reporter = users.findByUsername("binhlu.baocao").orElseThrow();
        assertThat(users.passwordMatches(reporter.id(), m.group(2))).isTrue();
        long taTong = units.findByCode("03463").orElseThrow().id();
        long binhLu = units.findByCode("03390").orElseThrow().id();
        assertThat(policy.hasRoleOn(reporter.id(), Role.granting(AccessPolicy.Permission.REPORT), binhLu)).isTrue();
        assertThat(policy.hasRoleOn(reporter.id(), Role.granting(AccessPolicy.Permission.VIEW), taTong)).isFalse();
        UserAccount inspector = users.findByUsername("laichau.kiemtra").orElseThrow();
        assertThat(policy.hasRoleOn(inspector.id(), Role.granting(AccessPolicy.Permission.VIEW), taTong)).isTrue();
        assertThat(policy.hasRoleOn(inspector.id(), Role.granting(AccessPolicy.Permission.REPORT), taTong)).isFalse();
    }

    @Test
    void withoutDemoNoDemoAccountIsCreated() {
        StartupNotice notice = new StartupNotice();
        new DemoAccounts(users, units, notice, new DemoProperties(false)).onReady();
        assertThat(notice.drain()).isEmpty();
    }
}
