package vn.tiendo.programmes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;
import vn.tiendo.audit.CurrentActor;
import vn.tiendo.programme.Baseline;
import vn.tiendo.programme.Comparator;
import vn.tiendo.programme.Direction;
import vn.tiendo.programme.DocumentInfo;
import vn.tiendo.programme.Indicator;
import vn.tiendo.programme.OrgUnitRef;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programme.ReadWarning;
import vn.tiendo.programme.Target;
import vn.tiendo.programme.Task;
import vn.tiendo.programme.Timeframe;
import vn.tiendo.programme.TimeframeKind;
import vn.tiendo.programme.ValueType;

@TiendoTest
class ProgrammeServiceTest {

    @Autowired
    ProgrammeService programmes;
    @Autowired
    JdbcClient jdbc;

    static ProgrammeDocument laiChauSample(String number) {
        Indicator child = new Indicator("5.1", "Đến năm 2030", "Mầm non", "%", ValueType.PERCENT, Direction.HIGHER,
                null, List.of(new Target(2030, "100", Comparator.EQ, new BigDecimal("100"))), List.of(), false, List.of(),
                List.of(), false, null, 40);
        Indicator i1 = new Indicator("I.1", "Đến năm 2030", "Trường đạt chuẩn quốc gia", "%", ValueType.PERCENT,
                Direction.HIGHER, new Baseline(2025, "71,9", new BigDecimal("71.9")),
                List.of(new Target(2026, "72,6", Comparator.EQ, new BigDecimal("72.6")),
                        new Target(2030, "≥ 80", Comparator.GE, new BigDecimal("80")),
                        new Target(2035, "≥85", Comparator.GE, new BigDecimal("85"))),
                List.of("Sở Giáo dục và Đào tạo"), false, List.of("chú thích 1"), List.of(child), false, "1\tTrường…", 170);
        Indicator i2 = new Indicator("I.2", "Đến năm 2030", "Hoàn thành phổ cập giáo dục mầm non cho trẻ em từ 3 đến 5 tuổi",
                "% (xã, phường)", ValueType.PERCENT, Direction.HIGHER, new Baseline(2025, "0 %", BigDecimal.ZERO),
                List.of(new Target(2026, "21 (8/38)", Comparator.EQ, new BigDecimal("21"), 8, 38)),
                List.of("Sở Giáo dục và Đào tạo"), true, List.of(), List.of(), false, null, 171);
        Task task = new Task("B.I.1", "Nâng cao nhận thức", "Xây dựng, ban hành Kế hoạch tuyên truyền",
                List.of("Ban Tuyên giáo và Dân vận Tỉnh ủy"), false, List.of("Các ban đảng tỉnh", "các đảng ủy trực thuộc Tỉnh ủy"),
                new Timeframe("Năm 2025 và thực hiện thường xuyên hàng năm", TimeframeKind.RECURRING, null,
                        LocalDate.of(2025, 12, 31), "yearly"), null, 200);
        Task conditional = new Task("B.I.2", "Nâng cao nhận thức", "Sơ kết",
                List.of("UBND tỉnh"), true, List.of(), new Timeframe("Khi có văn bản chỉ đạo của Trung ương",
                TimeframeKind.CONDITIONAL, null, null, null), "ghi chú", 201);
        return new ProgrammeDocument(new DocumentInfo(number, LocalDate.of(2025, 11, 24), "Ban Thường vụ Tỉnh ủy",
                new OrgUnitRef("12", "Tỉnh Lai Châu"), "chương trình hành động", List.of("71-NQ/TW", "281/NQ-CP"),
                "Chương trình hành động thực hiện Nghị quyết số 71-NQ/TW"),
                List.of(i1, i2), List.of(task, conditional), List.of(new ReadWarning(212, "Không đọc được ô")));
    }

