package vn.tiendo.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import vn.tiendo.audit.CurrentActor;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.storage.OrgUnitRepository;

/**
 * At start-up of the web application: the first administrator {@code admin} of a real install (password
 * from {@code TIENDO_ADMIN_PASSWORD}, else generated and shown once).
 */
@Component
@ConditionalOnWebApplication
@EnableConfigurationProperties(AccountProperties.class)
public class InitialAccounts {

    private final UserService users;
    private final OrgUnitRepository units;
    private final StartupNotice notice;
    private final String adminPassword;

    public InitialAccounts(UserService users, OrgUnitRepository units, StartupNotice notice,
                           AccountProperties properties) {
        this.users = users;
        this.units = units;
        this.notice = notice;
        this.adminPassword = properties.adminPassword() == null ? "" : properties.adminPassword();
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    public void create() {
        CurrentActor.runAs("system", () -> {
            ensureAdmin();
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
}
