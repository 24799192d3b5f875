package vn.tiendo.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The test replica is a real hot standby that replays the primary's writes. */
class StreamingReplicaPairTest {

    @TempDir
    Path dir;

    @Test
    void theCopyIsAStandbyThatReplaysThePrimary() throws Exception {
        try (StreamingReplicaPair pair = new StreamingReplicaPair(dir)) {
            assertThat(pair.onReplica("SELECT pg_is_in_recovery()")).isEqualTo("t");
            assertThat(pair.onPrimary("SELECT pg_is_in_recovery()")).isEqualTo("f");
            pair.onPrimary("CREATE TABLE replicated (n int); INSERT INTO replicated VALUES (42)");
            String seen = null;
            for (int i = 0; i < 100 && seen == null; i++) {
                try {
                    seen = pair.onReplica("SELECT n FROM replicated");
                } catch (java.sql.SQLException notYet) {
                    Thread.sleep(50);
                }
            }
            assertThat(seen).isEqualTo("42");
        }
    }
}
