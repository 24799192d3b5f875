package vn.tiendo.programmes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;
import vn.tiendo.audit.CurrentActor;
import vn.tiendo.monitoring.IndicatorRow;
import vn.tiendo.monitoring.ProgrammeIndicators;
import vn.tiendo.monitoring.TestValues;
import vn.tiendo.programme.DocumentInfo;
import vn.tiendo.programme.Indicator;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programme.Target;
import vn.tiendo.programme.Task;
import vn.tiendo.reader.ProgrammeReader;

/**
 * Sửa đổi, bổ sung on the seed 05-CTr/TU (under its own number): the amending document changes the 2026 and 2027
 * targets of an indicator, adds a task and drops an unreported one, effective 2027. The programme keeps its id and
 * becomes version 2; version 1 stays readable; the value reported for 2026 stays; the dashboards' plan uses the old
 * target for 2026 (before the effective year) and the new one for 2027.
 */
@TiendoTest
class ProgrammeAmendmentTest {

    @Autowired ProgrammeService programmes;
    @Autowired ProgrammeAmendments amendments;
    @Autowired ProgrammeIndicators indicators;
    @Autowired TestValues values;
    @Autowired JdbcClient jdbc;
    @Autowired org.springframework.context.ApplicationContext context;
    @org.springframework.boot.test.web.server.LocalServerPort int port;

    @Test
    void anAmendmentIsANewVersionKeepingValuesAndTheTargetsInForceBeforeItsYear() throws Exception {
        ProgrammeDocument original = seed("A" + UUID.randomUUID().toString().substring(0, 6) + "-CTr/TU");
        long id = CurrentActor.runAs("test", () -> programmes.save(original, "05-CTr/TU (seed)", false));
        Indicator x = original.indicators().stream().filter(i -> target(i, 2026) != null && target(i, 2027) != null
                && target(i, 2027).value() != null && target(i, 2026).value() != null).findFirst().orElseThrow();
        long xId = jdbc.sql("SELECT id FROM indicator WHERE programme_id = ? AND code = ?").params(id, x.code()).query(Long.class).single();
        long laiChau = jdbc.sql("SELECT id FROM org_unit WHERE code = '12'").query(Long.class).single();
        values.put(xId, laiChau, "2026", "12.5");
        Task dropped = original.tasks().get(original.tasks().size() - 1);

        ProgrammeDocument amended = amended(original, x, dropped);
        int version = CurrentActor.runAs("test", () -> amendments.amend(amended,
                new ProgrammeAmendments.Amendment("99-CTr/TU", LocalDate.of(2026, 12, 1), 2027), "99-CTr/TU", null));

        assertThat(version).isEqualTo(2);
        assertThat(amendments.versions(id)).extracting(ProgrammeVersionStore.Version::amendingNumber).containsExactly("99-CTr/TU");
        ProgrammeDocument v1 = amendments.version(id, 1);
        ProgrammeDocument v2 = amendments.version(id, 2);
        assertThat(target(find(v1, x.code()), 2027).text()).isEqualTo(target(x, 2027).text());
        assertThat(target(find(v2, x.code()), 2027).text()).isEqualTo("99,9");
        assertThat(v1.tasks()).extracting(Task::code).contains(dropped.code()).doesNotContain("Z.1");
        assertThat(v2.tasks()).extracting(Task::code).contains("Z.1").doesNotContain(dropped.code());
        assertThat(jdbc.sql("SELECT id FROM indicator WHERE programme_id = ? AND code = ?").params(id, x.code()).query(Long.class).single())
                .as("the indicator continues").isEqualTo(xId);
        assertThat(jdbc.sql("SELECT value FROM data_value WHERE indicator_id = ? AND period = '2026'").param(xId).query(BigDecimal.class)
                .single()).isEqualByComparingTo("12.5");
        IndicatorRow row = indicators.of(id).stream().filter(r -> r.id() == xId).findFirst().orElseThrow();
        assertThat(row.plan().targets().get(2026).text()).as("2026, before the amendment's year").isEqualTo(target(x, 2026).text());
        assertThat(row.plan().targets().get(2027).text()).as("2027, in force from the amendment").isEqualTo("99,9");
        vn.tiendo.security.HttpSession page = vn.tiendo.security.TestUsers.http("http://127.0.0.1:" + port,
                vn.tiendo.security.TestUsers.create(context, vn.tiendo.security.Role.VIEWER, "12"));
        var html = page.get("/chuong-trinh/" + id + "/phien-ban?v=1");
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.body()).contains("Sửa đổi, bổ sung theo 99-CTr/TU", target(x, 2027).text(), dropped.title()).doesNotContain("99,9");
    }

    @Test
    void anAmendmentOfAProgrammeNotStoredIsRefusedInVietnamese() throws Exception {
        ProgrammeDocument doc = seed("B" + UUID.randomUUID().toString().substring(0, 6) + "-CTr/TU");
        assertThatThrownBy(() -> CurrentActor.runAs("test", () -> amendments.amend(doc,
                new ProgrammeAmendments.Amendment("98-CTr/TU", LocalDate.of(2026, 12, 1), 2027), null, null)))
                .isInstanceOf(ProgrammeConflictException.class).hasMessageContaining("để sửa đổi, bổ sung");
    }

    private static ProgrammeDocument amended(ProgrammeDocument original, Indicator x, Task dropped) {
        List<Indicator> list = new ArrayList<>();
        for (Indicator i : original.indicators()) {
            if (!i.code().equals(x.code())) {
                list.add(i);
                continue;
            }
            List<Target> targets = i.targets().stream().map(t -> t.year() == 2026 || t.year() == 2027
                    ? new Target(t.year(), t.year() == 2027 ? "99,9" : "88,8", t.comparator(),
                            new BigDecimal(t.year() == 2027 ? "99.9" : "88.8"), null, null) : t).toList();
            list.add(new Indicator(i.code(), i.section(), i.name(), i.unit(), i.valueType(), i.direction(), i.baseline(), targets,
                    i.overallTarget(), i.measure(), i.trackedBy(), i.trackedByInferred(), i.footnotes(), i.children(), i.fromProse(),
                    i.sourceText(), i.sourceLine()));
        }
        List<Task> tasks = new ArrayList<>(original.tasks().stream().filter(t -> t != dropped).toList());
        Task model = original.tasks().get(0);
        tasks.add(new Task("Z.1", model.group(), "Bổ sung: tổ chức sơ kết giữa kỳ", model.lead(), model.leadInferred(),
                model.coordinating(), model.timeframe(), model.deliverable(), model.note(), false, null));
        return new ProgrammeDocument(original.document(), list, tasks, original.warnings());
    }

    private static ProgrammeDocument seed(String number) throws Exception {
        try (InputStream in = ProgrammeAmendmentTest.class.getResourceAsStream("/reader/seeds/000_f08d51100ad4b942.txt")) {
            ProgrammeDocument doc = new ProgrammeReader().read("000.txt", in.readAllBytes());
            DocumentInfo d = doc.document();
            return new ProgrammeDocument(new DocumentInfo(number, d.date(), d.issuer(), d.orgUnit(), d.kind(), d.implementsDocs(),
                    d.bases(), d.title()), doc.indicators(), doc.tasks(), doc.warnings());
        }
    }

    private static Indicator find(ProgrammeDocument doc, String code) {
        return doc.indicators().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    private static Target target(Indicator i, int year) {
        return i.targets().stream().filter(t -> t.year() == year).findFirst().orElse(null);
    }
}
