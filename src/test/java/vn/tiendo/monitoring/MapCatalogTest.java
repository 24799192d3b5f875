package vn.tiendo.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

/** The boundary files shipped with the app, and what happens with a missing or malformed one. */
class MapCatalogTest {

    private final MapCatalog shipped = new MapCatalog(new DefaultResourceLoader());

    @Test
    void theShippedFilesDrawThe34ProvincesAndTheCommunesOfLaiChauAndBacNinh() throws Exception {
        assertThat(shipped.below("VN").orElseThrow().codes()).hasSize(34).contains("12", "24", "01");
        assertThat(shipped.below("12").orElseThrow().codes()).hasSize(38).contains("03390");
        assertThat(shipped.below("24").orElseThrow().codes()).hasSize(99);
        assertThat(shipped.below("12").orElseThrow().url()).matches("/geo/lai_chau_communes\\.geojson\\?v=[0-9a-f]{12}");
        assertThat(shipped.below("03390")).isEmpty();
        assertThat(shipped.below(null)).isEmpty();
        assertThat(shipped.problems()).isZero();
    }

    @Test
    void aMalformedFileGivesNoMapAndIsLoggedOnce(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.geojson"), "{\"type\": \"FeatureCollection\", \"features\": [ {\"type\": \"Feature\"");
        Files.writeString(dir.resolve("nocode.geojson"), new ObjectMapper().writeValueAsString(Map.of("type", "FeatureCollection",
                "features", java.util.List.of(Map.of("type", "Feature", "properties", Map.of("name", "X"),
                        "geometry", Map.of("type", "Polygon", "coordinates", java.util.List.of()))))));
        MapCatalog catalog = new MapCatalog(new DefaultResourceLoader(), dir.toUri() + "/",
                Map.of("12", "broken.geojson", "24", "nocode.geojson", "VN", "missing.geojson"));
        assertThat(catalog.below("12")).isEmpty();
        assertThat(catalog.below("12")).isEmpty();
        assertThat(catalog.problems()).isEqualTo(1);
        assertThat(catalog.below("24")).isEmpty();
        assertThat(catalog.below("VN")).isEmpty();
        assertThat(catalog.below("VN")).isEmpty();
        assertThat(catalog.problems()).isEqualTo(3);
    }
}
