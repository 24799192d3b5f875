package vn.tiendo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code tiendo.*} setting is bound once, in a {@code @ConfigurationProperties} record: no class reads
 * one with {@code @Value} or {@code Environment.getProperty}. The one exception is the start-up condition that
 * decides whether an embedded database is started (a condition runs before any bean exists).
 */
class SettingsAreBoundOnceTest {

    static final Pattern READ = Pattern.compile("@Value\\(\"\\$\\{tiendo\\.|getProperty\\(\"tiendo\\.");
    static final List<String> ALLOWED = List.of("vn/tiendo/storage/DatabaseConfiguration.java:tiendo.db.url");

    @Test
    void noClassReadsATiendoSettingByHand() throws IOException {
        List<String> found = new ArrayList<>();
        Path root = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                Matcher m = READ.matcher(text);
                while (m.find()) {
                    int end = text.indexOf('"', m.end());
                    String key = "tiendo." + text.substring(m.end(), end).replaceAll("[:}].*", "");
                    String where = root.relativize(file).toString().replace('\\', '/') + ":" + key;
                    if (!ALLOWED.contains(where)) {
                        found.add(where);
                    }
                }
            }
        }
        assertThat(found).as("tiendo.* settings read by hand instead of a @ConfigurationProperties record").isEmpty();
    }
}
