package vn.tiendo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Configuration;

/**
 * Issue 16, observability: {@code TIENDO_LOG_FORMAT=ecs} turns the console log into one JSON object a line
 * (Spring Boot's structured logging, set in application.properties); unset, the log stays text. Each case
 * runs in its own JVM, because the logging system is configured once per process.
 */
class JsonLogFormatTest {

    static final String MESSAGE = "Nhật ký thử định dạng JSON";

    @Test
    void theSettingMakesEveryConsoleLineAJsonObject() throws Exception {
        List<String> lines = run("ecs");
        ObjectMapper json = new ObjectMapper();
        List<String> logLines = lines.stream().filter(l -> !l.isBlank()).toList();
        assertThat(logLines).isNotEmpty();
        for (String line : logLines) {
            assertThat(line).as("a JSON log line").startsWith("{");
            json.readTree(line);
        }
        JsonNode mine = json.readTree(logLines.stream().filter(l -> l.contains(MESSAGE)).findFirst().orElseThrow());
        assertThat(mine.get("message").asText()).isEqualTo(MESSAGE);
        assertThat(mine.path("log").path("level").asText()).isEqualTo("WARN");
    }

    @Test
    void withoutItTheLogStaysText() throws Exception {
        List<String> lines = run("");
        assertThat(lines).anyMatch(l -> l.contains(MESSAGE) && !l.startsWith("{"));
    }

    private static List<String> run(String format) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
                "-cp", System.getProperty("java.class.path"), Probe.class.getName()).redirectErrorStream(true);
        pb.environment().remove("TIENDO_LOG_FORMAT");
        if (!format.isEmpty()) {
            pb.environment().put("TIENDO_LOG_FORMAT", format);
        }
        Process process = pb.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return new ArrayList<>(out.lines().toList());
    }

    /** A context with the application's properties and nothing else: it logs one line and stops. */
    @Configuration(proxyBeanMethods = false)
    public static class Probe {

        public static void main(String[] args) {
            try (var context = new SpringApplicationBuilder(Probe.class).web(WebApplicationType.NONE).run(args)) { // the tests' settings log WARN and above
                LoggerFactory.getLogger(Probe.class).warn(MESSAGE);
            }
        }
    }
}
