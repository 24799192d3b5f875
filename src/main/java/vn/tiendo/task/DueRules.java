package vn.tiendo.task;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Computes where an occurrence stands on a given day from its due date and its latest report.
 * Overdue is computed here, never typed: an occurrence is overdue when it is not done and the day is
 * after its due date. It is due soon when not done and its due date is at most N days away
 * (default 7; the due date itself counts as due soon). Ongoing occurrences are never done nor overdue;
 * conditional ones without their triggering document are waiting.
 */
public final class DueRules {

    public static final int DEFAULT_DUE_SOON_DAYS = 7;

    private final int dueSoonDays;

    public DueRules() {
        this(DEFAULT_DUE_SOON_DAYS);
    }

    public DueRules(int dueSoonDays) {
        if (dueSoonDays < 0) {
            throw new IllegalArgumentException("Số ngày nhắc trước hạn không được âm: " + dueSoonDays);
        }
        this.dueSoonDays = dueSoonDays;
    }

    public int dueSoonDays() {
        return dueSoonDays;
    }

    /**
     * @param occurrence the occurrence
     * @param report     its latest report, null when none was made
     * @param asOf       the day to judge on
     */
    public DueState state(Occurrence occurrence, LatestReport report, LocalDate asOf) {
        if (occurrence == null || asOf == null) {
            throw new IllegalArgumentException("Thiếu lần thực hiện hoặc ngày xét");
        }
        if (occurrence.ongoing()) {
            return DueState.ONGOING;
        }
        LocalDate due = occurrence.due();
        if (report != null && report.done()) {
            return due != null && report.doneOn().isAfter(due) ? DueState.DONE_LATE : DueState.DONE_ON_TIME;
        }
        if (occurrence.waiting()) {
            return DueState.WAITING;
        }
        if (due == null) {
            return DueState.NOT_DUE;
        }
        if (asOf.isAfter(due)) {
            return DueState.OVERDUE;
        }
        return ChronoUnit.DAYS.between(asOf, due) <= dueSoonDays ? DueState.DUE_SOON : DueState.NOT_DUE;
    }

    /** The official status word of an occurrence on a given day (see {@link TaskStatus}). */
    public TaskStatus status(Occurrence occurrence, LatestReport report, LocalDate asOf) {
        return status(state(occurrence, report, asOf), report);
    }

    /** The official status word for a due state and the latest report (null when none). */
    public static TaskStatus status(DueState state, LatestReport report) {
        return switch (state) {
            case ONGOING -> TaskStatus.THUC_HIEN_THUONG_XUYEN;
            case WAITING -> TaskStatus.CHO_VAN_BAN;
            case DONE_ON_TIME -> TaskStatus.HOAN_THANH_DUNG_HAN;
            case DONE_LATE -> TaskStatus.HOAN_THANH_QUA_HAN;
            case OVERDUE -> TaskStatus.DANG_THUC_HIEN_QUA_HAN;
            case DUE_SOON, NOT_DUE -> report != null && report.percent() > 0
                    ? TaskStatus.DANG_THUC_HIEN_TRONG_HAN : TaskStatus.CHUA_THUC_HIEN;
        };
    }
}
