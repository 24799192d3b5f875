package vn.tiendo.web.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.tiendo.TiendoTest;
import vn.tiendo.link.LinkService;
import vn.tiendo.link.LinkTestSeeds;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.security.HttpSession;
import vn.tiendo.security.Role;
import vn.tiendo.security.TestUsers;

/** The side-by-side links page over HTTP: who may decide, saving all rows, a stale form, no parent relation. */
@TiendoTest
class LinkPageTest {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired ProgrammeService programmes;
    @Autowired LinkService links;

    private HttpSession as(Role role, String unit) {
        return TestUsers.http("http://localhost:" + port, TestUsers.create(context, role, unit));
    }

    /** The page's form with rows (kind, child code, chosen parent code) of items the officer saw unlinked. */
    private static Map<String, String> form(long parent, String... rows) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("parent", String.valueOf(parent));
        for (int i = 0; i < rows.length / 3; i++) {
            m.put("kind." + i, rows[3 * i]);
            m.put("child." + i, rows[3 * i + 1]);
            m.put("seen." + i, "");
            m.put("version." + i, "");
            m.put("choice." + i, rows[3 * i + 2]);
        }
        return m;
    }

    @Test
    void theCommunesOwnerConfirmsAndAStaleFormIsRefusedWithNothingStored() {
        long[] ids = LinkTestSeeds.store(programmes, "LNK-W/TU", "LNK-W/ĐU");
        long parent = ids[0];
        long child = ids[1];
        HttpSession owner = as(Role.PROGRAMME_OWNER, "03390");
        HttpResponse<String> page = owner.get("/chuong-trinh/" + child + "/lien-ket");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Trường đạt chuẩn quốc gia.", "LNK-W/TU", "Lưu liên kết",
                "Xây dựng trường Cao đẳng Lai Châu đạt chuẩn quốc gia", "0,95");

        Map<String, String> confirmTwo = form(parent, "INDICATOR", "I.1", "I.1", "TASK", "B.I.3", "B.I.2");
        HttpResponse<String> saved = owner.post("/chuong-trinh/" + child + "/lien-ket", confirmTwo);
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(links.view(child, parent).stored()).containsOnlyKeys("indicator I.1", "task B.I.3");

        HttpSession other = as(Role.PROGRAMME_OWNER, "03390");
        other.get("/chuong-trinh/" + child + "/lien-ket");
        Map<String, String> stale = form(parent, "INDICATOR", "I.2", "I.2", "TASK", "B.I.3", "B.I.3");
        HttpResponse<String> refused = other.post("/chuong-trinh/" + child + "/lien-ket", stale);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("Liên kết của nhiệm vụ B.I.3", "vừa được người khác thay đổi; chưa lưu gì");
        assertThat(links.view(child, parent).stored()).containsOnlyKeys("indicator I.1", "task B.I.3");
        assertThat(links.view(child, parent).stored().get("task B.I.3").parentCode()).isEqualTo("B.I.2");
    }

    @Test
    void onlyProgrammeOwnersOfTheChildsUnitDecideAndUnrelatedProgrammesAreRefused() {
        long[] ids = LinkTestSeeds.store(programmes, "LNK-V/TU", "LNK-V/ĐU");
        HttpSession reporter = as(Role.REPORTER, "03390");
        assertThat(reporter.get("/chuong-trinh/" + ids[1] + "/lien-ket").statusCode()).isEqualTo(200);
        HttpResponse<String> post = reporter.post("/chuong-trinh/" + ids[1] + "/lien-ket", form(ids[0], "INDICATOR", "I.1", "I.1"));
        assertThat(post.statusCode()).isEqualTo(403);
        HttpSession elsewhere = as(Role.PROGRAMME_OWNER, "24");
        assertThat(elsewhere.get("/chuong-trinh/" + ids[1] + "/lien-ket").statusCode()).isEqualTo(403);
        assertThat(links.view(ids[1], ids[0]).stored()).isEmpty();

        HttpSession owner = as(Role.PROGRAMME_OWNER, "12");
        HttpResponse<String> reversed = owner.get("/chuong-trinh/" + ids[0] + "/lien-ket?cap-tren=" + ids[1]);
        assertThat(reversed.statusCode()).isEqualTo(400);
        assertThat(reversed.body()).contains("chính LNK-V/ĐU triển khai LNK-V/TU (liên kết sẽ tạo vòng)");
        assertThat(List.of(owner.get("/chuong-trinh/" + ids[0] + "/lien-ket").body()))
                .allSatisfy(b -> assertThat(b).contains("chưa có văn bản cấp trên"));
    }
}
