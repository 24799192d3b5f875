package vn.tiendo.reader;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tiendo.programme.Timeframe;
import vn.tiendo.programme.TimeframeKind;

/**
 * Reads a task's time frame (thời gian thực hiện). Never throws: text it does not understand gives
 * a Timeframe with kind null and a warning. Periods are given their first and last day:
 * "Quý I/2026" → 2026-01-01..2026-03-31, "Năm 2026" → 2026-01-01..2026-12-31;
 * "Đến năm 2030" states only an end, "Từ năm 2026" only a start.
 */
public final class TimeframeParser {

    /** A time frame and, when it could not be understood, a Vietnamese warning. */
    public record Result(Timeframe timeframe, String warning) {
    }

    private static final String Q = "(iv|iii|ii|i|1|2|3|4)";
    private static final Pattern QUARTERS = Pattern.compile(
            "^(?:trong )?quý " + Q + "(?:\\s*(?:/|,? năm)\\s*(\\d{4}))?((?:\\s*(?:,|và|-|–)\\s*(?:quý )?" + Q
                    + "(?:\\s*(?:/|,? năm)\\s*\\d{4})?)*)$");
    private static final Pattern QUARTER_ITEM = Pattern.compile("(?:quý )?" + Q + "(?:\\s*(?:/|,? năm)\\s*(\\d{4}))?");
    private static final Pattern YEAR = Pattern.compile("^(?:(?:trong |cả |hết |cuối )?năm )?(\\d{4})$");
    private static final Pattern QUARTER_DASH_YEAR = Pattern.compile("(quý (?:iv|iii|ii|i|[1-4]))\\s*-\\s*(\\d{4})");
    private static final Pattern ONWARDS = Pattern.compile("^(.*?\\d{4}.*?),? và (?:những|các) năm tiếp theo$");
    private static final Pattern FROM_DATE = Pattern.compile("^(?:bắt đầu )?từ (?:ngày )?(\\d{1,2})/(\\d{1,2})/(\\d{4})$");
    private static final Pattern FROM_YEAR = Pattern.compile("^(?:bắt đầu )?từ (?:năm )?(\\d{4})(?: trở đi)?$");
    private static final Pattern UNTIL_YEAR = Pattern.compile(
            "^(?:đến|tới|trước|chậm nhất)(?: hết| cuối)? (?:năm )?(\\d{4})(?:\\s*\\(.*\\))?$");
    private static final Pattern RANGE = Pattern.compile(
            "^(?:giai đoạn |từ năm |từ |năm )?(\\d{4})\\s*(?:-|–|—|đến|tới)\\s*(?:năm )?(\\d{4})$");
    private static final Pattern MONTH = Pattern.compile(
            "^(?:trong |trước |đến |hết )?(?:tháng (\\d{1,2})\\s*(?:/|năm)|(\\d{1,2})\\s*/)\\s*(\\d{4})$");
    private static final Pattern HALF = Pattern.compile("^(?:trong )?6 tháng (đầu|cuối) năm (\\d{4})$");
    private static final Pattern RECURRING_SUFFIX = Pattern.compile(
            "^(.*?)\\s*(?:,|;)?\\s*(?:và|,)\\s*(?:triển khai )?(?:tổ chức )?(?:thực hiện )?(?:thường xuyên )?(hàng|hằng) (năm|quý|tháng)$");

    private TimeframeParser() {
    }

    public static Result parse(String raw) {
        String text = Text.clean(raw);
        if (text.isEmpty()) {
            return new Result(new Timeframe(text, null, null, null, null), "Ô thời gian thực hiện trống");
        }
        try {
            Timeframe t = parseClean(text);
            if (t != null) {
                return new Result(t, null);
            }
        } catch (RuntimeException e) {
            // fall through to the warning
        }
        return new Result(new Timeframe(text, null, null, null, null),
                "Không hiểu thời gian thực hiện \"" + TargetParser.abbreviate(text) + "\"");
    }