    @Test
    void aSavedProgrammeExportsExactlyAsItWasRead() {
        ProgrammeDocument doc = laiChauSample("T1-CTr/TU");
        long id = programmes.save(doc, "mẫu.txt", false);
        assertThat(programmes.export(id)).isEqualTo(doc);
        ProgrammeSummary s = programmes.findSummary(id).orElseThrow();
        assertThat(s.orgUnitName()).isEqualTo("Tỉnh Lai Châu");
        assertThat(s.indicatorCount()).isEqualTo(3);
        assertThat(s.taskCount()).isEqualTo(2);
        assertThat(programmes.findId("T1-CTr/TU")).contains(id);
        assertThat(programmes.findId("T1-CTr/TU@12")).contains(id);
    }

    @Test
    void theSameNumberTwiceIsRefusedUnlessReplacing() {
        long first = programmes.save(laiChauSample("T2-CTr/TU"), null, false);
        assertThatThrownBy(() -> programmes.save(laiChauSample("T2-CTr/TU"), null, false))
                .isInstanceOf(ProgrammeConflictException.class).hasMessageContaining("Đã có văn bản T2-CTr/TU của Tỉnh Lai Châu");
        long second = programmes.save(laiChauSample("T2-CTr/TU"), null, true);
        assertThat(second).as("replacing updates the stored programme in place").isEqualTo(first);
        assertThat(jdbc.sql("SELECT count(*) FROM programme WHERE number = 'T2-CTr/TU'").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anUnknownUnitIsRefusedAndNothingIsSaved() {
        ProgrammeDocument doc = laiChauSample("T3-CTr/TU");
        ProgrammeDocument elsewhere = new ProgrammeDocument(new DocumentInfo("T3-CTr/TU", null, null,
                new OrgUnitRef(null, "Tỉnh Atlantis"), null, List.of(), null), doc.indicators(), doc.tasks(), List.of());
        int before = jdbc.sql("SELECT count(*) FROM indicator").query(Integer.class).single();
        assertThatThrownBy(() -> programmes.save(elsewhere, null, false))
                .isInstanceOf(ProgrammeConflictException.class).hasMessageContaining("Tỉnh Atlantis");
        assertThat(jdbc.sql("SELECT count(*) FROM indicator").query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void aCommunePlanIsLinkedToTheProvinceProgrammeItImplements() {
        long province = programmes.save(laiChauSample("T4-CTr/TU"), null, false);
        ProgrammeDocument plan = new ProgrammeDocument(new DocumentInfo("T4-KH/ĐU", LocalDate.of(2026, 3, 17),
                "Ban Thường vụ Đảng ủy", new OrgUnitRef(null, "Xã Bình Lư"), "kế hoạch", List.of("T4-CTr/TU"), null),
                List.of(), List.of(), List.of());
        long commune = programmes.save(plan, null, false);
        assertThat(programmes.findSummary(commune).orElseThrow().parentId()).isEqualTo(province);
        assertThat(programmes.findSummary(commune).orElseThrow().orgUnitCode()).isEqualTo("03390");
    }

    @Test
    void theCreatorIsTheCurrentActor() {
        long id = CurrentActor.runAs("can-bo-t6", () -> programmes.save(laiChauSample("T6-CTr/TU"), null, false));
        assertThat(jdbc.sql("SELECT created_by FROM programme WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("can-bo-t6");
    }

    @Test
    void aMissingProgrammeIsNotFoundNotAConflict() {
        assertThatThrownBy(() -> programmes.export(-7)).isInstanceOf(ProgrammeNotFoundException.class)
                .hasMessage("Không có văn bản mã -7.");
        assertThatThrownBy(() -> programmes.setPublished(-7, true)).isInstanceOf(ProgrammeNotFoundException.class);
        assertThat(programmes.findId("không-có-T7")).isEmpty();
    }

    @Test
    void savingIsAudited() {
        long id = programmes.save(laiChauSample("T5-CTr/TU"), "a.txt", false);
        String summary = jdbc.sql("SELECT summary FROM audit_event WHERE object_type = 'programme' AND object_id = ? AND action = 'IMPORT'")
                .param(Long.toString(id)).query(String.class).single();
        assertThat(summary).contains("T5-CTr/TU", "a.txt");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event").update()).hasMessageContaining("chỉ được ghi thêm");
    }
}
