package vn.tiendo.emulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.MutableClock;
import vn.tiendo.TiendoTest;
import vn.tiendo.security.HttpSession;
import vn.tiendo.security.Role;
import vn.tiendo.security.TestUsers;
import vn.tiendo.task.TaskFixtures;

/** The emulation ranking of a commune plan on a page and in XLSX: one occurrence done on time, one overdue. */
@TiendoTest
class EmulationPageTest {

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @Autowired EmulationService emulation;
    @LocalServerPort int port;

    @Test
    void aCommuneIsScoredRankedAndExported() throws Exception {
        clock.setDate(LocalDate.of(2026, 6, 15));
        String commune = jdbc.sql("SELECT code FROM org_unit WHERE level = 'COMMUNE' ORDER BY code DESC OFFSET 21 LIMIT 1")
                .query(String.class).single();
        TaskFixtures.Plan plan = TaskFixtures.commune(context, commune);
        jdbc.sql("""
                INSERT INTO task_report (task_id, org_unit_id, period, status, progress_percent, completed_on, reported_by, reported_at)
                SELECT task_id, org_unit_id, 'once', 'DONE', 100, DATE '2026-06-12', 'test', TIMESTAMPTZ '2026-06-12 09:00+07'
                  FROM task_occurrence WHERE id = ?""").param(plan.dueSoon()).update();
        TestUsers.TestUser head = TestUsers.create(context, Role.PROGRAMME_OWNER, commune);

        EmulationResult r = emulation.rank(plan.id(), plan.number(), 2026);
        assertThat(r.asOf()).isEqualTo(LocalDate.of(2026, 6, 15));
        UnitScore unit = r.units().get(0);
        assertThat(r.units()).hasSize(1);
        assertThat(unit.facts()).extracting(UnitTaskFacts::due, UnitTaskFacts::onTime, UnitTaskFacts::overdue, UnitTaskFacts::timely)
                .containsExactly(2, 1, 1, 1);
        assertThat(unit.score()).isEqualTo(50.0);
        assertThat(unit.rank()).isEqualTo(1);
        assertThat(r.heads()).anySatisfy(h -> {
            assertThat(h.userId()).isEqualTo(head.id());
            assertThat(h.score()).isEqualTo(50.0);
        });

        HttpSession session = TestUsers.http("http://localhost:" + port, head);
        HttpResponse<String> page = session.get("/chuong-trinh/" + plan.id() + "/thi-dua?nam=2026");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Thi đua năm", "50,0", "Hoàn thành đúng hạn 1/2 lần thực hiện (50,0 %) × trọng số 40");
        assertThat(session.get("/chuong-trinh/" + plan.id() + "/thi-dua?nam=hai").statusCode()).isEqualTo(400);

        HttpResponse<String> bad = session.post("/chuong-trinh/" + plan.id() + "/thi-dua/trong-so?nam=2026",
                java.util.Map.of("onTime", "bốn mươi", "overdue", "20", "indicators", "25", "timeliness", "15"));
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("Chưa lưu trọng số: trọng số hoàn thành đúng hạn phải là số nguyên từ 0 đến 100");
        assertThat(session.post("/chuong-trinh/" + plan.id() + "/thi-dua/trong-so?nam=2026",
                java.util.Map.of("onTime", "0", "overdue", "0", "indicators", "0", "timeliness", "0")).statusCode()).isEqualTo(422);
        assertThat(session.post("/chuong-trinh/" + plan.id() + "/thi-dua/trong-so?nam=2026",
                java.util.Map.of("onTime", "10", "overdue", "0", "indicators", "0", "timeliness", "0")).statusCode()).isEqualTo(302);
        assertThat(emulation.weights(plan.id())).isEqualTo(new EmulationWeights(10, 0, 0, 0));

        HttpResponse<byte[]> xlsx = java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:"
                        + port + "/chuong-trinh/" + plan.id() + "/thi-dua.xlsx?nam=2026"))
                .header("Cookie", "JSESSIONID=" + session.sessionId()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet units = wb.getSheet("Đơn vị");
            assertThat(units.getPaneInformation().isFreezePane()).isTrue();
            assertThat(units.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            Row row = units.getRow(1);
            assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(50.0);
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(2.0);
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo(unit.facts().unitName());
            assertThat(wb.getSheet("Người đứng đầu").getRow(0).getCell(1).getStringCellValue()).isEqualTo("Người đứng đầu");
        }
    }
}
