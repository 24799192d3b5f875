package vn.tiendo.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Danh mục bản đồ: which unit's sub-units have boundaries to draw (the 34 provinces below the nation, the communes
 * of Lai Châu and Bắc Ninh; simplified 2025 boundaries under {@code static/geo}, MIT licence). A file is read and
 * checked on first use (a GeoJSON FeatureCollection whose every feature has a polygon and a {@code code}); a missing
 * or malformed file is logged once and the unit then has no map, so its dashboards draw the ranked bar chart.
 */
@Component
public class MapCatalog {

    /** The boundary files by the code of the unit whose sub-units they draw. */
    public static final Map<String, String> FILES = Map.of(
            "VN", "vn_provinces.geojson",
            "12", "lai_chau_communes.geojson",
            "24", "bac_ninh_communes.geojson");

    private static final Logger LOG = LoggerFactory.getLogger(MapCatalog.class);

    /** One boundary file: the name ECharts registers it under, its address (versioned by content) and its feature codes. */
    public record UnitMap(String name, String url, Set<String> codes) {
    }

    private final ResourceLoader loader;
    private final String location;
    private final Map<String, String> files;
    private final Map<String, Optional<UnitMap>> loaded = new ConcurrentHashMap<>();
    private final AtomicInteger problems = new AtomicInteger();
    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    public MapCatalog(ResourceLoader loader) {
        this(loader, "classpath:static/geo/", FILES);
    }

    /** A catalogue reading {@code files} (unit code → file name) from {@code location} (a resource prefix ending in "/"). */
    public MapCatalog(ResourceLoader loader, String location, Map<String, String> files) {
        this.loader = loader;
        this.location = location;
        this.files = Map.copyOf(files);
    }

    /** The map of the units directly below the unit with {@code unitCode}; empty when there is none or its file is unusable. */
    public Optional<UnitMap> below(String unitCode) {
        if (unitCode == null || !files.containsKey(unitCode)) {
            return Optional.empty();
        }
        return loaded.computeIfAbsent(unitCode, this::load);
    }

    /** Files found missing or malformed so far (each counted and logged once). */
    public int problems() {
        return problems.get();
    }

    private Optional<UnitMap> load(String unitCode) {
        String file = files.get(unitCode);
        Resource resource = loader.getResource(location + file);
        try (InputStream in = resource.getInputStream()) {
            byte[] bytes = in.readAllBytes();
            Set<String> codes = codes(json.readTree(bytes));
            String version = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 6);
            return Optional.of(new UnitMap("tiendo-" + unitCode, "/geo/" + file + "?v=" + version, Set.copyOf(codes)));
        } catch (IOException | IllegalArgumentException | NoSuchAlgorithmException e) {
            problems.incrementAndGet();
            LOG.warn("Bản đồ {} ({}) không dùng được, các trang dùng biểu đồ cột thay thế: {}", file, location, e.getMessage());
            return Optional.empty();
        }
    }

    /** The feature codes of a FeatureCollection; IllegalArgumentException naming the first fault. */
    static Set<String> codes(JsonNode root) {
        if (root == null || !"FeatureCollection".equals(root.path("type").asText()) || !root.path("features").isArray()
                || root.path("features").isEmpty()) {
            throw new IllegalArgumentException("không phải FeatureCollection có đối tượng");
        }
        Set<String> codes = new LinkedHashSet<>();
        int i = 0;
        for (JsonNode f : root.path("features")) {
            String type = f.path("geometry").path("type").asText();
            String code = f.path("properties").path("code").asText("");
            if (!type.equals("Polygon") && !type.equals("MultiPolygon") || code.isBlank() || !f.path("geometry").path("coordinates").isArray()) {
                throw new IllegalArgumentException("đối tượng thứ " + (i + 1) + " thiếu hình (Polygon) hoặc mã (code)");
            }
            codes.add(code);
            i++;
        }
        return codes;
    }
}
