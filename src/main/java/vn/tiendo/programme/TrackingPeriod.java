package vn.tiendo.programme;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The tracking period (giai đoạn theo dõi) of Resolution 71 programmes: actual values from the base
 * year 2025 to the forecast year 2030, and the milestone years (mốc) 2030, 2035 and 2045 whose targets
 * are the goals. The one place these years are written.
 *
 * @param firstYear  first year of actual values (năm gốc)
 * @param lastYear   last year a dashboard shows, also the year forecast (mốc 2030)
 * @param milestones milestone years, ascending
 */
public record TrackingPeriod(int firstYear, int lastYear, List<Integer> milestones) {

    /** The period of the Resolution 71 action programmes. */
    public static final TrackingPeriod RESOLUTION_71 = new TrackingPeriod(2025, 2030, List.of(2030, 2035, 2045));

    public TrackingPeriod {
        if (lastYear < firstYear) {
            throw new IllegalArgumentException("Giai đoạn theo dõi " + firstYear + "–" + lastYear + " không hợp lệ");
        }
        milestones = List.copyOf(milestones);
    }

    /** The year whose value is forecast (the first milestone). */
    public int forecastYear() {
        return lastYear;
    }

    public boolean contains(int year) {
        return year >= firstYear && year <= lastYear;
    }

    /** {@code year} moved into the period: years before it give the first year, years after it the last. */
    public int clamp(int year) {
        return Math.max(firstYear, Math.min(lastYear, year));
    }

    /** Every year of the period, first to last. */
    public List<Integer> years() {
        return IntStream.rangeClosed(firstYear, lastYear).boxed().toList();
    }

    public boolean isMilestone(int year) {
        return milestones.contains(year);
    }
}
