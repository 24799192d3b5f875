package vn.tiendo.programmes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;
import vn.tiendo.monitoring.FormulaKind;
import vn.tiendo.monitoring.FormulaRepository;
import vn.tiendo.monitoring.IndicatorFormula;
import vn.tiendo.monitoring.TestValues;
import vn.tiendo.programme.Indicator;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programme.Task;

/** Re-importing a programme (thay thế) keeps what units reported against it. */
@TiendoTest
class ReplaceKeepsReportedDataTest {

    @Autowired ProgrammeService programmes;
    @Autowired TestValues values;
    @Autowired FormulaRepository formulas;
    @Autowired JdbcClient jdbc;

    long laiChau() {
        return jdbc.sql("SELECT id FROM org_unit WHERE code = '12'").query(Long.class).single();
    }

    long indicator(long programmeId, String code) {
        return jdbc.sql("SELECT id FROM indicator WHERE programme_id = ? AND code = ?").param(programmeId).param(code)
                .query(Long.class).single();
    }

    long task(long programmeId, String code) {
        return jdbc.sql("SELECT id FROM task WHERE programme_id = ? AND code = ?").param(programmeId).param(code)
                .query(Long.class).single();
    }

    void report(long taskId, String period, int percent) {
        jdbc.sql("""
                INSERT INTO task_report (task_id, org_unit_id, period, status, progress_percent, note, reported_by)
                VALUES (?, ?, ?, 'IN_PROGRESS', ?, 'đang làm', 'test')""")
                .param(taskId).param(laiChau()).param(period).param(percent).update();
    }

    List<String> valuesOf(long indicatorId) {
        return jdbc.sql("SELECT period || '=' || value FROM data_value WHERE indicator_id = ? ORDER BY period")
                .param(indicatorId).query(String.class).list();
    }

    static ProgrammeDocument withIndicators(ProgrammeDocument doc, List<Indicator> indicators, List<Task> tasks) {
        return new ProgrammeDocument(doc.document(), indicators, tasks, doc.warnings());
    }

    static Indicator renamed(Indicator in, String code, String name) {
        return new Indicator(code, in.section(), name, in.unit(), in.valueType(), in.direction(), in.baseline(), in.targets(),
                in.trackedBy(), in.trackedByInferred(), in.footnotes(), in.children(), in.fromProse(), in.sourceText(), in.sourceLine());
    }

