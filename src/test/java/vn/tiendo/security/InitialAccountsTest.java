package vn.tiendo.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tiendo.TiendoTest;

/** The first administrator of a real install (the demo accounts: vn.tiendo.demo.DemoAccountsTest). */
@TiendoTest
class InitialAccountsTest {

    @Autowired
    UserService users;

    @Test
    void aRealInstallStartsWithOneNationalAdministrator() {
        UserAccount admin = users.findByUsername("admin").orElseThrow();
        assertThat(users.grants(admin.id())).extracting(RoleGrant::role, RoleGrant::orgUnitCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Role.ADMIN, "VN"));
    }
}
