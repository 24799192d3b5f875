package vn.tiendo.reader;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a cell naming bodies (cơ quan chủ trì / phối hợp) into single bodies.
 * <ul>
 * <li>always at ";", line breaks and "- " bullets;</li>
 * <li>at "," and " và " only when what follows starts a new body ("Ban …", "Sở …", "UBND …",
 *     "Đảng ủy …", "các đảng ủy …", …), so "Sở Giáo dục và Đào tạo", "Ban Tuyên giáo và Dân vận Tỉnh ủy",
 *     "các chi, đảng bộ liên quan" and "Đảng ủy các xã, phường" stay whole.</li>
 * </ul>
 * The first letter of each body is capitalised; a trailing "." is dropped.
 */
public final class BodyListParser {

    private static final String HEADS = "(?:Ban|Sở|UBND|Ủy ban|Uỷ ban|UBKT|UKT|UB|HĐND|Hội đồng|Đảng ủy|Đảng uỷ|Đảng bộ|Chi bộ|"
            + "Văn phòng|Công an|Bộ Chỉ huy|Bộ|Trường|Tỉnh ủy|Tỉnh uỷ|Tỉnh đoàn|Đoàn|Hội|Liên đoàn|Mặt trận|MTTQ|"
            + "Cơ quan|Phòng|Trung tâm|Thường trực|Cấp ủy|Các|Kho bạc|Thanh tra|Báo|Đài)";
    private static final Pattern ADJACENT_HEAD = Pattern.compile("^(Bộ|Sở|UBND|Ủy ban nhân dân)\\s+\\p{Lu}");
    private static final Pattern NEW_BODY = Pattern.compile("^" + HEADS + "(?![\\p{L}])");
    private static final Pattern LOWER_CAC = Pattern.compile(
            "^các (?:ban|sở|cơ quan|doanh nghiệp|đảng ủy|đảng uỷ|đảng bộ|chi bộ|chi, đảng bộ|cấp ủy|tổ chức|đơn vị|địa phương|xã|phường|"
                    + "ngành|trường|cơ sở|hội|đoàn thể)(?![\\p{L}])");

    private BodyListParser() {
    }

    public static List<String> split(String cell) {
        String text = cell == null ? "" : cell.replaceAll("(?i)<br\\s*/?>", "\n");
        text = Text.clean(text.replace("\n", " ; "));
        List<String> out = new ArrayList<>();
        if (text.isEmpty()) {
            return out;
        }
        // bullets: "- UBND xã. - Các cơ quan, đơn vị" ; "+ ..."
        text = text.replaceAll("(^|[.;:]\\s*)[-–+•]\\s+", "$1;");
        for (String part : text.split(";")) {
            for (String p : splitSoft(part).stream().flatMap(x -> splitAdjacent(x).stream()).toList()) {
                String body = p.strip().replaceAll("^[-–+•.,\\s]+", "").replaceAll("[.,;:\\s]+$", "").strip();
                if (!body.isEmpty()) {
                    out.add(Text.capitalize(body));
                }
            }
        }
        return new ArrayList<>(new LinkedHashSet<>(out));
    }

    /**
     * Two names of the same kind written next to each other with no separator ("Bộ Thông tin và Truyền thông
     * Bộ Khoa học và Công nghệ", "Sở Nội vụ Sở Tài chính"): split before the second head word.
     */
    static List<String> splitAdjacent(String piece) {
        String s = piece.strip();
        Matcher head = ADJACENT_HEAD.matcher(s);
        if (!head.lookingAt()) {
            return List.of(piece);
        }
        Pattern again = Pattern.compile("\\s(?=" + Pattern.quote(head.group(1)) + "\\s+\\p{Lu})");
        return List.of(again.split(s));
    }

    /** Splits at "," and " và " when the next piece begins a new body. */
    private static List<String> splitSoft(String part) {
        List<String> pieces = new ArrayList<>();
        String s = part.strip();
        int start = 0;
        int i = 0;
        while (i < s.length()) {
            int sepLen = 0;
            if (s.charAt(i) == ',') {
                sepLen = 1;
            } else if (s.startsWith(" và ", i)) {
                sepLen = 4;
            }
            if (sepLen > 0) {
                String rest = s.substring(i + sepLen).stripLeading();
                if (startsNewBody(rest)) {
                    pieces.add(s.substring(start, i));
                    start = s.length() - rest.length();
                    i = start;
                    continue;
                }
            }
            i++;
        }
        pieces.add(s.substring(start));
        return pieces;
    }

    private static boolean startsNewBody(String rest) {
        if (rest.isEmpty()) {
            return false;
        }
        if (NEW_BODY.matcher(rest).find()) {
            // "Các" must be followed by a body noun too ("Các cơ quan", not "Các năm")
            if (rest.startsWith("Các")) {
                return LOWER_CAC.matcher(rest.toLowerCase(Locale.ROOT)).find();
            }
            return true;
        }
        return LOWER_CAC.matcher(rest.toLowerCase(Locale.ROOT)).find();
    }
}
