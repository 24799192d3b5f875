package vn.tiendo.task;

import java.time.LocalDate;

/**
 * The latest progress report on an occurrence, as far as due state needs it.
 *
 * @param doneOn  day the work was reported done; null while not done
 * @param percent percent complete, 0–100 (100 when done)
 */
public record LatestReport(LocalDate doneOn, int percent) {

    public LatestReport {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("Tỷ lệ hoàn thành phải từ 0 đến 100 (nhận được " + percent + ")");
        }
        if (doneOn != null && percent != 100) {
            throw new IllegalArgumentException("Đã hoàn thành ngày " + doneOn + " thì tỷ lệ phải là 100 (nhận được "
                    + percent + ")");
        }
    }

    public static LatestReport done(LocalDate on) {
        return new LatestReport(on, 100);
    }

    public static LatestReport inProgress(int percent) {
        return new LatestReport(null, percent);
    }

    public boolean done() {
        return doneOn != null;
    }
}
