package vn.tiendo.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The official list of administrative units from 1 July 2025 as shipped in
 * {@code data/vn_units_2025.json} (MIT licence): 34 provinces and 3,321 communes, wards and special
 * zones. Read once; usable without a database (the reader resolves place names with it).
 */
public final class AdminUnitCatalog {

    static final String RESOURCE = "/data/vn_units_2025.json";

    /** A commune, ward or special zone (đơn vị hành chính cấp xã). */
    public record Commune(String code, String name, String fullName, String unitType, String provinceCode) {
    }

    /** A province or centrally-run city (tỉnh, thành phố). */
    public record Province(String code, String name, String fullName, String unitType, List<Commune> communes) {
    }

    private static volatile AdminUnitCatalog instance;

    private final List<Province> provinces;

    private AdminUnitCatalog(List<Province> provinces) {
        this.provinces = List.copyOf(provinces);
    }

    /** The catalogue, read from the bundled resource on first use. */
    public static AdminUnitCatalog get() {
        AdminUnitCatalog c = instance;
        if (c == null) {
            synchronized (AdminUnitCatalog.class) {
                if (instance == null) {
                    instance = read(new ObjectMapper());
                }
                c = instance;
            }
        }
        return c;
    }

    private static AdminUnitCatalog read(ObjectMapper json) {
        try (InputStream in = AdminUnitCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Thiếu tệp danh mục đơn vị hành chính " + RESOURCE);
            }
            List<Province> provinces = new ArrayList<>();
            for (JsonNode p : json.readTree(in)) {
                List<Commune> communes = new ArrayList<>();
                for (JsonNode w : p.get("Wards")) {
                    communes.add(new Commune(w.get("Code").asText(), w.get("Name").asText(), w.get("FullName").asText(),
                            w.get("AdministrativeUnitShortName").asText(), w.get("ProvinceCode").asText()));
                }
                provinces.add(new Province(p.get("Code").asText(), p.get("Name").asText(), p.get("FullName").asText(),
                        p.get("AdministrativeUnitShortName").asText(), communes));
            }
            return new AdminUnitCatalog(provinces);
        } catch (IOException e) {
            throw new IllegalStateException("Không đọc được danh mục đơn vị hành chính " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    public List<Province> provinces() {
        return provinces;
    }

    /**
     * Official code of a commune (or province) named {@code fullName}, within {@code provinceFullName}
     * when given; null when unknown or ambiguous. Case and spacing are ignored.
     */
    public String codeOf(String fullName, String provinceFullName) {
        if (fullName == null) {
            return null;
        }
        String wanted = key(fullName);
        String province = provinceFullName == null ? null : key(provinceFullName);
        String found = null;
        for (Province p : provinces) {
            if (key(p.fullName()).equals(wanted)) {
                return p.code();
            }
            if (province != null && !key(p.fullName()).equals(province) && !key(p.name()).equals(province)) {
                continue;
            }
            for (Commune c : p.communes()) {
                if (key(c.fullName()).equals(wanted)) {
                    if (found != null) {
                        return null;
                    }
                    found = c.code();
                }
            }
        }
        return found;
    }

    private static String key(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
