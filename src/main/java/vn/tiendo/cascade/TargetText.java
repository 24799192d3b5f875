package vn.tiendo.cascade;

import java.math.BigDecimal;
import vn.tiendo.programme.Comparator;
import vn.tiendo.programme.NumberInputException;
import vn.tiendo.programme.Target;
import vn.tiendo.programme.VietnameseNumber;

/** A target as an officer types it in the draft editor: an optional sign (≥, ≤, >, <, =) and a number ("≥ 80", "85,5"). */
final class TargetText {

    private TargetText() {
    }

    /** The target of {@code year}; the message of the exception names the place. */
    static Target parse(int year, String text, String where) {
        String s = text.strip();
        Comparator cmp = Comparator.EQ;
        for (String sign : new String[] {"≥", ">=", "≤", "<=", ">", "<", "="}) {
            if (s.startsWith(sign)) {
                cmp = Comparator.ofSymbol(sign);
                s = s.substring(sign.length()).strip();
                break;
            }
        }
        try {
            BigDecimal value = VietnameseNumber.parse(s, VietnameseNumber.Policy.OFFICER);
            return new Target(year, text.strip(), cmp, value, null, null);
        } catch (NumberInputException e) {
            throw new CascadeRefusedException(where + ", năm " + year + ": \"" + text.strip() + "\" — " + e.getMessage() + ".");
        }
    }

    /** A baseline value typed by an officer. */
    static BigDecimal number(String text, String where) {
        try {
            return VietnameseNumber.parse(text.strip(), VietnameseNumber.Policy.OFFICER);
        } catch (NumberInputException e) {
            throw new CascadeRefusedException(where + ": \"" + text.strip() + "\" — " + e.getMessage() + ".");
        }
    }
}
