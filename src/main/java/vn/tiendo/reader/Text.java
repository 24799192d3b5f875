package vn.tiendo.reader;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small text helpers shared by the parsers (package-private). */
final class Text {

    private static final Pattern SUP = Pattern.compile("(?is)<sup>.*?</sup>");
    private static final Pattern TAG = Pattern.compile("<[^<>]{0,200}>");
    private static final Pattern ROMAN = Pattern.compile("(?:X{0,3})(?:IX|IV|V?I{0,3})");

    private Text() {
    }

    /** Strips HTML tags (and footnote markers), markdown emphasis, entities; collapses whitespace. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        String t = s;
        if (t.indexOf('<') >= 0) { // the regexes only when there can be a tag (the reader's hot spot)
            t = SUP.matcher(t).replaceAll(" ");
            t = TAG.matcher(t).replaceAll(" ");
        }
        if (t.indexOf('&') >= 0) {
            t = t.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                    .replace("&amp;", "&");
        }
        t = t.replace('\u00a0', ' ').replace('\u200b', ' ');
        if (t.indexOf('*') >= 0 || t.indexOf('_') >= 0) {
            t = t.replace("**", "").replace("__", "");
        }
        t = collapseSpaces(t).strip();
        // a cell or line wrapped in *italics*
        if (t.length() > 2 && t.startsWith("*") && t.endsWith("*")) {
            t = t.substring(1, t.length() - 1).strip();
        }
        return Normalizer.normalize(t, Normalizer.Form.NFC);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }

    /** Runs of whitespace (as regex \\s) made one space, none at either end; the same string when already so. */
    static String collapseSpaces(String t) {
        int n = t.length();
        boolean clean = n == 0 || !isSpace(t.charAt(0)) && !isSpace(t.charAt(n - 1));
        for (int i = 0; clean && i < n; i++) {
            char c = t.charAt(i);
            clean = !isSpace(c) || c == ' ' && !isSpace(t.charAt(i + 1));
        }
        if (clean) {
            return t;
        }
        StringBuilder b = new StringBuilder(n);
        boolean pending = false;
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (isSpace(c)) {
                pending = b.length() > 0;
            } else {
                if (pending) {
                    b.append(' ');
                    pending = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /** clean() plus removal of markdown heading marks and leading list/emphasis stars. */
    static String cleanLine(String s) {
        String t = clean(s);
        while (t.startsWith("#")) {
            t = t.substring(1).strip();
        }
        return t.replace("*", "").strip();
    }

    /** Lower-case base letter of each precomposed letter U+00C0..U+1EFF ("Ế" → 'e', "đ" → 'd'), built once. */
    private static final char[] BASE = baseLetters();
    private static final char BASE_FROM = '\u00c0';

    private static char[] baseLetters() {
        char[] base = new char[0x1F00 - BASE_FROM];
        for (int i = 0; i < base.length; i++) {
            char c = (char) (BASE_FROM + i);
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            base[i] = Character.toLowerCase(d.isEmpty() ? c : d.charAt(0));
        }
        base['đ' - BASE_FROM] = 'd';
        base['Đ' - BASE_FROM] = 'd';
        return base;
    }

    /**
     * Lower-case, without diacritics, đ→d, single spaces: for tolerant comparisons only. One pass with a table
     * (the same as NFD, dropping the marks, lower-casing and collapsing spaces; the reader folds whole documents).
     */
    static String fold(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean pending = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                pending = b.length() > 0;
                continue;
            }
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK) {
                continue;
            }
            if (pending) {
                b.append(' ');
                pending = false;
            }
            b.append(c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c)
                    : c >= BASE_FROM && c < 0x1F00 ? BASE[c - BASE_FROM] : Character.toLowerCase(c));
        }
        return b.toString().strip();
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
