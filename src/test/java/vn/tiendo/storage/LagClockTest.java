package vn.tiendo.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class LagClockTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void anIdlePrimaryIsNotBehind() {
        LagClock clock = new LagClock();
        for (int t = 0; t < 50; t++) {
            clock.primaryAt(t * SECOND, 1000);
        }
        assertThat(clock.lagSeconds(50 * SECOND, 1000)).isZero();
        assertThat(clock.lagBytes(1000)).isZero();
    }

    @Test
    void thePausedReplicaFallsBehindByTheAgeOfTheFirstChangeItMissed() {
        LagClock clock = new LagClock();
        clock.primaryAt(0, 1000);
        clock.primaryAt(2 * SECOND, 1500);   // the replica stopped replaying at 1000
        clock.primaryAt(4 * SECOND, 2000);
        assertThat(clock.lagSeconds(7 * SECOND, 1000)).isCloseTo(5.0, within(1e-9));
        assertThat(clock.lagBytes(1000)).isEqualTo(1000);
        assertThat(clock.lagSeconds(7 * SECOND, 1500)).as("replayed up to the second change").isCloseTo(3.0, within(1e-9));
        assertThat(clock.lagSeconds(7 * SECOND, 2000)).isZero();
    }

    @Property
    void theLagNeverGrowsWhenTheReplicaReplaysMore(@ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 50) Integer> steps,
                                                    @ForAll @IntRange(min = 0, max = 2000) int replayedA,
                                                    @ForAll @IntRange(min = 0, max = 2000) int extra) {
        List<long[]> samples = new ArrayList<>();
        long position = 0;
        for (int i = 0; i < steps.size(); i++) {
            position += steps.get(i);
            samples.add(new long[] {i * SECOND, position});
        }
        double less = fresh(samples).lagSeconds(steps.size() * SECOND, replayedA);
        double more = fresh(samples).lagSeconds(steps.size() * SECOND, replayedA + extra);
        assertThat(more).isLessThanOrEqualTo(less);
        assertThat(fresh(samples).lagSeconds(steps.size() * SECOND, position)).isZero();
    }

    private static LagClock fresh(List<long[]> samples) {
        LagClock clock = new LagClock();
        samples.forEach(s -> clock.primaryAt(s[0], s[1]));
        return clock;
    }
}
