package vn.tiendo.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;
import vn.tiendo.monitoring.DataVersion;

/**
 * A node that cannot hear the others must not answer from its caches: while its listener is not connected the data
 * version moves on every read (no dashboard answer is reused); once listening, it is stable and everything has been
 * forgotten once (changes may have been missed meanwhile).
 */
@TiendoTest
class NotListeningTest {

    @Autowired JdbcClient jdbc;
    @Autowired NodeIdentity node;
    @Autowired ListenerConnections connections;
    @Autowired ClusterProperties props;

    @Test
    void cachesAreBypassedUntilTheNodeListensThenForgottenOnce() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        ClusterChanges changes = new ClusterChanges(jdbc, node, connections, meters, props);
        DataVersion version = new DataVersion(meters, changes);
        assertThat(changes.listening()).isFalse();
        assertThat(version.current()).isNotEqualTo(version.current());

        changes.start();
        try {
            TwoNodesTest.awaitTrue(changes::listening, Duration.ofSeconds(10));
            assertThat(version.current()).isEqualTo(version.current());
            assertThat(meters.find(ClusterChanges.INVALIDATIONS).tags("cache", "dashboard", "source", "resync").counter().count())
                    .isEqualTo(1);
        } finally {
            changes.stop();
        }
        assertThat(changes.listening()).isFalse();
        assertThat(version.current()).isNotEqualTo(version.current());
        assertThat(meters.find(ClusterChanges.INVALIDATIONS).tags("cache", "dashboard", "source", "lost").counter().count())
                .isEqualTo(1);
    }
}
