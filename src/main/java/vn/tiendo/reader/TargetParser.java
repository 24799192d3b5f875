package vn.tiendo.reader;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tiendo.programme.Comparator;
import vn.tiendo.programme.Target;
import vn.tiendo.programme.VietnameseNumber;

/**
 * Reads a target cell: "≥ 80", "≥62", ">0,9", "<10", "100", "21 (8/38)", "100% xã, phường", and
 * qualitative texts ("Đạt", "Chưa đạt", "Hoàn thành", "Vượt mức", "Trong nhóm các tỉnh trung bình …").
 * Never throws; the text is always kept exactly; a number is never invented.
 */
public final class TargetParser {

    /**
     * The result of reading one cell.
     *
     * @param text        the cell as written (tags stripped, whitespace collapsed)
     * @param comparator  the comparison, null for qualitative texts other than Đạt/Hoàn thành…
     * @param value       the number, null when qualitative or unreadable
     * @param numerator   "8" of "21 (8/38)"
     * @param denominator "38" of "21 (8/38)"
     * @param warning     Vietnamese message when the cell looked numeric but could not be read, else null
     */
    public record Parsed(String text, Comparator comparator, BigDecimal value, Integer numerator,
                         Integer denominator, String warning) {

        public Target toTarget(int year) {
            return new Target(year, text, comparator, value, numerator, denominator);
        }

        public boolean numeric() {
            return value != null;
        }

        public boolean yesNo() {
            return isYesNo(text);
        }
    }

    private static final Pattern NUMERIC = Pattern.compile(
            "(?<cmp>≥|>=|=>|≤|<=|=<|>|<|=|trên|dưới|từ|tối thiểu|ít nhất|tối đa|không quá|không dưới|đạt)?\\s*"
                    + "(?<num>[-+−]?\\d[\\d.,]{0,30})\\s*(?<pct>%)?\\s*"
                    + "(?:\\(\\s*(?<n>\\d{1,9})\\s*/\\s*(?<d>\\d{1,9})\\s*\\))?\\s*"
                    + "(?<tail>[^\\d]{0,60})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Set<String> YES_NO = Set.of("đạt", "chưa đạt", "không đạt", "hoàn thành",
            "chưa hoàn thành", "có", "không");

    private TargetParser() {
    }

    static boolean isYesNo(String text) {
        return text != null && YES_NO.contains(text.strip().toLowerCase(Locale.ROOT).replaceAll("[.]$", ""));
    }

    /** Reads one cell; blank cells give a Parsed with empty text and nothing else. */
    public static Parsed parse(String cell) {
        String text = Text.clean(cell);
        if (text.isEmpty()) {
            return new Parsed("", null, null, null, null, null);
        }
        try {
            Matcher m = NUMERIC.matcher(text);
            if (m.matches()) {
                String tail = m.group("tail").strip().toLowerCase(Locale.ROOT);
                BigDecimal value = VietnameseNumber.parse(m.group("num"));
                if (value != null && tailAcceptable(tail, m.group("pct") != null)) {
                    Comparator c = comparator(m.group("cmp"), tail);
                    Integer n = m.group("n") == null ? null : Integer.valueOf(m.group("n"));
                    Integer d = m.group("d") == null ? null : Integer.valueOf(m.group("d"));
                    return new Parsed(text, c, value, n, d, null);
                }
            }
        } catch (RuntimeException e) {
            // fall through: treated as unreadable text below
        }
        Comparator c = isYesNo(text) ? Comparator.EQ : null;
        String warning = Text.hasNonYearDigits(text)
                ? "Không đọc được số trong ô \"" + abbreviate(text) + "\"; giữ nguyên văn bản" : null;
        return new Parsed(text, c, null, null, null, warning);
    }

    private static boolean tailAcceptable(String tail, boolean percent) {
        if (tail.isEmpty() || tail.equals("trở lên") || tail.equals("trở xuống")) {
            return true;
        }
        // "100% xã, phường", "100% Xã/phường": words after a percentage describe what is counted
        return percent && tail.matches("[\\p{L} ,/()]+");
    }

    private static Comparator comparator(String sign, String tail) {
        if (tail.startsWith("trở lên")) {
            return Comparator.GE;
        }
        if (tail.startsWith("trở xuống")) {
            return Comparator.LE;
        }
        if (sign == null) {
            return Comparator.EQ;
        }
        return switch (sign.toLowerCase(Locale.ROOT)) {
            case "≥", ">=", "=>", "từ", "tối thiểu", "ít nhất", "không dưới" -> Comparator.GE;
            case "≤", "<=", "=<", "tối đa", "không quá" -> Comparator.LE;
            case ">", "trên" -> Comparator.GT;
            case "<", "dưới" -> Comparator.LT;
            default -> Comparator.EQ;
        };
    }

    static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "…";
    }
}
