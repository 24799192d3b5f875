package vn.tiendo.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.tiendo.monitoring.Actual;
import vn.tiendo.monitoring.IndicatorProgress;
import vn.tiendo.monitoring.IndicatorRow;
import vn.tiendo.monitoring.status.IndicatorPlan;
import vn.tiendo.monitoring.status.Status;
import vn.tiendo.programme.Direction;
import vn.tiendo.programme.Period;
import vn.tiendo.programme.VietnameseNumber;

/** Phụ lục I and the indicator summary of section II, from the dashboard's progress rows. */
final class IndicatorAppendix {

    static final String NO_DATA = "Chưa có số liệu";
    private static final int NOTABLE = 3;

    private IndicatorAppendix() {
    }

    static List<OfficialReport.IndicatorLine> lines(List<IndicatorProgress> rows, Period period) {
        List<OfficialReport.IndicatorLine> out = new ArrayList<>();
        for (IndicatorProgress p : rows) {
            out.add(line(out.size() + 1, p, period));
        }
        return out;
    }

    private static OfficialReport.IndicatorLine line(int stt, IndicatorProgress p, Period period) {
        IndicatorRow row = p.indicator();
        IndicatorPlan.Goal goal = row.plan().targets().get(period.year());
        Actual a = p.latest();
        BigDecimal target = goal == null ? null : goal.value();
        BigDecimal result = a == null ? null : a.value();
        BigDecimal percent = target == null || result == null || target.signum() == 0 ? null
                : result.multiply(BigDecimal.valueOf(100)).divide(target, 1, RoundingMode.HALF_UP);
        String baseline = row.plan().hasBaseline() ? VietnameseNumber.formatRounded(row.plan().baselineValue())
                + " (" + row.plan().baselineYear() + ")" : blankOr(row.baselineText());
        return new OfficialReport.IndicatorLine(stt, row.code(), row.name(), blankOr(row.unit()), baseline,
                row.plan().baselineValue(), targetText(goal), target, resultText(a, period), result, percent,
                assessment(row, p, target, result), source(a), p.assessment().status());
    }

    static String targetText(IndicatorPlan.Goal g) {
        if (g == null) {
            return "—";
        }
        if (g.value() == null) {
            return blankOr(g.text());
        }
        String c = g.comparator() == null ? "" : g.comparator().printed();
        return ("=".equals(c) ? "" : c) + VietnameseNumber.formatRounded(g.value());
    }

    private static String resultText(Actual a, Period period) {
        if (a == null) {
            return NO_DATA;
        }
        String v = a.value() == null ? blankOr(a.text()) : VietnameseNumber.formatRounded(a.value());
        if (a.met() != null && a.of() != null) {
            v += " (" + a.met() + "/" + a.of() + ")";
        }
        return a.period().equals(period.code()) ? v : v + " (kỳ " + a.period() + ")";
    }

    /** Đạt / Chưa đạt / Vượt against the period's target; the status rules decide when the target is not a number. */
    static String assessment(IndicatorRow row, IndicatorProgress p, BigDecimal target, BigDecimal result) {
        if (p.latest() == null) {
            return NO_DATA;
        }
        if (target == null || result == null) {
            return p.assessment().status() == Status.MET ? "Đạt" : "Chưa đạt";
        }
        int cmp = result.compareTo(target);
        if (row.plan().direction() == Direction.LOWER) {
            cmp = -cmp;
        }
        return cmp > 0 ? "Vượt" : cmp == 0 ? "Đạt" : "Chưa đạt";
    }

    private static String source(Actual a) {
        if (a == null) {
            return "—";
        }
        String s = a.aggregated() ? "Tổng hợp từ đơn vị cấp dưới" : "Đơn vị báo cáo";
        return a.demo() ? s + " (dữ liệu minh họa)" : s;
    }

    /** True when some indicator has a value of exactly this period's year. */
    static boolean hasData(List<IndicatorProgress> rows, Period period) {
        return rows.stream().anyMatch(p -> p.latest() != null && Period.parse(p.latest().period()).year() == period.year());
    }

    /** "Trong tổng số 12 chỉ tiêu: đạt 3 (…); đúng tiến độ 2; có nguy cơ không đạt 1 (…); chậm tiến độ 4 (…); …". */
    static String summary(List<IndicatorProgress> rows, Period period, boolean hasData) {
        if (rows.isEmpty()) {
            return "Chương trình không có chỉ tiêu nào để theo dõi.";
        }
        if (!hasData) {
            return "Kỳ báo cáo " + period.label().toLowerCase() + " chưa có số liệu: chưa có chỉ tiêu nào được báo cáo kết quả.";
        }
        Map<Status, List<String>> names = new EnumMap<>(Status.class);
        for (IndicatorProgress p : rows) {
            names.computeIfAbsent(p.assessment().status(), s -> new ArrayList<>()).add(p.indicator().name());
        }
        StringBuilder sb = new StringBuilder("Trong tổng số " + rows.size() + " chỉ tiêu: ");
        sb.append(part("đạt", names.get(Status.MET), true)).append("; ");
        sb.append(part("đúng tiến độ", names.get(Status.ON_TRACK), false)).append("; ");
        sb.append(part("có nguy cơ không đạt", names.get(Status.AT_RISK), true)).append("; ");
        sb.append(part("chậm tiến độ", names.get(Status.OFF_TRACK), true)).append("; ");
        sb.append(part("chưa có số liệu", names.get(Status.NO_DATA), false)).append(". Chi tiết tại Phụ lục I.");
        return sb.toString();
    }

    private static String part(String word, List<String> names, boolean notable) {
        if (names == null || names.isEmpty()) {
            return word + " 0";
        }
        String s = word + " " + names.size();
        if (notable) {
            List<String> shown = names.subList(0, Math.min(NOTABLE, names.size()));
            s += " (" + String.join("; ", shown) + (names.size() > NOTABLE ? "; …" : "") + ")";
        }
        return s;
    }

    private static String blankOr(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
