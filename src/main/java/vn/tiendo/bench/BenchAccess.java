package vn.tiendo.bench;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.tiendo.audit.CurrentActor;
import vn.tiendo.security.ApiTokenRepository;
import vn.tiendo.security.NewUser;
import vn.tiendo.security.Role;
import vn.tiendo.security.UserAccount;
import vn.tiendo.security.UserService;
import vn.tiendo.storage.OrgUnitRepository;

/**
 * The account the load test calls the API with (tài khoản đo tải): a national viewer, created once in the
 * bench data folder, with one personal API token per simulated client (as 100 separate API users would).
 */
@Component
public class BenchAccess {

    static final String USERNAME = "bench-viewer";

    private final UserService users;
    private final ApiTokenRepository tokens;
    private final OrgUnitRepository units;

    public BenchAccess(UserService users, ApiTokenRepository tokens, OrgUnitRepository units) {
        this.users = users;
        this.tokens = tokens;
        this.units = units;
    }

    /** {@code count} fresh bearer tokens of the bench viewer (earlier bench tokens are revoked). */
    public List<String> tokens(int count) {
        return CurrentActor.runAs("bench", () -> {
            UserAccount account = users.findByUsername(USERNAME).orElseGet(this::create);
            tokens.revokeAll(account.id());
            List<String> out = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                out.add(tokens.create(account, "đo tải " + (i + 1)).secret());
            }
            return out;
        });
    }

    private UserAccount create() {
        long id = users.create(new NewUser(USERNAME, "Tài khoản đo hiệu năng", null, "VN", null, null),
                "Bench-" + java.util.UUID.randomUUID(), false);
        users.grant(id, Role.VIEWER, units.findByCode("VN").orElseThrow().id());
        return users.findById(id).orElseThrow();
    }
}
