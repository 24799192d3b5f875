package vn.tiendo.report;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;
import vn.tiendo.monitoring.status.Status;

/** Draws the report's charts as PNG on the server (XChart), from {@link OfficialReport.Charts}. */
public final class ReportCharts {

    private static final int WIDTH = 1120;
    private static final int HEIGHT = 600;
    private static final Font FONT = new Font(Font.SERIF, Font.PLAIN, 18);

    private ReportCharts() {
    }

    /** The PNG images; either may be null when there is nothing to draw. */
    public record Images(byte[] keyIndicators, byte[] unitsByStatus) {
    }

    public static Images draw(OfficialReport.Charts charts) {
        return new Images(charts.keyIndicators().isEmpty() ? null : keyIndicators(charts.keyIndicators()),
                charts.unitsByStatus().isEmpty() ? null : unitsByStatus(charts.unitsByStatus()));
    }

    static byte[] keyIndicators(List<OfficialReport.Charts.Bar> bars) {
        CategoryChart c = chart("Kết quả so với mục tiêu của các chỉ tiêu chính", "Giá trị");
        List<String> labels = bars.stream().map(OfficialReport.Charts.Bar::label).toList();
        c.addSeries("Kết quả", labels, bars.stream().map(b -> (Number) b.actual()).toList());
        c.addSeries("Mục tiêu", labels, bars.stream().map(b -> (Number) b.target()).toList());
        c.getStyler().setSeriesColors(new Color[] {new Color(0x1F, 0x6F, 0xB2), new Color(0xC9, 0xC9, 0xC9)});
        return png(c);
    }

    static byte[] unitsByStatus(Map<String, Map<Status, Integer>> byIndicator) {
        CategoryChart c = chart("Số đơn vị cấp dưới theo tình trạng của từng chỉ tiêu", "Số đơn vị");
        c.getStyler().setStacked(true);
        List<String> labels = new ArrayList<>(byIndicator.keySet());
        Color[] colors = {new Color(0x2E, 0x7D, 0x32), new Color(0x1F, 0x6F, 0xB2), new Color(0xF9, 0xA8, 0x25),
                new Color(0xC6, 0x28, 0x28), new Color(0x9E, 0x9E, 0x9E)};
        List<Color> used = new ArrayList<>();
        for (Status s : Status.values()) {
            List<Number> counts = labels.stream().map(l -> (Number) byIndicator.get(l).getOrDefault(s, 0)).toList();
            if (counts.stream().anyMatch(n -> n.intValue() > 0)) {
                c.addSeries(s.label(), labels, counts);
                used.add(colors[s.ordinal()]);
            }
        }
        c.getStyler().setSeriesColors(used.toArray(new Color[0]));
        return png(c);
    }

    private static CategoryChart chart(String title, String yTitle) {
        CategoryChart c = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title).yAxisTitle(yTitle).build();
        Styler s = c.getStyler();
        s.setChartTitleFont(FONT.deriveFont(Font.BOLD, 22f));
        s.setLegendFont(FONT);
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        c.getStyler().setLocale(new java.util.Locale("vi", "VN"));
        c.getStyler().setAxisTickLabelsFont(FONT);
        c.getStyler().setAxisTitleFont(FONT);
        c.getStyler().setLabelsVisible(true);
        c.getStyler().setDecimalPattern("#,##0.##");  // as the dashboard writes numbers (VietnameseNumber.formatRounded)
        c.getStyler().setLabelsFont(FONT.deriveFont(14f));
        return c;
    }

    private static byte[] png(CategoryChart c) {
        try {
            return BitmapEncoder.getBitmapBytes(c, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BigDecimal zero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
