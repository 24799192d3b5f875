package vn.tiendo.entry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.programme.Baseline;
import vn.tiendo.programme.Comparator;
import vn.tiendo.programme.Direction;
import vn.tiendo.programme.DocumentInfo;
import vn.tiendo.programme.Indicator;
import vn.tiendo.programme.OrgUnitRef;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programme.Target;
import vn.tiendo.programme.Task;
import vn.tiendo.programme.Timeframe;
import vn.tiendo.programme.TimeframeKind;
import vn.tiendo.programme.ValueType;
import vn.tiendo.programmes.ProgrammeService;

/**
 * Programmes for data entry tests, mirroring rows of the real Lai Châu programme 05-CTr/TU (Phụ lục I)
 * and the Bình Lư plan 70-KH/ĐU. Each call saves a programme under a fresh number so tests do not meet.
 */
public final class EntryFixtures {

    /** A saved programme: its id, number and indicator ids by code. */
    public record Saved(long id, String number, Map<String, Long> indicators, Map<String, Long> tasks) {

        public long indicator(String code) {
            return indicators.get(code);
        }
    }

    private EntryFixtures() {
    }

    static Indicator indicator(String code, String name, String unit, ValueType type, Baseline baseline, List<Target> targets,
                               List<Indicator> children) {
        return new Indicator(code, "Đến năm 2030", name, unit, type, Direction.HIGHER, baseline, targets,
                List.of("Sở Giáo dục và Đào tạo"), false, List.of(), children, false, null, null);
    }

    /** Lai Châu (code 12): I.1 % with sub-indicator 5.1, I.2 % "21 (8/38)", I.3 people, I.4 Đạt/Chưa đạt, I.5 count, I.6 text. */
    public static Saved laiChau(ProgrammeService programmes, JdbcClient jdbc) {
        String number = "T" + UUID.randomUUID().toString().substring(0, 6) + "-CTr/TU";
        Indicator child = indicator("5.1", "Mầm non", "%", ValueType.PERCENT, null,
                List.of(new Target(2030, "100", Comparator.EQ, new BigDecimal("100"))), List.of());
        List<Indicator> indicators = List.of(
                indicator("I.1", "Trường đạt chuẩn quốc gia", "%", ValueType.PERCENT, new Baseline(2025, "71,9", new BigDecimal("71.9")),
                        List.of(new Target(2026, "72,6", Comparator.EQ, new BigDecimal("72.6")),
                                new Target(2027, "74,7", Comparator.EQ, new BigDecimal("74.7")),
                                new Target(2030, "≥ 80", Comparator.GE, new BigDecimal("80"))), List.of(child)),
                indicator("I.2", "Hoàn thành phổ cập giáo dục mầm non cho trẻ em từ 3 đến 5 tuổi", "% (xã, phường)", ValueType.PERCENT,
                        new Baseline(2025, "0 %", BigDecimal.ZERO),
                        List.of(new Target(2026, "21 (8/38)", Comparator.EQ, new BigDecimal("21"), 8, 38)), List.of()),
                indicator("I.3", "Đào tạo nghề", "Người", ValueType.NUMBER, null,
                        List.of(new Target(2026, "4.700", Comparator.EQ, new BigDecimal("4700"))), List.of()),
                indicator("I.4", "Hoàn thành phổ cập giáo dục mầm non (xã)", "Đạt/Chưa đạt", ValueType.YES_NO, null,
                        List.of(new Target(2026, "Đạt", Comparator.EQ, null)), List.of()),
                indicator("I.5", "Số trường mầm non đạt chuẩn", "Trường", ValueType.COUNT, null, List.of(), List.of()),
                indicator("I.6", "Kết quả chuyển đổi số trong nhà trường", "", ValueType.TEXT, null, List.of(), List.of()));
        List<Task> tasks = List.of(
                new Task("B.I.1", "Nâng cao nhận thức", "Xây dựng, ban hành Kế hoạch tuyên truyền", List.of("Ban Tuyên giáo và Dân vận Tỉnh ủy"),
                        false, List.of(), new Timeframe("Năm 2026", TimeframeKind.DEADLINE, null, LocalDate.of(2026, 12, 31), null), null, 200),
                new Task("B.I.2", "Nâng cao nhận thức", "Sơ kết", List.of("UBND tỉnh"), false, List.of(),
                        new Timeframe("Thường xuyên", TimeframeKind.ONGOING, null, null, null), null, 201));
        ProgrammeDocument doc = new ProgrammeDocument(new DocumentInfo(number, LocalDate.of(2025, 11, 24), "Ban Thường vụ Tỉnh ủy",
                new OrgUnitRef("12", "Tỉnh Lai Châu"), "chương trình hành động", List.of("71-NQ/TW"), null), indicators, tasks, List.of());
        long id = programmes.save(doc, null, false);
        return saved(id, number, jdbc);
    }

    static Saved saved(long id, String number, JdbcClient jdbc) {
        Map<String, Long> ids = jdbc.sql("SELECT code, id FROM indicator WHERE programme_id = ?").param(id)
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<String, Long> tasks = jdbc.sql("SELECT code, id FROM task WHERE programme_id = ?").param(id)
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return new Saved(id, number, ids, tasks);
    }

    public static long unitId(JdbcClient jdbc, String code) {
        return jdbc.sql("SELECT id FROM org_unit WHERE code = ?").param(code).query(Long.class).single();
    }
}
