package vn.tiendo.web.monitoring;

import vn.tiendo.monitoring.Actual;
import vn.tiendo.monitoring.status.IndicatorPlan;
import vn.tiendo.programme.VietnameseNumber;

/** Targets and actual values as the dashboards show them, numbers written the Vietnamese way rounded to two decimals. */
public final class ProgressText {

    private ProgressText() {
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
        return sign + VietnameseNumber.formatRounded(g.value()) + share;
    }

    /** An actual value as shown: "72,8", "21,05 (8/38)", "Đạt". */
    public static String actual(Actual a) {
        if (a == null) {
            return "";
        }
        if (a.value() == null || a.text() != null && !a.text().isBlank()) {
            return a.text() == null ? "" : a.text();
        }
        return VietnameseNumber.formatRounded(a.value()) + (a.met() != null && a.of() != null ? " (" + a.met() + "/" + a.of() + ")" : "");
    }
}
