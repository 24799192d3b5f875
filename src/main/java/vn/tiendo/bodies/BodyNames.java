package vn.tiendo.bodies;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of bodies (cơ quan) as documents write them: the normalised key they are matched on, the
 * display name a body created from them gets, and what kind of phrase they are.
 *
 * <p>Key: Unicode NFC, old-style tone marks moved ("uỷ" = "ủy", "hoà" = "hòa"), lowercase, the usual
 * abbreviations expanded (UBND, UBKT, UKT, HĐND, MTTQ, TU, GD&amp;ĐT …), "&amp;" read as "và", one space
 * after a comma, whitespace collapsed. Diacritics are kept; {@link #plain} drops them for the fallback.
 */
public final class BodyNames {

    /** Abbreviation (lowercase) → expansion as written in a display name. */
    static final Map<String, String> ABBREVIATIONS = new LinkedHashMap<>();

    static {
        ABBREVIATIONS.put("ubnd", "Ủy ban nhân dân");
        ABBREVIATIONS.put("ubkt", "Ủy ban Kiểm tra");
        ABBREVIATIONS.put("ukt", "Ủy ban Kiểm tra");
        ABBREVIATIONS.put("hđnd", "Hội đồng nhân dân");
        ABBREVIATIONS.put("mttq", "Mặt trận Tổ quốc");
        ABBREVIATIONS.put("ubmttq", "Ủy ban Mặt trận Tổ quốc");
        ABBREVIATIONS.put("tu", "Tỉnh ủy");
        ABBREVIATIONS.put("btv", "Ban Thường vụ");
        ABBREVIATIONS.put("gd&đt", "Giáo dục và Đào tạo");
        ABBREVIATIONS.put("gdđt", "Giáo dục và Đào tạo");
        ABBREVIATIONS.put("lđtb&xh", "Lao động - Thương binh và Xã hội");
        ABBREVIATIONS.put("kh&cn", "Khoa học và Công nghệ");
        ABBREVIATIONS.put("khcn", "Khoa học và Công nghệ");
    }

    private static final String[][] TONES = {
            {"oà", "òa"}, {"oá", "óa"}, {"oả", "ỏa"}, {"oã", "õa"}, {"oạ", "ọa"},
            {"oè", "òe"}, {"oé", "óe"}, {"oẻ", "ỏe"}, {"oẽ", "õe"}, {"oẹ", "ọe"},
            {"uỳ", "ùy"}, {"uý", "úy"}, {"uỷ", "ủy"}, {"uỹ", "ũy"}, {"uỵ", "ụy"}};

    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");

    /** "Đảng ủy các xã, phường", "UBND các xã", "các xã, phường, đặc khu": one body in every commune. */
    private static final Pattern EACH_COMMUNE = Pattern.compile(
            "^(.*?)\\s*các (?:xã|phường|đặc khu)(?:(?:, | và |, và )(?:xã|phường|đặc khu))*"
                    + "(?: trong tỉnh| trên địa bàn tỉnh| thuộc tỉnh)?$");

    /** Words that make a phrase name several or no definite bodies. */
    private static final Pattern COLLECTIVE = Pattern.compile("(?:^|[ ,])(?:các|những|liên quan|tương ứng|cấp ủy)(?:$|[ ,])");

    /** First words of a well-formed body name. */
    private static final List<String> BODY_WORDS = List.of("sở", "ban", "ủy ban", "đảng ủy", "đảng bộ", "chi bộ",
            "hội đồng", "mặt trận", "văn phòng", "công an", "bộ chỉ huy", "trường", "tỉnh ủy", "thành ủy", "tỉnh đoàn",
            "đoàn", "hội", "liên đoàn", "liên minh", "kho bạc", "thuế", "tòa án", "viện kiểm sát", "báo", "đài",
            "trung tâm", "bảo hiểm", "cục", "chi cục", "phòng", "thanh tra", "bộ đội", "quân sự");

    private BodyNames() {
    }

    /** The normalised key a name is matched on (idempotent: key(key(x)) = key(x)). */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        s = Normalizer.normalize(s, Normalizer.Form.NFC);
        for (String[] t : TONES) {
            s = s.replace(t[0], t[1]);
        }
        s = COMMA.matcher(s).replaceAll(", ");
        String out = COMMA.matcher(expandWords(expandWords(s).replace("&", " và "))).replaceAll(", ").strip();
        while (!out.isEmpty() && ",.;".indexOf(out.charAt(out.length() - 1)) >= 0) {
            out = out.substring(0, out.length() - 1).strip();
        }
        while (!out.isEmpty() && ",.;".indexOf(out.charAt(0)) >= 0) {
            out = out.substring(1).strip();
        }
        return out;
    }

    /** The key without diacritics ("đ" read as "d"), for the fallback match. */
    public static String plain(String key) {
        String d = Normalizer.normalize(key, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return d.replace('đ', 'd').replace('Đ', 'D');
    }

    /**
     * The name a body created from {@code name} is shown with: abbreviations expanded, whitespace
     * collapsed, the rest as written, first letter upper case ("UBKT Tỉnh ủy" → "Ủy ban Kiểm tra Tỉnh ủy").
     */
    public static String display(String name) {
        String s = SPACES.matcher(Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFC)).replaceAll(" ").strip();
        List<String> words = new ArrayList<>();
        for (String word : s.split(" ")) {
            words.add(expand(word, false));
        }
        String out = String.join(" ", words);
        return out.isEmpty() ? out : out.substring(0, 1).toUpperCase(Locale.ROOT) + out.substring(1);
    }

    /** The prefix of a collective commune phrase ("Đảng ủy" of "Đảng ủy các xã, phường"; "" of "các xã"), or null. */
    public static String eachCommunePrefix(String key) {
        Matcher m = EACH_COMMUNE.matcher(key);
        return m.matches() ? m.group(1).strip() : null;
    }

    /** True when the key names several bodies or none in particular ("các ban đảng", "… có liên quan"). */
    public static boolean collective(String key) {
        return COLLECTIVE.matcher(key).find();
    }

    /** True when a body may be created from the key: it starts with a body word and names one body. */
    public static boolean wellFormed(String key) {
        if (key.isBlank() || collective(key) || !key.contains(" ")) {
            return false;
        }
        return BODY_WORDS.stream().anyMatch(w -> key.startsWith(w + " "));
    }

    private static String expandWords(String s) {
        List<String> words = new ArrayList<>();
        for (String word : SPACES.split(s.strip())) {
            words.add(expand(word, true));
        }
        return String.join(" ", words);
    }

    private static String expand(String word, boolean lower) {
        int end = word.length();
        while (end > 0 && ",;.".indexOf(word.charAt(end - 1)) >= 0) {
            end--;
        }
        String core = word.substring(0, end);
        String expansion = ABBREVIATIONS.get(Normalizer.normalize(core.toLowerCase(Locale.ROOT), Normalizer.Form.NFC));
        if (expansion == null) {
            return word;
        }
        return (lower ? expansion.toLowerCase(Locale.ROOT) : expansion) + word.substring(end);
    }
}