    private static Timeframe parseClean(String text) {
        String s = normalise(text);
        if (s.length() > 300) {
            return null;
        }
        if (s.startsWith("khi ") || s.startsWith("theo kế hoạch") || s.startsWith("theo chỉ đạo")
                || s.startsWith("theo lộ trình") || s.startsWith("theo hướng dẫn") || s.startsWith("theo yêu cầu")
                || s.startsWith("sau khi")) {
            return new Timeframe(text, TimeframeKind.CONDITIONAL, null, null, null);
        }
        if (s.matches("(?:thực hiện |triển khai |nhiệm vụ )?thường xuyên,? (?:và )?(?:hằng|hàng) năm")) {
            return new Timeframe(text, TimeframeKind.RECURRING, null, null, "yearly");
        }
        if (s.matches("(?:thực hiện |triển khai |nhiệm vụ )?thường xuyên(?:[,;] .*| và liên tục)?")) {
            return new Timeframe(text, TimeframeKind.ONGOING, null, null, null);
        }
        Matcher every = Pattern.compile("^(?:thực hiện |định kỳ )?(?:hàng|hằng) (năm|quý|tháng)$").matcher(s);
        if (every.matches()) {
            return new Timeframe(text, TimeframeKind.RECURRING, null, null, recurrence(every.group(1)));
        }
        Matcher rec = RECURRING_SUFFIX.matcher(s);
        if (rec.matches() && !rec.group(1).isBlank()) {
            LocalDate[] first = period(rec.group(1).strip());
            if (first != null) {
                return new Timeframe(text, TimeframeKind.RECURRING, first[0], first[1], recurrence(rec.group(3)));
            }
            return null;
        }
        return dated(text, s);
    }

    /** Lower case, single spaces, no final punctuation; "Quí IV-2025" → "quý iv/2025". */
    private static String normalise(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[.;]+$", "").replaceAll("\\s+", " ").strip();
        s = s.replace("quí ", "quý ");
        return QUARTER_DASH_YEAR.matcher(s).replaceAll("$1/$2");
    }

    /** "2025 và những năm tiếp theo", "Giai đoạn 2026-2030 và những năm tiếp theo": from the first year on. */
    private static Timeframe onwards(String text, String s) {
        Matcher m = ONWARDS.matcher(s);
        if (!m.matches()) {
            return null;
        }
        Matcher y = Pattern.compile("(\\d{4})").matcher(m.group(1));
        return y.find() ? new Timeframe(text, TimeframeKind.RANGE, LocalDate.of(year(y.group(1)), 1, 1), null, null) : null;
    }

