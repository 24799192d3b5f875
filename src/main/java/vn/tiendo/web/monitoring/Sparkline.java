package vn.tiendo.web.monitoring;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/** The points of a small inline SVG trend line (biểu đồ xu hướng thu nhỏ), drawn on the server. */
public final class Sparkline {

    public static final int WIDTH = 90;
    public static final int HEIGHT = 24;

    private Sparkline() {
    }

    /** "x,y x,y …" for an SVG polyline over the years {@code from}..{@code to}; empty with fewer than two points. */
    public static String points(SortedMap<Integer, BigDecimal> yearly, int from, int to) {
        if (yearly.size() < 2) {
            return "";
        }
        double min = yearly.values().stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0);
        double max = yearly.values().stream().mapToDouble(BigDecimal::doubleValue).max().orElse(1);
        double span = max - min == 0 ? 1 : max - min;
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<Integer, BigDecimal> e : yearly.entrySet()) {
            double x = 2 + (WIDTH - 4) * (e.getKey() - from) / (double) Math.max(1, to - from);
            double y = HEIGHT - 2 - (HEIGHT - 4) * (e.getValue().doubleValue() - min) / span;
            sb.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        return sb.toString().trim();
    }
}
