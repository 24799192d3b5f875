package vn.tiendo.web.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.MutableClock;
import vn.tiendo.TiendoTest;
import vn.tiendo.audit.CurrentActor;
import vn.tiendo.monitoring.DataVersion;
import vn.tiendo.programme.Baseline;
import vn.tiendo.programme.Comparator;
import vn.tiendo.programme.Direction;
import vn.tiendo.programme.DocumentInfo;
import vn.tiendo.programme.Indicator;
import vn.tiendo.programme.Measure;
import vn.tiendo.programme.OrgUnitRef;
import vn.tiendo.programme.OverallTarget;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programme.Target;
import vn.tiendo.programme.ValueType;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.security.HttpSession;
import vn.tiendo.security.Role;
import vn.tiendo.security.TestUsers;

/**
 * The overall target as written beside the yearly targets, on the dashboard and on the public page; a cumulative
 * indicator ("Đào tạo nghề": 4.700 a year, 23.500 over 2026–2030) is forecast from its running total.
 */
@TiendoTest
class OverallTargetDashboardTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    private long saveTrainingProgramme(String number) {
        List<Target> yearly = java.util.stream.IntStream.rangeClosed(2026, 2030)
                .mapToObj(y -> new Target(y, "4.700", Comparator.EQ, new BigDecimal("4700"))).toList();
        Indicator training = new Indicator("I.1", "Đến năm 2030", "Đào tạo nghề", "người", ValueType.NUMBER, Direction.HIGHER,
                new Baseline(2025, "7.325", new BigDecimal("7325")), yearly,
                new OverallTarget("23.500", null, new BigDecimal("23500"), 2026, 2030), Measure.CUMULATIVE,
                List.of("Sở Nội vụ"), false, List.of(), List.of(), false, null, 12);
        ProgrammeDocument doc = new ProgrammeDocument(new DocumentInfo(number, LocalDate.of(2026, 3, 17), "Ban Thường vụ Đảng ủy",
                new OrgUnitRef("03390", null), "kế hoạch", List.of("71-NQ/TW"), "Kế hoạch đào tạo nghề"),
                List.of(training), List.of(), List.of());
        ProgrammeService programmes = context.getBean(ProgrammeService.class);
        return CurrentActor.runAs("test", () -> {
            long id = programmes.save(doc, null, false);
            programmes.setPublished(id, true);
            return id;
        });
    }

    private void report(long id, String year, String value) {
        jdbc.sql("""
                INSERT INTO data_value (indicator_id, org_unit_id, period, value, demo, created_by, updated_by)
                SELECT i.id, u.id, ?, ?, FALSE, 'x', 'x' FROM indicator i, org_unit u
                 WHERE i.programme_id = ? AND i.code = 'I.1' AND u.code = '03390'""")
                .param(year).param(new BigDecimal(value)).param(id).update();
        context.getBean(DataVersion.class).changed();
    }

    @Test
    void theOverallTargetIsShownAndTheCumulativeForecastUsesTheRunningTotal() {
        long id = saveTrainingProgramme("DN-" + UUID.randomUUID().toString().substring(0, 6) + "-KH/ĐU");
        report(id, "2026", "4800"); // 4.800 + 4 × 4.800 = 24.000 by 2030; 4.800 ≥ 4.700 planned by 2026
        clock.setDate(LocalDate.of(2026, 7, 1));
        HttpSession s = TestUsers.http("http://localhost:" + port, TestUsers.create(context, Role.PROGRAMME_OWNER, "03390"));
        String page = s.get("/chuong-trinh/" + id + "?nam=2026").body();
        assertThat(page).contains("<th class=\"num\">Chỉ tiêu chung</th>",
                "<td class=\"num overall\">23.500 (2026–2030, lũy kế)</td>");
        String forecast = page.substring(page.indexOf("<td class=\"num overall\">"));
        assertThat(forecast).contains("<span>24.000</span>", ">lũy kế</small>", ">đạt mục tiêu</small>", ">Đúng tiến độ</span>");

        String publicPage = new HttpSession("http://localhost:" + port).get("/cong-khai/chuong-trinh/" + id).body();
        assertThat(publicPage).contains("<th>Chỉ tiêu chung</th>", "<td class=\"overall\">23.500 (2026–2030, lũy kế)</td>");
    }
}
