package vn.tiendo.emulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The formula of docs/emulation-score.md: four parts, each 0–1 —
 * on time = done on time / due; overdue = 1 − overdue at the scoring day / due; indicators = indicators met or on
 * track / indicators; timeliness = first report by the due date / due — and the score 100 × Σ weight·part / Σ weight
 * over the parts that apply (the task parts need an occurrence due in the year, the indicator part an indicator).
 */
public final class EmulationScore {

    private EmulationScore() {
    }

    public static UnitScore score(UnitTaskFacts f, Integer indicatorsTotal, Integer indicatorsAttained, EmulationWeights w) {
        boolean tasks = f.due() > 0;
        boolean indicators = indicatorsTotal != null && indicatorsTotal > 0;
        Double onTime = tasks ? (double) f.onTime() / f.due() : null;
        Double overdue = tasks ? 1 - Math.min(1.0, (double) f.overdue() / f.due()) : null;
        Double timely = tasks ? (double) f.timely() / f.due() : null;
        Double ind = indicators ? (double) indicatorsAttained / indicatorsTotal : null;
        List<String> reasons = new ArrayList<>();
        double sum = 0;
        int weights = 0;
        List<String> terms = new ArrayList<>();
        if (tasks) {
            reasons.add(String.format(Locale.ROOT, "Hoàn thành đúng hạn %d/%d lần thực hiện (%s) × trọng số %d", f.onTime(), f.due(),
                    percent(onTime), w.onTime()));
            reasons.add(String.format(Locale.ROOT, "Quá hạn đến ngày xét %d/%d (điểm %s) × trọng số %d", f.overdue(), f.due(),
                    percent(overdue), w.overdue()));
            reasons.add(String.format(Locale.ROOT, "Báo cáo đúng hạn %d/%d (%s) × trọng số %d", f.timely(), f.due(), percent(timely),
                    w.timeliness()));
            sum += onTime * w.onTime() + overdue * w.overdue() + timely * w.timeliness();
            weights += w.onTime() + w.overdue() + w.timeliness();
            terms.add(decimal(onTime) + "×" + w.onTime());
            terms.add(decimal(overdue) + "×" + w.overdue());
            terms.add(decimal(timely) + "×" + w.timeliness());
        } else {
            reasons.add("Không có nhiệm vụ đến hạn trong năm: bỏ ba tiêu chí về nhiệm vụ");
        }
        if (indicators) {
            reasons.add(String.format(Locale.ROOT, "Chỉ tiêu đạt hoặc đúng tiến độ %d/%d (%s) × trọng số %d", indicatorsAttained,
                    indicatorsTotal, percent(ind), w.indicators()));
            sum += ind * w.indicators();
            weights += w.indicators();
            terms.add(decimal(ind) + "×" + w.indicators());
        } else {
            reasons.add("Chương trình không có chỉ tiêu cho đơn vị: bỏ tiêu chí chỉ tiêu");
        }
        Double score = weights == 0 ? null : Math.round(1000.0 * sum / weights) / 10.0;
        if (score != null) {
            reasons.add("Điểm = 100 × (" + String.join(" + ", terms) + ") / " + weights + " = " + decimal1(score));
        }
        return new UnitScore(0, f, indicatorsTotal, indicatorsAttained, onTime, overdue, ind, timely, score, reasons);
    }

    static String percent(double part) {
        return decimal1(part * 100) + " %";
    }

    /** 0.75 → "0,75", 0.125 → "0,125", 1/3 → "0,333" (at most three decimals, Vietnamese decimal comma). */
    static String decimal(double v) {
        return new java.math.BigDecimal(v).setScale(3, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
                .replace('.', ',');
    }

    static String decimal1(double v) {
        return String.format(Locale.ROOT, "%.1f", v).replace('.', ',');
    }
}
