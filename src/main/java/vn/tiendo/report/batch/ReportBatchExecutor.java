package vn.tiendo.report.batch;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.tiendo.audit.AuditLog;
import vn.tiendo.cluster.ClusterLocks;
import vn.tiendo.report.ReportRenderer;

/**
 * The one background worker of report batches (a single thread: a report is rendered at a time, so a 2-core server
 * keeps serving pages). On start-up it continues every QUEUED or RUNNING batch from its first unfinished item. Renders
 * through whatever {@link ReportRenderer} bean the application has; without one, batches wait in QUEUED.
 */
@Component
public class ReportBatchExecutor implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(ReportBatchExecutor.class);

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "bao-cao-hang-loat");
        t.setDaemon(true);
        return t;
    });
    private final ObjectProvider<ReportRenderer> renderers;
    private final ReportBatchStore store;
    private final AuditLog audit;
    private final Clock clock;
    /** One node at a time works on a batch (several nodes resume the same unfinished batches at their start). */
    private final BatchRunner.Claims claims;

    public ReportBatchExecutor(ObjectProvider<ReportRenderer> renderers, ReportBatchStore store, AuditLog audit, Clock clock,
                               ClusterLocks locks) {
        this.renderers = renderers;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.claims = batchId -> locks.tryHold("report_batch", batchId);
    }

    /** True when the application can render reports (a {@link ReportRenderer} bean exists). */
    public boolean available() {
        return renderers.getIfUnique() != null;
    }

    /** Queues the batch for the background worker (nothing when no renderer exists: it waits in QUEUED). */
    public void submit(long batchId) {
        ReportRenderer renderer = renderers.getIfUnique();
        if (renderer == null) {
            return;
        }
        worker.execute(() -> {
            try {
                new BatchRunner(store, renderer, audit, clock, claims).run(batchId, BatchRunner.Progress.NONE);
            } catch (RuntimeException e) {
                LOG.warn("Báo cáo hàng loạt {} dừng vì lỗi: {}", batchId, e.toString());
            }
        });
    }

    /** Runs the batch in the calling thread (the command line), telling {@code progress} after every item. */
    public ReportBatch runHere(long batchId, BatchRunner.Progress progress) {
        ReportRenderer renderer = renderers.getIfUnique();
        if (renderer == null) {
            throw new IllegalStateException("Bản cài đặt này chưa có bộ tạo báo cáo (ReportRenderer): chưa xuất được báo cáo.");
        }
        return new BatchRunner(store, renderer, audit, clock, claims).run(batchId, progress);
    }

    /** As {@link #runHere(long, BatchRunner.Progress)} with the given renderer. */
    public ReportBatch runHere(long batchId, ReportRenderer renderer, BatchRunner.Progress progress) {
        return new BatchRunner(store, renderer, audit, clock, claims).run(batchId, progress);
    }

    /**
     * Continues every unfinished batch after a restart of the web application (a command such as {@code tiendo import}
     * leaves them to the server).
     */
    @EventListener(ApplicationReadyEvent.class)
    public void resumeOnStart(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof org.springframework.web.context.WebApplicationContext) {
            resume();
        }
    }

    /** Queues every unfinished batch. */
    public void resume() {
        store.unfinished().forEach(this::submit);
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
