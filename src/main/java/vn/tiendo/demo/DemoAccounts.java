package vn.tiendo.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.tiendo.audit.CurrentActor;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.security.NewUser;
import vn.tiendo.security.Passwords;
import vn.tiendo.security.Role;
import vn.tiendo.security.StartupNotice;
import vn.tiendo.security.UserAccount;
import vn.tiendo.security.UserService;
import vn.tiendo.storage.OrgUnitRepository;

/**
 * With {@code --demo}: one demo account per role for Tỉnh Lai Châu and Xã Bình Lư, with fresh passwords
 * at each start, printed after the first administrator's.
 */
@Component
@ConditionalOnWebApplication
public class DemoAccounts {

    /** A demo account: username suffix and role. */
    private record DemoRole(String suffix, Role role) {
    }

    private static final List<DemoRole> DEMO_ROLES = List.of(new DemoRole("quantri", Role.ADMIN),
            new DemoRole("chutri", Role.PROGRAMME_OWNER), new DemoRole("baocao", Role.REPORTER),
            new DemoRole("pheduyet", Role.APPROVER), new DemoRole("kiemtra", Role.INSPECTOR), new DemoRole("xem", Role.VIEWER));

    private final UserService users;
    private final OrgUnitRepository units;
    private final StartupNotice notice;
    private final DemoProperties properties;

    public DemoAccounts(UserService users, OrgUnitRepository units, StartupNotice notice, DemoProperties properties) {
        this.users = users;
        this.units = units;
        this.notice = notice;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(1) // after the first administrator (InitialAccounts)
    public void onReady() {
        if (properties.demo()) {
            create();
        }
    }

    /** Creates the demo accounts, or gives the existing ones new passwords, and prints them. */
    void create() {
        CurrentActor.runAs("system", () -> {
            List<String> lines = new ArrayList<>();
            lines.add("Tài khoản minh họa (mật khẩu mới ở mỗi lần chạy --demo):");
            demoFor("laichau", "12", lines);
            demoFor("binhlu", "03390", lines);
            lines.forEach(notice::add);
            return null;
        });
    }

    private void demoFor(String prefix, String unitCode, List<String> lines) {
        OrgUnit unit = units.findByCode(unitCode).orElseThrow();
        for (DemoRole demoRole : DEMO_ROLES) {
            Role role = demoRole.role();
            String username = prefix + "." + demoRole.suffix();
            String password = Passwords.generate();
            Optional<UserAccount> existing = users.findByUsername(username);
            long id;
            if (existing.isPresent()) {
                id = existing.get().id();
                users.resetDemoPassword(id, password);
            } else {
                id = users.create(new NewUser(username, role.label() + " " + unit.fullName(), role.label(), unitCode, null, null),
                        password, true);
            }
            users.grant(id, role, unit.id());
            lines.add(String.format("  %-18s %-22s %-16s mật khẩu: %s", username, role.label(), unit.fullName(), password));
        }
    }
}
