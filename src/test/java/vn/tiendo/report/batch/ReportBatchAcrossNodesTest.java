package vn.tiendo.report.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.tiendo.TiendoTest;
import vn.tiendo.cluster.ClusterLocks;
import vn.tiendo.report.ReportFormat;
import vn.tiendo.security.TestProgrammes;

/**
 * Several nodes resume the same unfinished batches at their start: the worker claims a batch with a database lock, so
 * while another node holds it this node renders nothing, and once it is released the batch runs here.
 */
@TiendoTest
class ReportBatchAcrossNodesTest {

    @Autowired ApplicationContext context;
    @Autowired ReportBatchService service;
    @Autowired ReportBatchExecutor executor;
    @Autowired ClusterLocks locks;

    @Test
    void aBatchHeldByAnotherNodeIsLeftToItThenRunsHereOnceReleased() {
        long programme = TestProgrammes.save(context, "12", "BN-" + UUID.randomUUID().toString().substring(0, 6) + "-CTr/TU", false);
        ReportBatch batch = service.create(new BatchRequest(programme, null, "2026", ReportFormat.DOCX, null));
        Optional<Runnable> otherNode = locks.tryHold("report_batch", batch.id());   // a connection of its own, as another node's
        assertThat(otherNode).isPresent();
        ReportBatchRunnerTest.TextRenderer renderer = new ReportBatchRunnerTest.TextRenderer();
        try {
            ReportBatch left = executor.runHere(batch.id(), renderer, BatchRunner.Progress.NONE);
            assertThat(left.state()).isEqualTo(BatchState.QUEUED);
            assertThat(renderer.units).isEmpty();
        } finally {
            otherNode.get().run();
        }
        ReportBatch done = executor.runHere(batch.id(), renderer, BatchRunner.Progress.NONE);
        assertThat(done.state()).isEqualTo(BatchState.DONE);
        assertThat(renderer.units).hasSize(done.total()).doesNotHaveDuplicates();
    }
}
