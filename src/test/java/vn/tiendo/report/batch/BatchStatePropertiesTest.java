package vn.tiendo.report.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/** The batch state machine: only QUEUED → RUNNING → DONE, cancel or fail from QUEUED/RUNNING; final states never move. */
class BatchStatePropertiesTest {

    static final Map<BatchState, Set<BatchState>> ALLOWED = Map.of(
            BatchState.QUEUED, Set.of(BatchState.RUNNING, BatchState.CANCELLED, BatchState.FAILED),
            BatchState.RUNNING, Set.of(BatchState.DONE, BatchState.CANCELLED, BatchState.FAILED),
            BatchState.DONE, Set.of(), BatchState.CANCELLED, Set.of(), BatchState.FAILED, Set.of());

    @Property
    void onlyTheDeclaredTransitionsAreAllowed(@ForAll BatchState from, @ForAll BatchState to) {
        assertThat(from.canMoveTo(to)).isEqualTo(ALLOWED.get(from).contains(to));
        assertThat(from.canMoveTo(from)).isFalse();
        assertThat(from.finished()).isEqualTo(from.next().isEmpty());
    }

    /** Any sequence of attempted moves from QUEUED walks allowed edges only, at most two of them, and ends still once finished. */
    @Property
    void aWalkOfAttemptedMovesFollowsOnlyAllowedEdges(@ForAll @Size(max = 20) List<BatchState> attempts) {
        BatchState state = BatchState.QUEUED;
        List<BatchState> path = new ArrayList<>(List.of(state));
        for (BatchState target : attempts) {
            if (state.canMoveTo(target)) {
                state = target;
                path.add(state);
            }
        }
        assertThat(path.size()).isLessThanOrEqualTo(3);
        for (int i = 1; i < path.size(); i++) {
            assertThat(ALLOWED.get(path.get(i - 1))).contains(path.get(i));
            assertThat(path.get(i)).isNotEqualTo(BatchState.QUEUED);
        }
        for (int i = 0; i < path.size() - 1; i++) {
            assertThat(path.get(i).finished()).as("only the last state of a walk may be final").isFalse();
        }
    }

    @Property
    void cancellingIsPossibleExactlyWhileNotFinished(@ForAll BatchState state) {
        assertThat(state.canMoveTo(BatchState.CANCELLED)).isEqualTo(!state.finished());
    }
}
