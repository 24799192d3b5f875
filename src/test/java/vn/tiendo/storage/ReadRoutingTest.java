package vn.tiendo.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * ReadRouting on its own over a real primary and replica, both named by multi-host URLs that list the other server
 * first ({@code targetServerType=primary} / {@code preferSecondary}, as after a promotion): the pools and the monitor
 * find the right server; a read scope reads from the replica, anything else from the primary.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadRoutingTest {

    @TempDir
    static Path dir;
    StreamingReplicaPair pair;
    ReadRouting routing;

    @BeforeAll
    void start() {
        pair = new StreamingReplicaPair(dir);
        String primaryHost = pair.primaryUrl().replace("jdbc:postgresql://", "").replace("/postgres", "");
        String replicaHost = pair.replicaUrl().replace("jdbc:postgresql://", "").replace("/postgres", "");
        HikariDataSource primary = new HikariDataSource();
        primary.setJdbcUrl("jdbc:postgresql://" + replicaHost + "," + primaryHost + "/postgres?targetServerType=primary");
        primary.setUsername("postgres");
        primary.setMaximumPoolSize(3);
        String replicaUrl = "jdbc:postgresql://" + primaryHost + "," + replicaHost + "/postgres?targetServerType=preferSecondary";
        routing = new ReadRouting(primary, new TiendoDatabaseProperties.Db(null, "postgres", null, 3, 2_000L,
                new TiendoDatabaseProperties.Replica(replicaUrl, null, null, Duration.ofSeconds(5), Duration.ofMillis(100), 3)),
                new SimpleMeterRegistry());
    }

    @AfterAll
    void stop() throws Exception {
        if (routing != null) {
            routing.close();
        }
        if (pair != null) {
            pair.close();
        }
    }

    @Test
    void multiHostUrlsFindThePrimaryAndTheReplica() throws Exception {
        assertThat(routing.status().mode()).isEqualTo("replica");
        assertThat(routing.status().primaryUp()).isTrue();
        try (Connection c = routing.dataSource().getConnection(); ResultSet rs = c.createStatement().executeQuery("SELECT pg_is_in_recovery()")) {
            rs.next();
            assertThat(rs.getBoolean(1)).as("the primary pool").isFalse();
        }
        assertThat(routing.primaryPositionNow()).isPositive();
        JdbcClient primary = JdbcClient.create(routing.dataSource());
        JdbcClient reads = new RoutingJdbcClient(primary, JdbcClient.create(routing.replicaReadsDataSource()), routing);
        assertThat(reads.sql("SELECT pg_is_in_recovery()").query(Boolean.class).single()).as("outside a read scope").isFalse();
        try (ReadScope scope = ReadScope.open(0)) {
            assertThat(reads.sql("SELECT pg_is_in_recovery()").query(Boolean.class).single()).as("in a read scope").isTrue();
            assertThat(ReadScope.active()).isTrue();
        }
        assertThat(ReadScope.active()).isFalse();
        try (ReadScope scope = ReadScope.open(Long.MAX_VALUE)) {
            assertThat(reads.sql("SELECT pg_is_in_recovery()").query(Boolean.class).single())
                    .as("the replica has not replayed the user's write").isFalse();
        }
    }

    @Test
    void readsInScopeGoToThePrimaryOnceTheReplicaIsGoneAndBackToItWhenItReturns() throws Exception {
        JdbcClient reads = new RoutingJdbcClient(JdbcClient.create(routing.dataSource()),
                JdbcClient.create(routing.replicaReadsDataSource()), routing);
        pair.stopReplica();
        long noticed = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!routing.status().mode().equals("primary-fallback") && System.nanoTime() < noticed) {
            Thread.sleep(20);   // a read in flight as the replica dies may fail; the monitor notices within a poll
        }
        try (ReadScope scope = ReadScope.open(0)) {
            assertThat(reads.sql("SELECT pg_is_in_recovery()").query(Boolean.class).single()).as("from the primary").isFalse();
            assertThat(routing.status().mode()).isEqualTo("primary-fallback");
            pair.startReplica();
            // the driver skips a host it found unfit for hostRecheckSeconds (10 s): preferSecondary meanwhile reads the primary
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            boolean fromReplica = false;
            while (!fromReplica && System.nanoTime() < deadline) {
                Thread.sleep(100);
                fromReplica = routing.status().mode().equals("replica")
                        && reads.sql("SELECT pg_is_in_recovery()").query(Boolean.class).single();
            }
            assertThat(fromReplica).as("from the replica again").isTrue();
        }
    }

    @Test
    void aBusyReplicaPoolIsNotTakenForADeadReplica() throws Exception {
        java.util.List<Connection> held = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {   // the whole replica pool (size 3), as under a burst of dashboard reads
                held.add(routing.replicaReadsDataSource().getConnection());
            }
            try (Connection c = routing.replicaReadsDataSource().getConnection();
                 ResultSet rs = c.createStatement().executeQuery("SELECT pg_is_in_recovery()")) {
                rs.next();
                assertThat(rs.getBoolean(1)).as("this one read waited, then went to the primary").isFalse();
            }
            assertThat(routing.status().mode()).as("the replica is still serving: only its pool was busy").isEqualTo("replica");
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
    }

    @Test
    void theReplicaRefusesWrites() {
        JdbcClient replica = JdbcClient.create(routing.replicaDataSource());
        assertThatThrownBy(() -> replica.sql("CREATE TABLE nope (n int)").update()).hasMessageContaining("read-only");
    }
}
