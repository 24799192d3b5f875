package vn.tiendo.entry;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Numbers as Vietnamese officers write them (số kiểu Việt Nam): a comma before the decimals
 * ({@code 71,9}) and a dot between groups of thousands ({@code 4.700}, {@code 1.234,5}). A dot
 * followed by anything other than exactly three digits ({@code 1.5}) is refused as ambiguous.
 */
public final class VietnameseNumber {

    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern UNGROUPED = Pattern.compile("[+-]?\\d+(,\\d+)?");
    private static final Pattern DOT_DECIMAL = Pattern.compile("[+-]?\\d+\\.\\d+");
    private static final Pattern MACHINE = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");

    private VietnameseNumber() {
    }

    /** Reads {@code text} written in {@code style}; a trailing "%" is allowed. */
    public static BigDecimal parse(String text, NumberStyle style) throws NumberInputException {
        String s = SPACES.matcher(text == null ? "" : text).replaceAll("");
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.isEmpty()) {
            throw new NumberInputException("chưa nhập số");
        }
        if (style == NumberStyle.PLAIN) {
            if (MACHINE.matcher(s).matches()) {
                return new BigDecimal(s);
            }
            throw new NumberInputException("\"" + text.trim() + "\" không phải là số (viết số với dấu chấm thập phân, ví dụ 71.9)");
        }
        if (GROUPED.matcher(s).matches() || UNGROUPED.matcher(s).matches()) {
            return new BigDecimal(s.replace(".", "").replace(',', '.'));
        }
        if (DOT_DECIMAL.matcher(s).matches()) {
            throw new NumberInputException("\"" + text.trim() + "\" không rõ nghĩa: dấu chấm dùng để ngăn cách hàng nghìn (4.700);"
                    + " số thập phân viết bằng dấu phẩy, ví dụ " + s.replace('.', ','));
        }
        throw new NumberInputException("\"" + text.trim() + "\" không phải là số (ví dụ đúng: 71,9 hoặc 4.700)");
    }

    /** Writes a number the Vietnamese way without trailing zeros: 71,9; 4.700; 1.234,5. */
    public static String format(BigDecimal value) {
        return vn.tiendo.reader.VietnameseNumber.format(value == null ? null : value.stripTrailingZeros());
    }
}
