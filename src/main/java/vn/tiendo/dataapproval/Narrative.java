package vn.tiendo.dataapproval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The narrative of a period report in the usual sections, reused by the official report generator:
 * I. lãnh đạo, chỉ đạo; II. kết quả; III. hạn chế, nguyên nhân; IV. phương hướng; V. kiến nghị.
 */
public record Narrative(String leadership, String results, String shortcomings, String directions, String proposals) {

    public static final Narrative EMPTY = new Narrative(null, null, null, null, null);

    /** Section headings in report order, by field name. */
    public static final Map<String, String> HEADINGS = headings();

    private static Map<String, String> headings() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("leadership", "I. Công tác lãnh đạo, chỉ đạo");
        m.put("results", "II. Kết quả thực hiện");
        m.put("shortcomings", "III. Hạn chế, nguyên nhân");
        m.put("directions", "IV. Phương hướng, nhiệm vụ thời gian tới");
        m.put("proposals", "V. Đề xuất, kiến nghị");
        return m;
    }

    /** The text of a section by field name. */
    public String section(String field) {
        return switch (field) {
            case "leadership" -> leadership;
            case "results" -> results;
            case "shortcomings" -> shortcomings;
            case "directions" -> directions;
            case "proposals" -> proposals;
            default -> throw new IllegalArgumentException("không có mục " + field);
        };
    }

    /** Headings of the sections still empty. */
    public java.util.List<String> emptySections() {
        return HEADINGS.keySet().stream().filter(f -> section(f) == null || section(f).isBlank()).map(HEADINGS::get).toList();
    }
}
