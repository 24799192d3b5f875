package vn.tiendo.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import vn.tiendo.storage.EmbeddedDatabase;

/**
 * Several nodes started at once on one new database migrate it once: Flyway takes PostgreSQL's advisory lock around
 * its migration, so the second node waits, then finds everything applied (docs/deploy.md, upgrades with several nodes).
 */
class MigrationsRunOnceTest {

    @Test
    void twoNodesMigratingTogetherApplyEachMigrationOnce() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.openTemporary()) {
            CompletableFuture<MigrateResult> one = CompletableFuture.supplyAsync(() -> flyway(db).migrate());
            CompletableFuture<MigrateResult> two = CompletableFuture.supplyAsync(() -> flyway(db).migrate());
            int applied = one.get().migrationsExecuted + two.get().migrationsExecuted;
            int known = SchemaGuard.knownMigrations().size();
            assertThat(applied).isEqualTo(known);
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), null);
                 ResultSet rs = c.createStatement().executeQuery(
                         "SELECT count(*), count(DISTINCT version) FROM flyway_schema_history WHERE version IS NOT NULL AND success")) {
                rs.next();
                assertThat(List.of(rs.getInt(1), rs.getInt(2))).containsExactly(known, known);
            }
        }
    }

    static Flyway flyway(EmbeddedDatabase db) {
        return Flyway.configure().dataSource(db.jdbcUrl(), db.user(), null).locations("classpath:db/migration").load();
    }
}
