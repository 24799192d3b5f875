package vn.tiendo.reader;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small text helpers shared by the parsers (package-private). */
final class Text {

    private static final Pattern SUP = Pattern.compile("(?is)<sup>.*?</sup>");
    private static final Pattern TAG = Pattern.compile("<[^<>]{0,200}>");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ROMAN = Pattern.compile("(?:X{0,3})(?:IX|IV|V?I{0,3})");
    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");

    private Text() {
    }

    /** Strips HTML tags (and footnote markers), markdown emphasis, entities; collapses whitespace. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        String t = SUP.matcher(s).replaceAll(" ");
        t = TAG.matcher(t).replaceAll(" ");
        t = t.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&amp;", "&").replace('\u00a0', ' ').replace('\u200b', ' ');
        t = t.replace("**", "").replace("__", "");
        t = SPACES.matcher(t).replaceAll(" ").strip();
        // a cell or line wrapped in *italics*
        if (t.length() > 2 && t.startsWith("*") && t.endsWith("*")) {
            t = t.substring(1, t.length() - 1).strip();
        }
        return Normalizer.normalize(t, Normalizer.Form.NFC);
    }

    /** clean() plus removal of markdown heading marks and leading list/emphasis stars. */
    static String cleanLine(String s) {
        String t = clean(s);
        while (t.startsWith("#")) {
            t = t.substring(1).strip();
        }
        return t.replace("*", "").strip();
    }

    /** Lower-case, without diacritics, đ→d, single spaces: for tolerant comparisons only. */
    static String fold(String s) {
        if (s == null) {
            return "";
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFD);
        t = COMBINING.matcher(t).replaceAll("");
        t = t.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        return SPACES.matcher(t).replaceAll(" ").strip();
    }

    static boolean isRoman(String s) {
        return s != null && !s.isEmpty() && s.length() <= 6 && ROMAN.matcher(s).matches();
    }

    static String capitalize(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        int cp = s.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(cp)).append(s.substring(Character.charCount(cp)))
                .toString();
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    static String nullIfBlank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** true when the text contains a digit that is not part of a 4-digit year 1900–2100. */
    static boolean hasNonYearDigits(String s) {
        String t = s.replaceAll("(?<!\\d)(19|20)\\d{2}(?!\\d)", " ");
        for (int i = 0; i < t.length(); i++) {
            if (Character.isDigit(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
