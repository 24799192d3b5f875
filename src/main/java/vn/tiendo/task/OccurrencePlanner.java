package vn.tiendo.task;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.tiendo.programme.Period;
import vn.tiendo.programme.Timeframe;
import vn.tiendo.programme.TimeframeKind;

/**
 * Turns a task's normalised time frame into occurrences over the tracking range (default 2025–2030):
 * <ul>
 * <li>deadline ("Quý III năm 2026"): one, due at the end of the period (30/9/2026);</li>
 * <li>range ("Giai đoạn 2025-2027"): one, started at its start, due at its end (none for "Từ năm 2026");</li>
 * <li>recurring ("Quý IV năm 2025 và triển khai thực hiện hằng năm"): one per year (quarter, month) from
 *     the first one stated, each due at the same point of its own year (quarter, month); without a
 *     first one ("Hằng năm"), one per period of the tracking range, due at its end;</li>
 * <li>ongoing ("Thường xuyên"): one per year of the tracking range, never due;</li>
 * <li>conditional ("Khi có văn bản chỉ đạo của Trung ương"): one, waiting without a due date until its
 *     triggering document is recorded, then due that document's date plus N days (default 30);</li>
 * <li>a time frame not understood: one, without a due date, flagged unclear.</li>
 * </ul>
 */
public final class OccurrencePlanner {

    public static final int DEFAULT_FIRST_YEAR = 2025;
    public static final int DEFAULT_LAST_YEAR = 2030;
    public static final int DEFAULT_CONDITIONAL_DAYS = 30;
    /** key of the only occurrence of a deadline, range, conditional or unclear task */
    public static final String ONCE = "once";

    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("d/M/yyyy");

    private final int firstYear;
    private final int lastYear;
    private final int conditionalDays;

    public OccurrencePlanner() {
        this(DEFAULT_FIRST_YEAR, DEFAULT_LAST_YEAR, DEFAULT_CONDITIONAL_DAYS);
    }

    public OccurrencePlanner(int firstYear, int lastYear, int conditionalDays) {
        if (firstYear < 1900 || lastYear > 2100 || lastYear < firstYear) {
            throw new IllegalArgumentException("Khoảng năm theo dõi không hợp lệ: " + firstYear + "–" + lastYear);
        }
        if (conditionalDays < 0) {
            throw new IllegalArgumentException("Số ngày thực hiện sau khi có văn bản không được âm: " + conditionalDays);
        }
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.conditionalDays = conditionalDays;
    }

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return lastYear;
    }

    public int conditionalDays() {
        return conditionalDays;
    }

    /** Occurrences of a time frame; a conditional one is waiting. */
    public List<Occurrence> plan(Timeframe timeframe) {
        return plan(timeframe, null);
    }

    /** Occurrences of a time frame; the trigger is used only by a conditional time frame. */
    public List<Occurrence> plan(Timeframe timeframe, Trigger trigger) {
        TimeframeKind kind = timeframe == null ? null : timeframe.kind();
        if (kind == null) {
            return List.of(unclear(timeframe, null));
        }
        return switch (kind) {
            case DEADLINE -> timeframe.end() == null ? List.of(unclear(timeframe, kind))
                    : List.of(once(timeframe, timeframe.start(), timeframe.end()));
            case RANGE -> List.of(once(timeframe, timeframe.start(), timeframe.end()));
            case RECURRING -> recurring(timeframe);
            case ONGOING -> ongoing();
            case CONDITIONAL -> List.of(conditional(timeframe, trigger));
        };
    }

    private static Occurrence once(Timeframe t, LocalDate start, LocalDate due) {
        return new Occurrence(ONCE, t.kind(), t.text(), start, due, null, false);
    }

    private static Occurrence unclear(Timeframe t, TimeframeKind kind) {
        String text = t == null || t.text() == null || t.text().isBlank() ? "Chưa rõ thời gian" : t.text();
        return new Occurrence(ONCE, kind, text, null, null, null, true);
    }

    private List<Occurrence> ongoing() {
        List<Occurrence> out = new ArrayList<>();
        for (int y = firstYear; y <= lastYear; y++) {
            Period p = Period.year(y);
            out.add(new Occurrence(p.code(), TimeframeKind.ONGOING, p.label(), p.start(), null, null, false));
        }
        return out;
    }

    private Occurrence conditional(Timeframe t, Trigger trigger) {
        if (trigger == null) {
            return new Occurrence(ONCE, TimeframeKind.CONDITIONAL, t.text(), null, null, null, false);
        }
        String label = "Theo văn bản số " + trigger.documentNumber() + " ngày " + trigger.date().format(VN_DATE);
        return new Occurrence(ONCE, TimeframeKind.CONDITIONAL, label, trigger.date(),
                trigger.date().plusDays(conditionalDays), trigger, false);
    }

    private List<Occurrence> recurring(Timeframe t) {
        Step step = Step.of(t.recurrence());
        LocalDate anchorDue = t.end();
        LocalDate anchorStart = t.start();
        if (anchorDue == null) {
            anchorStart = LocalDate.of(firstYear, 1, 1);
            anchorDue = anchorStart.plusMonths(step.months).minusDays(1);
        }
        List<Occurrence> out = new ArrayList<>();
        for (int k = 0; ; k++) {
            LocalDate due = shift(anchorDue, k * step.months);
            if (due.getYear() > lastYear) {
                break;
            }
            if (due.getYear() >= firstYear) {
                out.add(step.occurrence(shift(anchorStart, k * step.months), due));
            }
        }
        if (out.isEmpty()) { // the first one stated lies after the tracking range: keep just it
            out.add(step.occurrence(anchorStart, anchorDue));
        }
        return out;
    }

    /** Moves a date by whole months; the last day of a month stays the last day of its month. */
    static LocalDate shift(LocalDate date, int months) {
        if (date == null) {
            return null;
        }
        LocalDate moved = date.plusMonths(months);
        return date.getDayOfMonth() == date.lengthOfMonth() ? moved.withDayOfMonth(moved.lengthOfMonth()) : moved;
    }

    /** The period a recurrence repeats over. */
    private enum Step {
        YEAR(12), QUARTER(3), MONTH(1);

        final int months;

        Step(int months) {
            this.months = months;
        }

        static Step of(String recurrence) {
            if ("quarterly".equals(recurrence)) {
                return QUARTER;
            }
            return "monthly".equals(recurrence) ? MONTH : YEAR;
        }

        Occurrence occurrence(LocalDate start, LocalDate due) {
            int y = due.getYear();
            int m = due.getMonthValue();
            String key;
            String label;
            switch (this) {
                case QUARTER -> {
                    Period p = Period.quarter(y, (m - 1) / 3 + 1);
                    key = p.code();
                    label = p.label();
                }
                case MONTH -> {
                    key = String.format("%d%02d", y, m);
                    label = "Tháng " + m + "/" + y;
                }
                default -> {
                    key = Integer.toString(y);
                    label = Period.year(y).label();
                }
            }
            return new Occurrence(key, TimeframeKind.RECURRING, label, start, due, null, false);
        }
    }
}
