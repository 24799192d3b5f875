package vn.tiendo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import vn.tiendo.TiendoApplication;

/** A node declared part of a cluster (TIENDO_CLUSTER=true) with no external database refuses to start, saying why. */
class ClusterStartRefusalTest {

    @Test
    void aClusterNodeWithTheEmbeddedDatabaseRefusesToStart() {
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(TiendoApplication.class).web(WebApplicationType.NONE)
                .logStartupInfo(false).run("--tiendo.cluster.enabled=true", "--tiendo.ephemeral=true", "--logging.level.root=OFF").close());
        assertThat(failure).isNotNull();
        assertThat(StartupFailure.explain(failure))
                .startsWith("Nút này được khai báo là một nút của cụm (TIENDO_CLUSTER=true) nhưng chưa có cơ sở dữ liệu PostgreSQL bên ngoài")
                .contains("TIENDO_DB_URL, TIENDO_DB_USER, TIENDO_DB_PASSWORD");
    }

    @Test
    void tiendoServeWithTiendoClusterAndNoDatabaseUrlExitsWithTheReason(@TempDir Path dataDir) throws Exception {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), "vn.tiendo.cli.Main", "serve", "--port", "0", "--data-dir", dataDir.toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("TIENDO_CLUSTER", "true");
        pb.environment().put("TIENDO_NODE_NAME", "nut-nhung");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isEqualTo(1);
        assertThat(out).contains("Lỗi: Nút này được khai báo là một nút của cụm (TIENDO_CLUSTER=true)");
        assertThat(dataDir.resolve("pg")).as("no embedded database started").doesNotExist();
    }
}