    @Test
    void replacingTheSameDocumentKeepsValuesTaskReportsAndFormulas() {
        ProgrammeDocument doc = ProgrammeServiceTest.laiChauSample("RK1-CTr/TU");
        long p = programmes.save(doc, null, false);
        long i1 = indicator(p, "I.1");
        long i2 = indicator(p, "I.2");
        long child = indicator(p, "5.1");
        long t1 = task(p, "B.I.1");
        values.put(i1, laiChau(), "2026", "73.5");
        values.put(i1, laiChau(), "2027", "74");
        values.put(child, laiChau(), "2026", "98");
        formulas.define(IndicatorFormula.of(i2, FormulaKind.MAX));
        report(t1, "2026", 40);

        long again = programmes.save(doc, "lại.txt", true);

        assertThat(again).isEqualTo(p);
        assertThat(indicator(p, "I.1")).isEqualTo(i1);
        assertThat(indicator(p, "5.1")).isEqualTo(child);
        assertThat(valuesOf(i1)).containsExactly("2026=73.5", "2027=74");
        assertThat(valuesOf(child)).containsExactly("2026=98");
        assertThat(formulas.effective(i2).kind()).isEqualTo(FormulaKind.MAX);
        assertThat(jdbc.sql("SELECT progress_percent FROM task_report WHERE task_id = ?").param(t1).query(Integer.class).list())
                .containsExactly(40);
        assertThat(programmes.export(p)).isEqualTo(doc);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE object_type = 'programme' AND object_id = ? AND action = 'REPLACE'")
                .param(Long.toString(p)).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aRenamedIndicatorIsMatchedByCodeAndARecodedOneByItsName() {
        ProgrammeDocument doc = ProgrammeServiceTest.laiChauSample("RK2-CTr/TU");
        long p = programmes.save(doc, null, false);
        long i1 = indicator(p, "I.1");
        long i2 = indicator(p, "I.2");
        values.put(i1, laiChau(), "2026", "73.5");
        values.put(i2, laiChau(), "2026", "21");
        Indicator newName = renamed(doc.indicators().get(0), "I.1", "Tỉ lệ trường đạt chuẩn quốc gia");
        Indicator newCode = renamed(doc.indicators().get(1), "II.9",
                "  HOÀN THÀNH phổ cập giáo dục mầm non   cho trẻ em từ 3 đến 5 tuổi");
        ProgrammeDocument corrected = withIndicators(doc, List.of(newName, newCode), doc.tasks());

        programmes.save(corrected, null, true);

        assertThat(indicator(p, "I.1")).isEqualTo(i1);
        assertThat(indicator(p, "II.9")).isEqualTo(i2);
        assertThat(valuesOf(i1)).containsExactly("2026=73.5");
        assertThat(valuesOf(i2)).containsExactly("2026=21");
        assertThat(programmes.export(p)).isEqualTo(corrected);
    }

    @Test
    void droppingAnIndicatorWithValuesIsRefusedListingItThenDoneWhenConfirmedAndAudited() {
        ProgrammeDocument doc = ProgrammeServiceTest.laiChauSample("RK3-CTr/TU");
        long p = programmes.save(doc, null, false);
        long i2 = indicator(p, "I.2");
        values.put(i2, laiChau(), "2026", "21");
        values.put(i2, laiChau(), "2027", "39.4");
        ProgrammeDocument without = withIndicators(doc, List.of(doc.indicators().get(0)), doc.tasks());

        assertThatThrownBy(() -> programmes.save(without, null, true))
                .isInstanceOf(ReplacementRefusedException.class)
                .hasMessage("Thay thế văn bản RK3-CTr/TU sẽ xóa số liệu đã báo cáo của các dòng không còn trong văn bản mới: "
                        + "chỉ tiêu I.2 \"Hoàn thành phổ cập giáo dục mầm non cho trẻ em từ 3 đến 5 tuổi\" (2 số liệu). "
                        + "Chưa lưu gì. Nếu đúng là muốn bỏ các số liệu này, hãy xác nhận rõ việc bỏ chúng.");
        assertThat(valuesOf(i2)).containsExactly("2026=21", "2027=39.4");
        assertThat(programmes.export(p)).isEqualTo(doc);

        ReplacementPlan plan = programmes.planReplacement(without).orElseThrow();
        assertThat(plan.losses()).extracting(ReplacementPlan.Loss::describe).containsExactly(
                "chỉ tiêu I.2 \"Hoàn thành phổ cập giáo dục mầm non cho trẻ em từ 3 đến 5 tuổi\" (2 số liệu)");
        assertThatThrownBy(() -> programmes.save(without, null, true, "0000000000000000"))
                .as("a confirmation of another list does not count").isInstanceOf(ReplacementRefusedException.class);

        programmes.save(without, null, true, plan.lossesKey());

        assertThat(jdbc.sql("SELECT count(*) FROM indicator WHERE id = ?").param(i2).query(Integer.class).single()).isZero();
        List<String> audited = jdbc.sql("""
                SELECT (before ->> 'period') || '=' || (before ->> 'value') || ' ' || (before ->> 'indicator_code') FROM audit_event
                 WHERE object_type = 'data_value' AND action = 'DELETE' AND summary LIKE '%RK3-CTr/TU%' ORDER BY before ->> 'period'""")
                .query(String.class).list();
        assertThat(audited).containsExactly("2026=21 I.2", "2027=39.4 I.2");
        assertThat(programmes.export(p)).isEqualTo(without);
    }

    @Test
    void aTaskReportSurvivesAndDroppingAReportedTaskNeedsConfirmation() {
        ProgrammeDocument doc = ProgrammeServiceTest.laiChauSample("RK4-CTr/TU");
        long p = programmes.save(doc, null, false);
        long t1 = task(p, "B.I.1");
        long t2 = task(p, "B.I.2");
        report(t1, "2026", 40);
        report(t2, "2026", 10);
        List<Task> reordered = new ArrayList<>(List.of(doc.tasks().get(1), doc.tasks().get(0)));

        programmes.save(withIndicators(doc, doc.indicators(), reordered), null, true);
        assertThat(task(p, "B.I.1")).isEqualTo(t1);
        assertThat(jdbc.sql("SELECT ordinal FROM task WHERE id = ?").param(t1).query(Integer.class).single()).isEqualTo(1);

        ProgrammeDocument onlyFirst = withIndicators(doc, doc.indicators(), List.of(doc.tasks().get(0)));
        assertThatThrownBy(() -> programmes.save(onlyFirst, null, true))
                .isInstanceOf(ReplacementRefusedException.class).hasMessageContaining("nhiệm vụ B.I.2 \"Sơ kết\" (1 báo cáo tiến độ)");
        programmes.save(onlyFirst, null, true, programmes.planReplacement(onlyFirst).orElseThrow().lossesKey());
        assertThat(jdbc.sql("SELECT progress_percent FROM task_report WHERE task_id = ?").param(t1).query(Integer.class).list())
                .containsExactly(40);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE object_type = 'task_report' AND action = 'DELETE'"
                + " AND summary LIKE '%B.I.2%RK4-CTr/TU%'").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theDatabaseRefusesToCascadeFromAProgrammeToReportedValues() {
        long p = programmes.save(ProgrammeServiceTest.laiChauSample("RK5-CTr/TU"), null, false);
        values.put(indicator(p, "I.1"), laiChau(), "2026", "70");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM programme WHERE id = ?").param(p).update())
                .hasMessageContaining("data_value_indicator_id_fkey");
        assertThat(valuesOf(indicator(p, "I.1"))).containsExactly("2026=70");
    }
}
