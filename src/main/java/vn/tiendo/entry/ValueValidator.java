package vn.tiendo.entry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.tiendo.programme.NumberInputException;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.programme.ValueType;
import vn.tiendo.programme.VietnameseNumber;

/**
 * The one validation of actual values (kiểm tra số liệu), used by the form, Excel and the API:
 * the unit must report the indicator; percentages lie within 0–100; counts are non-negative
 * integers; "8/38" needs numerator ≤ denominator; yes/no takes only "Đạt" or "Chưa đạt", which a unit
 * may also answer for an indicator that counts the units meeting it ("% (xã, phường)").
 */
@Component
public class ValueValidator {

    public static final String YES = "Đạt";
    public static final String NO = "Chưa đạt";
    static final int MAX_TEXT = 2000;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** "8/38" or "21 (8/38)" (21 % = 8 of 38 communes) */
    private static final Pattern FRACTION = Pattern.compile("(?:([^()/]+?)\\s*\\()?\\s*(\\d+)\\s*/\\s*(\\d+)\\s*\\)?");

    private final ReportingRule rule;

    public ValueValidator(ReportingRule rule) {
        this.rule = rule;
    }

    /** Checks one input; adds the refusals to {@code errors} and returns the clean value when there are none. */
    public Optional<CleanValue> check(ValueInput in, EntryIndicator indicator, OrgUnit unit, List<EntryError> errors) {
        return check(in, indicator, unit, rule.refusal(indicator, unit), errors);
    }

    /** The reporting rule, for checking a batch ({@link ReportingRule#forIndicator}). */
    ReportingRule rule() {
        return rule;
    }

    /** {@link #check} with the reporting rule's answer for the unit already worked out. */
    Optional<CleanValue> check(ValueInput in, EntryIndicator indicator, OrgUnit unit, Optional<String> refusal,
                               List<EntryError> errors) {
        int before = errors.size();
        refusal.ifPresent(reason -> errors.add(new EntryError(in.field(), reason)));
        String raw = in.raw() == null ? "" : in.raw().strip();
        String comment = in.comment() == null || in.comment().isBlank() ? null : in.comment().strip();
        if (comment != null && comment.length() > MAX_TEXT) {
            errors.add(new EntryError(in.field(), "ghi chú dài quá " + MAX_TEXT + " ký tự"));
        }
        CleanValue clean = null;
        if (raw.isEmpty()) {
            errors.add(new EntryError(in.field(), "chưa nhập số liệu cho " + indicator.label()));
        } else {
            try {
                clean = indicator.countsUnits() && isYesNo(raw) ? new CleanValue(null, yesNo(raw), comment)
                        : read(raw, in.style(), indicator.valueType(), comment);
            } catch (NumberInputException e) {
                errors.add(new EntryError(in.field(), e.getMessage()));
            }
        }
        return errors.size() == before ? Optional.ofNullable(clean) : Optional.empty();
    }

    private static CleanValue read(String raw, VietnameseNumber.Policy style, ValueType type, String comment) throws NumberInputException {
        return switch (type) {
            case YES_NO -> new CleanValue(null, yesNo(raw), comment);
            case TEXT -> {
                if (raw.length() > MAX_TEXT) {
                    throw new NumberInputException("nội dung dài quá " + MAX_TEXT + " ký tự");
                }
                yield new CleanValue(null, raw, comment);
            }
            case PERCENT, COUNT -> {
                Matcher f = FRACTION.matcher(raw);
                yield f.matches() ? fraction(f, style, type, comment) : new CleanValue(number(raw, style, type), null, comment);
            }
            case NUMBER, RANK -> new CleanValue(number(raw, style, type), null, comment);
        };
    }

    private static boolean isYesNo(String raw) {
        try {
            yesNo(raw);
            return true;
        } catch (NumberInputException e) {
            return false;
        }
    }

    private static String yesNo(String raw) throws NumberInputException {
        String s = raw.replaceAll("\\s+", " ").toLowerCase(new Locale("vi"));
        if (s.equals("đạt")) {
            return YES;
        }
        if (s.equals("chưa đạt")) {
            return NO;
        }
        throw new NumberInputException("chỉ nhận \"" + YES + "\" hoặc \"" + NO + "\", đã nhập \"" + raw + "\"");
    }

    private static BigDecimal number(String raw, VietnameseNumber.Policy style, ValueType type) throws NumberInputException {
        BigDecimal v = VietnameseNumber.parse(raw, style);
        String shown = VietnameseNumber.formatTrimmed(v);
        if (v.signum() < 0) {
            throw new NumberInputException("số liệu không được âm, đã nhập " + shown);
        }
        switch (type) {
            case PERCENT -> {
                if (v.compareTo(HUNDRED) > 0) {
                    throw new NumberInputException("tỉ lệ phần trăm phải từ 0 đến 100, đã nhập " + shown);
                }
            }
            case COUNT, RANK -> {
                if (v.stripTrailingZeros().scale() > 0) {
                    throw new NumberInputException((type == ValueType.COUNT ? "số đơn vị" : "thứ hạng")
                            + " phải là số nguyên, đã nhập " + shown);
                }
                if (type == ValueType.RANK && v.signum() == 0) {
                    throw new NumberInputException("thứ hạng bắt đầu từ 1");
                }
            }
            default -> {
            }
        }
        return v;
    }

    private static CleanValue fraction(Matcher f, VietnameseNumber.Policy style, ValueType type, String comment) throws NumberInputException {
        long numerator = Long.parseLong(f.group(2));
        long denominator = Long.parseLong(f.group(3));
        if (denominator == 0) {
            throw new NumberInputException("mẫu số phải lớn hơn 0");
        }
        if (numerator > denominator) {
            throw new NumberInputException("tử số " + numerator + " lớn hơn mẫu số " + denominator);
        }
        String text = numerator + "/" + denominator;
        if (type == ValueType.COUNT) {
            return new CleanValue(BigDecimal.valueOf(numerator), text, comment);
        }
        BigDecimal percent = BigDecimal.valueOf(numerator * 100).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
        if (f.group(1) != null) {
            BigDecimal stated = number(f.group(1), style, type);
            if (stated.subtract(percent).abs().compareTo(BigDecimal.ONE) > 0) {
                throw new NumberInputException(VietnameseNumber.formatTrimmed(stated) + "% không khớp với " + text + " = "
                        + VietnameseNumber.formatTrimmed(percent) + "%");
            }
            percent = stated;
        }
        return new CleanValue(percent, text, comment);
    }
}
