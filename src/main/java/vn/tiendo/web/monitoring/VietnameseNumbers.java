package vn.tiendo.web.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.tiendo.monitoring.Actual;
import vn.tiendo.monitoring.status.IndicatorPlan;
import vn.tiendo.reader.VietnameseNumber;

/** Numbers as Vietnamese officers write them: 72,6 and 4.700 (dấu phẩy thập phân, dấu chấm phân nhóm). */
public final class VietnameseNumbers {

    private VietnameseNumbers() {
    }

    /** 72.6 → "72,6"; 4700 → "4.700"; 21.0526 → "21,05"; null → "". */
    public static String format(BigDecimal n) {
        if (n == null) {
            return "";
        }
        BigDecimal rounded = n.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return VietnameseNumber.format(rounded.signum() == 0 ? BigDecimal.ZERO : rounded);
    }

    /** A target as shown: "72,6", "≥ 80", "21 (8/38)", or its text when qualitative. */
    public static String target(IndicatorPlan.Goal g) {
        if (g == null) {
            return "";
        }
        if (g.value() == null) {
            return g.text();
        }
        String sign = switch (g.comparator()) {
            case EQ -> "";
            default -> g.comparator().printed() + " ";
        };
        String share = g.text() != null && g.text().matches(".*\\(\\d+/\\d+\\).*") ? g.text().replaceAll("^[^(]*", " ") : "";
        return sign + format(g.value()) + share;
    }

    /** An actual value as shown: "72,8", "21,05 (8/38)", "Đạt". */
    public static String actual(Actual a) {
        if (a == null) {
            return "";
        }
        if (a.value() == null || a.text() != null && !a.text().isBlank()) {
            return a.text() == null ? "" : a.text();
        }
        return format(a.value()) + (a.met() != null && a.of() != null ? " (" + a.met() + "/" + a.of() + ")" : "");
    }
}
