package vn.tiendo.web;

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
 * The Content-Security-Policy allows scripts and styles from this server only: an inline script,
 * style block, style attribute or event-handler attribute would silently not work in the browser.
 */
class TemplatesFollowTheCspTest {

    static final Pattern FORBIDDEN = Pattern.compile(
            "<style|\\sstyle=|th:style|\\son[a-z]+=\"|<script(?![^>]*\\ssrc=)(?![^>]*th:src=)(?![^>]*th:replace=)");

    @Test
    void noTemplateHasInlineScriptsStylesOrHandlers() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = FORBIDDEN.matcher(lines.get(i));
                    if (m.find()) {
                        found.add(f + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void thePatternCatchesWhatItShould() {
        assertThat(FORBIDDEN.matcher("<script>alert(1)</script>").find()).isTrue();
        assertThat(FORBIDDEN.matcher("<td style=\"color:red\">").find()).isTrue();
        assertThat(FORBIDDEN.matcher("<select onchange=\"this.form.submit()\">").find()).isTrue();
        assertThat(FORBIDDEN.matcher("<script th:src=\"@{/js/a.js}\" defer></script>").find()).isFalse();
        assertThat(FORBIDDEN.matcher("<select data-autosubmit>").find()).isFalse();
    }
}
