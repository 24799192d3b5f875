package vn.tiendo.reader;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Numbers as printed in Vietnamese documents: dot for thousands, comma for decimals.
 * <ul>
 * <li>"71,9" → 71.9; "4.700" → 4700; "23.500" → 23500; "1.234,5" → 1234.5; "01" → 1; "0 %" → 0</li>
 * <li>A dot followed by exactly three digits (in every group) is a thousands separator ("7.325" → 7325).
 *     Any other single dot is read as a decimal point ("1.5" → 1.5, "0.95" → 0.95), since such
 *     numbers only occur in documents typed with English conventions.</li>
 * </ul>
 * {@link #parse} never throws: it returns null for anything that is not one number.
 */
public final class VietnameseNumber {

    private static final Pattern THOUSANDS_DOT = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern PLAIN_COMMA = Pattern.compile("\\d+(,\\d+)?");
    private static final Pattern PLAIN_DOT = Pattern.compile("\\d+\\.\\d+");

    private VietnameseNumber() {
    }

    /** Parses one number, optionally signed and followed by "%"; null when the text is not a number. */
    public static BigDecimal parse(String text) {
        if (text == null) {
            return null;
        }
        String s = text.replace('\u00a0', ' ').strip();
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        s = s.replace(" ", "");
        if (s.isEmpty() || s.length() > 40) {
            return null;
        }
        boolean negative = false;
        if (s.charAt(0) == '-' || s.charAt(0) == '+' || s.charAt(0) == '−') {
            negative = s.charAt(0) != '+';
            s = s.substring(1);
        }
        String canonical;
        if (THOUSANDS_DOT.matcher(s).matches()) {
            canonical = s.replace(".", "").replace(',', '.');
        } else if (PLAIN_COMMA.matcher(s).matches()) {
            canonical = s.replace(',', '.');
        } else if (PLAIN_DOT.matcher(s).matches()) {
            canonical = s;
        } else {
            return null;
        }
        BigDecimal v = new BigDecimal(canonical);
        return negative ? v.negate() : v;
    }

    /** Formats in Vietnamese style, keeping the scale: 23500 → "23.500", 71.9 → "71,9". */
    public static String format(BigDecimal value) {
        if (value == null) {
            return "";
        }
        String plain = value.abs().toPlainString();
        int dot = plain.indexOf('.');
        String intPart = dot < 0 ? plain : plain.substring(0, dot);
        String frac = dot < 0 ? "" : plain.substring(dot + 1);
        StringBuilder sb = new StringBuilder();
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
        return (value.signum() < 0 ? "-" : "") + sb;
    }
}
