package vn.tiendo.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;
import vn.tiendo.audit.CurrentActor;
import vn.tiendo.programme.DocumentInfo;
import vn.tiendo.programme.OrgUnitRef;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programme.Task;
import vn.tiendo.programme.Timeframe;
import vn.tiendo.programme.TimeframeKind;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.security.HttpSession;
import vn.tiendo.security.Role;
import vn.tiendo.security.TestUsers;
import vn.tiendo.task.TaskOccurrenceService;

/** The body administration page through real HTTP: a name left to map is mapped, refused twice, unmapped again. */
@TiendoTest
class BodyAliasPageTest {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired TaskOccurrenceService occurrences;

    @Test
    void anAdministratorMapsANameLeftToMap() {
        String name = "Tổ công tác đặc biệt S9A";
        Task task = new Task("1", null, "Rà soát đội ngũ", List.of(name), false, List.of(),
                new Timeframe("Năm 2026", TimeframeKind.DEADLINE, null, LocalDate.of(2026, 12, 31), null), null, 1);
        ProgrammeDocument doc = new ProgrammeDocument(new DocumentInfo("S9A-01/TU", LocalDate.of(2026, 1, 5), "Tỉnh ủy",
                new OrgUnitRef("24", null), "kế hoạch", List.of(), "Kế hoạch thử cơ quan"), List.of(), List.of(task), List.of());
        long programme = CurrentActor.runAs("test", () -> context.getBean(ProgrammeService.class).save(doc, null, false));
        occurrences.plan(programme);
        long province = jdbc.sql("SELECT id FROM org_unit WHERE code = '24'").query(Long.class).single();
        String base = "http://localhost:" + port;
        HttpSession admin = TestUsers.http(base, TestUsers.create(context, Role.ADMIN, "24"));
        HttpSession otherAdmin = TestUsers.http(base, TestUsers.create(context, Role.ADMIN, "12"));

        assertThat(admin.get("/quan-tri/co-quan").body()).contains(name, "S9A-01/TU", "Tỉnh Bắc Ninh");
        Map<String, String> form = Map.of("unit", String.valueOf(province), "name", name, "newBodyName", "Văn phòng UBND tỉnh");
        assertThat(otherAdmin.post("/quan-tri/co-quan/anh-xa", form).statusCode()).isEqualTo(403);
        HttpResponse<String> mapped = admin.post("/quan-tri/co-quan/anh-xa", form);
        assertThat(mapped.statusCode()).as(mapped.body()).isEqualTo(302);
        assertThat(occurrences.list(programme, null, LocalDate.of(2026, 10, 15)))
                .extracting(l -> l.view().unit() + "|" + l.view().body())
                .containsExactly("24|Văn phòng Ủy ban nhân dân tỉnh");
        assertThat(admin.get("/quan-tri/co-quan").body()).doesNotContain("S9A-01/TU");

        HttpResponse<String> again = admin.post("/quan-tri/co-quan/anh-xa", Map.of("unit", String.valueOf(province),
                "name", "tổ công tác  ĐẶC BIỆT s9a", "newBodyName", "Sở Nội vụ"));
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("Tên &quot;tổ công tác  ĐẶC BIỆT s9a&quot; đã được ánh xạ tới Văn phòng Ủy ban nhân dân tỉnh"
                + " tại Tỉnh Bắc Ninh. Một tên chỉ ứng với một cơ quan");

        long alias = jdbc.sql("SELECT id FROM body_alias WHERE scope_unit_id = ? AND alias = ?").param(province).param(name)
                .query(Long.class).single();
        assertThat(admin.post("/quan-tri/co-quan/" + alias + "/xoa", Map.of()).statusCode()).isEqualTo(302);
        assertThat(admin.get("/quan-tri/co-quan").body()).contains("S9A-01/TU");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE object_type = 'body_alias' AND object_id = ?")
                .param(String.valueOf(alias)).query(Integer.class).single()).isEqualTo(2);
    }
}
