package vn.tiendo.security;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationContext;
import vn.tiendo.audit.CurrentActor;
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

/** Programmes for security tests, mirroring rows of the seed documents (05-CTr/TU, 70-KH/ĐU). */
public final class TestProgrammes {

    private TestProgrammes() {
    }

    /** A plan of the unit {@code unitCode} with the "Trường đạt chuẩn quốc gia" indicator and one task; returns its id. */
    public static long save(ApplicationContext context, String unitCode, String number, boolean published) {
        Indicator schools = new Indicator("I.1", "Đến năm 2030", "Trường đạt chuẩn quốc gia", "%", ValueType.PERCENT,
                Direction.HIGHER, new Baseline(2025, "71,9", new BigDecimal("71.9")),
                List.of(new Target(2026, "72,6", Comparator.EQ, new BigDecimal("72.6")),
                        new Target(2030, "81,2", Comparator.EQ, new BigDecimal("81.2"))),
                List.of("Sở Giáo dục và Đào tạo"), false, List.of(), List.of(), false, null, 170);
        Task task = new Task("B.I.1", "Nâng cao nhận thức", "Xây dựng, ban hành Kế hoạch tuyên truyền",
                List.of("Ban Tuyên giáo và Dân vận"), false, List.of(),
                new Timeframe("Năm 2025 và thực hiện thường xuyên hàng năm", TimeframeKind.RECURRING, null,
                        LocalDate.of(2025, 12, 31), "yearly"), null, 200);
        ProgrammeDocument doc = new ProgrammeDocument(new DocumentInfo(number, LocalDate.of(2026, 3, 17), "Ban Thường vụ Đảng ủy",
                new OrgUnitRef(unitCode, null), "kế hoạch", List.of("71-NQ/TW"),
                "Kế hoạch thực hiện Nghị quyết số 71-NQ/TW về đột phá phát triển giáo dục và đào tạo"),
                List.of(schools), List.of(task), List.of());
        ProgrammeService programmes = context.getBean(ProgrammeService.class);
        return CurrentActor.runAs("test", () -> {
            long id = programmes.save(doc, null, false);
            if (published) {
                programmes.setPublished(id, true);
            }
            return id;
        });
    }
}
