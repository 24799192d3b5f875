package vn.tiendo.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;
import vn.tiendo.audit.CurrentActor;

/** The audit names the logged-in user of a real request (Spring Security's servlet integration). */
@TiendoTest
class CurrentActorTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CurrentActor actor;

    @Test
    void aChangeMadeThroughThePagesIsRecordedUnderTheUsernameAndAddress() {
        TestUsers.TestUser user = TestUsers.create(context, Role.VIEWER, "03390");
        HttpSession s = TestUsers.http("http://localhost:" + port, user);
        s.post("/tai-khoan/ma-truy-cap", Map.of("name", "kiểm tra người thực hiện"));
        Map<String, Object> row = jdbc.sql("SELECT actor, address FROM audit_event WHERE object_type = 'api_token' AND summary LIKE ?")
                .param("%kiểm tra người thực hiện%" ).query().singleRow();
        assertThat(row.get("actor")).isEqualTo(user.username());
        assertThat((String) row.get("address")).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(jdbc.sql("SELECT actor FROM audit_event WHERE action = 'LOGIN' AND object_id = ?")
                .param(Long.toString(user.id())).query(String.class).single()).isEqualTo(user.username());
    }

    @Test
    void outsideARequestTheActorIsSystemOrTheCommand() {
        assertThat(actor.actor()).isEqualTo("system");
        assertThat(CurrentActor.runAs("nap-van-ban", actor::actor)).isEqualTo("nap-van-ban");
    }
}
