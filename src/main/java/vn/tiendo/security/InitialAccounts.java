package vn.tiendo.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.tiendo.audit.CurrentActor;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.storage.OrgUnitRepository;

/**
 * At start-up of the web application: the first administrator {@code admin} (password from
 * {@code TIENDO_ADMIN_PASSWORD}, else generated and shown once), and with {@code tiendo.demo=true}
 * one demo account per role for Tỉnh Lai Châu and Xã Bình Lư, with fresh passwords at each start.
 */
@Component
@ConditionalOnWebApplication
public class InitialAccounts {

    /** A demo account: username suffix and role. */
    private record DemoRole(String suffix, Role role) {
    }

    private static final List<DemoRole> DEMO_ROLES = List.of(new DemoRole("quantri", Role.ADMIN),
            new DemoRole("chutri", Role.PROGRAMME_OWNER), new DemoRole("baocao", Role.REPORTER),
            new DemoRole("pheduyet", Role.APPROVER), new DemoRole("kiemtra", Role.INSPECTOR), new DemoRole("xem", Role.VIEWER));

    private final UserService users;
    private final OrgUnitRepository units;
    private final StartupNotice notice;
    private final boolean demo;
    private final String adminPassword;

    public InitialAccounts(UserService users, OrgUnitRepository units, StartupNotice notice,
                           @Value("${tiendo.demo:false}") boolean demo,
                           @Value("${tiendo.admin-password:}") String adminPassword) {
        this.users = users;
        this.units = units;
        this.notice = notice;
        this.demo = demo;
        this.adminPassword = adminPassword;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void create() {
        CurrentActor.runAs("system", () -> {
            ensureAdmin();
            if (demo) {
                demoAccounts();
            }
            return null;
        });
    }

    private void ensureAdmin() {
        if (users.findByUsername("admin").isPresent()) {
            return;
        }
        OrgUnit nation = units.nation();
        boolean generated = adminPassword.isBlank();
        String password = generated ? Passwords.generate() : adminPassword;
        long id = users.create(new NewUser("admin", "Quản trị hệ thống", null, nation.code(), null, null), password, false);
        users.grant(id, Role.ADMIN, nation.id());
        notice.add("Đã tạo tài khoản quản trị: admin");
        notice.add(generated ? "  Mật khẩu (chỉ hiện một lần, hãy đổi ngay tại trang Tài khoản): " + password
                : "  Mật khẩu: theo biến môi trường TIENDO_ADMIN_PASSWORD");
    }

    private void demoAccounts() {
        List<String> lines = new ArrayList<>();
        lines.add("Tài khoản minh họa (mật khẩu mới ở mỗi lần chạy --demo):");
        demoFor("laichau", "12", lines);
        demoFor("binhlu", "03390", lines);
        lines.forEach(notice::add);
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
