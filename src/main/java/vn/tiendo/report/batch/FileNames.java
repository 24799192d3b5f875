package vn.tiendo.report.batch;

import java.text.Normalizer;
import java.util.Locale;

/** File names safe on every system, from Vietnamese names: "Xã Bình Lư" → "Xa-Binh-Lu". */
public final class FileNames {

    private FileNames() {
    }

    /** Letters without diacritics (đ → d), digits, single hyphens between words; "bao-cao" when nothing is left. */
    public static String slug(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").replace('đ', 'd').replace('Đ', 'D');
        String slug = plain.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "bao-cao" : slug;
    }

    /** "03390-Xa-Binh-Lu.docx". */
    public static String report(String unitCode, String unitName, String extension) {
        String code = unitCode == null ? "" : slug(unitCode) + "-";
        return code + slug(unitName) + "." + extension.toLowerCase(Locale.ROOT);
    }
}
