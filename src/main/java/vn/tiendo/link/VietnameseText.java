package vn.tiendo.link;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Folding and tokenising Vietnamese text for comparison: lower case, diacritics removed, "đ" → "d". */
final class VietnameseText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19|20)\\d{2}(?!\\d)");

    private VietnameseText() {
    }

    /** "Đào tạo nghề." → "dao tao nghe." */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String s = text.replace('đ', 'd').replace('Đ', 'D');
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return s.toLowerCase(Locale.ROOT);
    }

    /** The folded words of the text, in order. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (String t : SPLIT.split(fold(text))) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** Adjacent word pairs ("dao tao", "tao nghe"). */
    static Set<String> bigrams(List<String> tokens) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 1; i < tokens.size(); i++) {
            out.add(tokens.get(i - 1) + ' ' + tokens.get(i));
        }
        return out;
    }

    /** The years (1900–2099) the text mentions. */
    static Set<String> years(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = YEAR.matcher(text == null ? "" : text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
