package vn.tiendo.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tiendo.programme.Baseline;
import vn.tiendo.programme.Comparator;
import vn.tiendo.programme.Direction;
import vn.tiendo.programme.DocumentInfo;
import vn.tiendo.programme.Indicator;
import vn.tiendo.programme.OrgUnitRef;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programme.Target;
import vn.tiendo.programme.ValueType;

/** Phụ lục I of Lai Châu's 05-CTr/TU as the reader would give it: the real seed rows 1–6 and 7. */
public final class LaiChauProgramme {

    private LaiChauProgramme() {
    }

    public static ProgrammeDocument document(String number) {
        List<Indicator> list = new ArrayList<>();
        list.add(numeric("1", "Trường đạt chuẩn quốc gia", "%", ValueType.PERCENT, "71,9", "71.9",
                new String[] {"72,6", "74,7", "77,5", "79,7", "81,2"}, "≥ 80", Comparator.GE, "80", 170));
        list.add(new Indicator("2", "Đến năm 2030", "Hoàn thành phổ cập giáo dục mầm non cho trẻ em từ 3 đến 5 tuổi",
                "% (xã, phường)", ValueType.PERCENT, Direction.HIGHER, new Baseline(2025, "0 %", BigDecimal.ZERO),
                List.of(new Target(2026, "21 (8/38)", Comparator.EQ, new BigDecimal("21"), 8, 38),
                        new Target(2027, "39,4 (15/38)", Comparator.EQ, new BigDecimal("39.4"), 15, 38),
                        new Target(2028, "71 (27/38)", Comparator.EQ, new BigDecimal("71"), 27, 38),
                        new Target(2029, "100 (38/38)", Comparator.EQ, new BigDecimal("100"), 38, 38),
                        new Target(2030, "100", Comparator.EQ, new BigDecimal("100"))),
                List.of("Sở Giáo dục và Đào tạo"), false, List.of(), List.of(), false, null, 171));
        list.add(numeric("3", "Hoàn thành giáo dục bắt buộc hết trung học cơ sở", "% (xã, phường)", ValueType.PERCENT, "0%", "0",
                new String[] {"13,2", "26,3", "52,6", "78,9", null}, "100", Comparator.EQ, "100", 172));
        list.add(numeric("4", "Tỉ lệ người trong độ tuổi hoàn thành cấp trung học phổ thông và tương đương cả nước", "%",
                ValueType.PERCENT, "45,6", "45.6", new String[] {"46", "48", "52", "57", null}, "≥62", Comparator.GE, "62", 173));
        list.add(numeric("5", "Tỉ lệ người trong độ tuổi theo học các trình độ sau trung học phổ thông", "%", ValueType.PERCENT,
                "13,4", "13.4", new String[] {"15,9", "18,6", "21,0", "22,9", null}, "25", Comparator.EQ, "25", 177));
        list.add(numeric("6", "Đào tạo nghề", "Người", ValueType.NUMBER, "7.325", "7325",
                new String[] {"4.700", "4.700", "4.700", "4.700", "4.700"}, null, null, null, 178));
        list.add(new Indicator("7", "Đến năm 2030", "Xây dựng trường Cao đẳng Lai Châu đạt chuẩn quốc gia", null, ValueType.YES_NO,
                Direction.HIGHER, null, List.of(new Target(2030, "Năm 2030 đạt chuẩn quốc gia", Comparator.EQ, null)),
                List.of(), false, List.of(), List.of(), false, null, 179));
        return new ProgrammeDocument(new DocumentInfo(number, LocalDate.of(2025, 11, 24), "Ban Thường vụ Tỉnh ủy",
                new OrgUnitRef("12", "Tỉnh Lai Châu"), "chương trình hành động", List.of("71-NQ/TW"),
                "Chương trình hành động thực hiện Nghị quyết số 71-NQ/TW"), list, List.of(), List.of());
    }

    private static Indicator numeric(String code, String name, String unit, ValueType type, String baselineText, String baseline,
                                     String[] yearly, String overallText, Comparator overallCmp, String overall, int line) {
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i < yearly.length; i++) {
            if (yearly[i] != null) {
                targets.add(new Target(2026 + i, yearly[i], Comparator.EQ,
                        new BigDecimal(yearly[i].replace(".", "").replace(',', '.'))));
            }
        }
        if (overallText != null && yearly[4] == null) {
            targets.add(new Target(2030, overallText, overallCmp, new BigDecimal(overall)));
        }
        return new Indicator(code, "Đến năm 2030", name, unit, type, Direction.HIGHER,
                new Baseline(2025, baselineText, new BigDecimal(baseline.replace(',', '.'))), targets,
                List.of("Sở Giáo dục và Đào tạo"), false, List.of(), List.of(), false, null, line);
    }
}
