package vn.tiendo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
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
}
