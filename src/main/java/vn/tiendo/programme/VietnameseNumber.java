package vn.tiendo.programme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * Numbers written the Vietnamese way (số kiểu Việt Nam): a comma before the decimals ({@code 71,9}) and a dot
 * between groups of thousands ({@code 4.700}, {@code 1.234,5}). The one place that reads and writes them.
 * <p>Reading follows a named {@link Policy}: documents are read leniently, officers' input strictly, machine
 * input with a decimal point. Every policy allows spaces, a leading sign ({@code +}, {@code -} or the Unicode
 * minus {@code −}) and a trailing {@code %}.
 * <p>Writing: {@link #format} keeps the scale (as documents print it), {@link #formatTrimmed} drops trailing
 * zeros (what an officer typed), {@link #formatRounded} rounds to two decimals (dashboards).
 */
public final class VietnameseNumber {

    /** How the numbers in a text were written. */
    public enum Policy {
        /**
         * Documents (văn bản): Vietnamese notation, but a dot not followed by groups of exactly three digits is a
         * decimal point ("1.5" → 1.5, "0.95" → 0.95), since such numbers only occur in documents typed with English
         * conventions.
         */
        DOCUMENT,
        /** Officers' input (web form, Excel text cells): Vietnamese notation; "1.5" is refused as ambiguous. */
        OFFICER,
        /** Machines (JSON API, DHIS2 dataValueSets, Excel number cells): decimal point, no grouping. */
        MACHINE
    }

    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern UNGROUPED = Pattern.compile("\\d+(,\\d+)?");
    private static final Pattern DOT_DECIMAL = Pattern.compile("\\d+\\.\\d+");
    private static final Pattern MACHINE_NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");
    private static final int MAX_LENGTH = 40;

    private VietnameseNumber() {
    }

    /** Reads one number from a document (policy {@link Policy#DOCUMENT}); null when the text is not one number. */
    public static BigDecimal parse(String text) {
        try {
            return parse(text, Policy.DOCUMENT);
        } catch (NumberInputException e) {
            return null;
        }
    }

    /** Reads one number written under {@code policy}; the exception's message says in Vietnamese how to write it. */
    public static BigDecimal parse(String text, Policy policy) throws NumberInputException {
        String shown = text == null ? "" : text.strip();
        String s = SPACES.matcher(shown).replaceAll("");
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.isEmpty()) {
            throw new NumberInputException("chưa nhập số");
        }
        boolean negative = s.charAt(0) == '-' || s.charAt(0) == '\u2212';
        String digits = negative || s.charAt(0) == '+' ? s.substring(1) : s;
        if (digits.length() > MAX_LENGTH) {
            throw new NumberInputException("\"" + shown + "\" dài quá " + MAX_LENGTH + " chữ số");
        }
        BigDecimal v = switch (policy) {
            case MACHINE -> machine(digits, shown);
            case OFFICER -> vietnamese(digits, shown, negative, false);
            case DOCUMENT -> vietnamese(digits, shown, negative, true);
        };
        return negative ? v.negate() : v;
    }

    private static BigDecimal machine(String digits, String shown) throws NumberInputException {
        if (MACHINE_NUMBER.matcher(digits).matches()) {
            return new BigDecimal(digits);
        }
        throw new NumberInputException("\"" + shown + "\" không phải là số (viết số với dấu chấm thập phân, ví dụ 71.9)");
    }

    private static BigDecimal vietnamese(String digits, String shown, boolean negative, boolean dotDecimalAllowed) throws NumberInputException {
        if (GROUPED.matcher(digits).matches() || UNGROUPED.matcher(digits).matches()) {
            return new BigDecimal(digits.replace(".", "").replace(',', '.'));
        }
        if (DOT_DECIMAL.matcher(digits).matches()) {
            if (dotDecimalAllowed) {
                return new BigDecimal(digits);
            }
            throw new NumberInputException("\"" + shown + "\" không rõ nghĩa: dấu chấm dùng để ngăn cách hàng nghìn (4.700);"
                    + " số thập phân viết bằng dấu phẩy, ví dụ " + (negative ? "-" : "") + digits.replace('.', ','));
        }
        throw new NumberInputException("\"" + shown + "\" không phải là số (ví dụ đúng: 71,9 hoặc 4.700)");
    }

    /** Writes a number the Vietnamese way, keeping its scale: 23500 → "23.500", 71.90 → "71,90"; null → "". */
    public static String format(BigDecimal value) {
        if (value == null) {
            return "";
        }
        String plain = value.abs().toPlainString();
        int dot = plain.indexOf('.');
        String intPart = dot < 0 ? plain : plain.substring(0, dot);
        String frac = dot < 0 ? "" : plain.substring(dot + 1);
        StringBuilder sb = new StringBuilder(value.signum() < 0 ? "-" : "");
        int n = intPart.length();
        for (int i = 0; i < n; i++) {
            if (i > 0 && (n - i) % 3 == 0) {
                sb.append('.');
            }
            sb.append(intPart.charAt(i));
        }
        if (!frac.isEmpty()) {
            sb.append(',').append(frac);
        }
        return sb.toString();
    }

    /** Writes a number without trailing zeros: 71.90 → "71,9"; 4700 → "4.700"; null → "". */
    public static String formatTrimmed(BigDecimal value) {
        return format(value == null ? null : value.stripTrailingZeros());
    }

    /** Writes a number rounded to at most two decimals (dashboards): 21.0526 → "21,05"; 0.004 → "0"; null → "". */
    public static String formatRounded(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return format(rounded.signum() == 0 ? BigDecimal.ZERO : rounded);
    }
}