    /** Dated forms: from a year, until a year, a range of years, quarters, or a single period. */
    private static Timeframe dated(String text, String s) {
        Timeframe on = onwards(text, s);
        if (on != null) {
            return on;
        }
        Matcher d = FROM_DATE.matcher(s);
        if (d.matches()) {
            return new Timeframe(text, TimeframeKind.RANGE,
                    LocalDate.of(year(d.group(3)), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(1))), null, null);
        }
        Matcher m = FROM_YEAR.matcher(s);
        if (m.matches()) {
            return new Timeframe(text, TimeframeKind.RANGE, LocalDate.of(year(m.group(1)), 1, 1), null, null);
        }
        m = UNTIL_YEAR.matcher(s);
        if (m.matches()) {
            return new Timeframe(text, TimeframeKind.DEADLINE, null, LocalDate.of(year(m.group(1)), 12, 31), null);
        }
        m = RANGE.matcher(s);
        if (m.matches()) {
            int a = year(m.group(1));
            int b = year(m.group(2));
            if (b < a) {
                return null;
            }
            return new Timeframe(text, TimeframeKind.RANGE, LocalDate.of(a, 1, 1), LocalDate.of(b, 12, 31), null);
        }
        if (QUARTERS.matcher(s).matches()) {
            return quarterTimeframe(text, s);
        }
        LocalDate[] p = period(s);
        if (p != null) {
            return new Timeframe(text, TimeframeKind.DEADLINE, p[0], p[1], null);
        }
        return null;
    }

    /** One quarter is a deadline, several a range from the first quarter's start to the last one's end. */
    private static Timeframe quarterTimeframe(String text, String s) {
        List<LocalDate[]> qs = quarters(s);
        if (qs == null || qs.isEmpty()) {
            return null;
        }
        LocalDate start = qs.get(0)[0];
        LocalDate end = qs.get(qs.size() - 1)[1];
        if (end.isBefore(start)) {
            return null;
        }
        return new Timeframe(text, qs.size() == 1 ? TimeframeKind.DEADLINE : TimeframeKind.RANGE, start, end, null);
    }

    /** A single period: a year, a quarter, a half-year or a month; null if not one of those. */
    private static LocalDate[] period(String s) {
        Matcher m = YEAR.matcher(s);
        if (m.matches()) {
            int y = year(m.group(1));
            return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
        }
        m = MONTH.matcher(s);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
            if (month < 1 || month > 12) {
                return null;
            }
            LocalDate start = LocalDate.of(year(m.group(3)), month, 1);
            return new LocalDate[] {start, start.plusMonths(1).minusDays(1)};
        }
        m = HALF.matcher(s);
        if (m.matches()) {
            int y = year(m.group(2));
            return m.group(1).equals("đầu") ? new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 6, 30)}
                    : new LocalDate[] {LocalDate.of(y, 7, 1), LocalDate.of(y, 12, 31)};
        }
        if (QUARTERS.matcher(s).matches()) {
            List<LocalDate[]> qs = quarters(s);
            if (qs != null && qs.size() == 1) {
                return qs.get(0);
            }
        }
        return null;
    }

    /** "quý iv/2025, i/2026" → [Q4 2025, Q1 2026]; a quarter without a year takes the next one given. */
    private static List<LocalDate[]> quarters(String s) {
        Matcher item = QUARTER_ITEM.matcher(s.replaceFirst("^trong ", ""));
        List<int[]> found = new ArrayList<>();
        while (item.find()) {
            int q = quarterNumber(item.group(1));
            int y = item.group(2) == null ? -1 : year(item.group(2));
            found.add(new int[] {q, y});
        }
        if (found.isEmpty()) {
            return null;
        }
        // fill years: a quarter without a year takes the year of the next item that has one,
        // or of the previous one (rolling over after quarter IV)
        for (int i = found.size() - 1; i >= 0; i--) {
            if (found.get(i)[1] < 0 && i + 1 < found.size()) {
                int[] next = found.get(i + 1);
                found.get(i)[1] = found.get(i)[0] > next[0] ? next[1] - 1 : next[1];
            }
        }
        for (int i = 0; i < found.size(); i++) {
            if (found.get(i)[1] < 0 && i > 0) {
                int[] prev = found.get(i - 1);
                found.get(i)[1] = found.get(i)[0] < prev[0] ? prev[1] + 1 : prev[1];
            }
        }
        List<LocalDate[]> out = new ArrayList<>();
        for (int[] f : found) {
            if (f[1] < 1900) {
                return null;
            }
            LocalDate start = LocalDate.of(f[1], (f[0] - 1) * 3 + 1, 1);
            out.add(new LocalDate[] {start, start.plusMonths(3).minusDays(1)});
        }
        return out;
    }

    private static int quarterNumber(String q) {
        return switch (q) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            default -> 4;
        };
    }

    private static int year(String s) {
        int y = Integer.parseInt(s);
        if (y < 1900 || y > 2100) {
            throw new IllegalArgumentException("năm ngoài khoảng: " + y);
        }
        return y;
    }

    private static String recurrence(String unit) {
        return switch (unit) {
            case "quý" -> "quarterly";
            case "tháng" -> "monthly";
            default -> "yearly";
        };
    }
}
