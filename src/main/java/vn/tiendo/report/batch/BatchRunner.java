package vn.tiendo.report.batch;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.tiendo.audit.AuditLog;
import vn.tiendo.report.ReportRenderer;
import vn.tiendo.report.ReportRequest;

/**
 * Works through one batch in the calling thread: each pending item in order is rendered through the
 * {@link ReportRenderer} port and its bytes written to the database before the next one starts, so memory holds one
 * report at a time and a restart continues from the first unfinished item. Before each item the batch's state is read
 * again: a cancelled batch stops there. A unit whose report fails is stored with its reason and the batch goes on.
 */
public class BatchRunner {

    /** Told after every finished item (the command line prints "12/38 …"). */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (batch, item) -> { };

        void item(ReportBatch batch, BatchItem item);
    }

    /**
     * Who may work on a batch across nodes: the claim's action releases it; empty while another node works on it.
     * {@link #LOCAL}: this process only (the command line, tests); the server claims through {@code ClusterLocks}.
     */
    @FunctionalInterface
    public interface Claims {
        Claims LOCAL = batchId -> Optional.of(() -> { });

        Optional<Runnable> claim(long batchId);
    }

    /** Batches being worked on in this process: a second runner for the same batch leaves it to the first. */
    private static final Set<Long> WORKING = ConcurrentHashMap.newKeySet();

    private final ReportBatchStore store;
    private final ReportRenderer renderer;
    private final AuditLog audit;
    private final Clock clock;
    private final Claims claims;

    public BatchRunner(ReportBatchStore store, ReportRenderer renderer, AuditLog audit, Clock clock) {
        this(store, renderer, audit, clock, Claims.LOCAL);
    }

    public BatchRunner(ReportBatchStore store, ReportRenderer renderer, AuditLog audit, Clock clock, Claims claims) {
        this.store = store;
        this.renderer = renderer;
        this.audit = audit;
        this.clock = clock;
        this.claims = claims;
    }

    /**
     * Runs the batch to its end (DONE), or until it is cancelled; returns it as it is then. A batch already finished, or
     * being run by another runner of this process or of another node, is returned as it is.
     */
    public ReportBatch run(long batchId, Progress progress) {
        if (!WORKING.add(batchId)) {
            return current(batchId);
        }
        try {
            Optional<Runnable> claim = claims.claim(batchId);
            if (claim.isEmpty()) {
                return current(batchId); // another node works on it
            }
            try {
                return work(batchId, progress);
            } catch (RuntimeException e) {
                fail(batchId, e);
                throw e;
            } finally {
                claim.get().run();
            }
        } finally {
            WORKING.remove(batchId);
        }
    }

    private ReportBatch work(long batchId, Progress progress) {
        ReportBatch b = current(batchId);
        if (b.state() == BatchState.QUEUED && !store.move(batchId, BatchState.QUEUED, b.version(), BatchState.RUNNING, clock.instant(), null)) {
            return current(batchId);
        }
        if (b.state().finished()) {
            return b;
        }
        for (int ordinal : store.pendingOrdinals(batchId)) {
            if (store.state(batchId).orElse(BatchState.CANCELLED) != BatchState.RUNNING) {
                return current(batchId);
            }
            BatchItem item = renderOne(b, store.item(batchId, ordinal));
            progress.item(current(batchId), item);
        }
        return finish(batchId);
    }

    private BatchItem renderOne(ReportBatch b, BatchItem item) {
        byte[] file = null;
        String error = null;
        try {
            file = renderer.render(new ReportRequest(b.programmeId(), item.unitCode(), b.period(), b.format(), b.profile()));
            if (file == null || file.length == 0) {
                error = "Bộ tạo báo cáo không trả về tệp nào.";
            }
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            // a missing library or a runaway template fails this unit, not the batch; anything worse stops the thread
            error = reason(e);
        }
        store.finishItem(b.id(), item.ordinal(), file, error, clock.instant());
        return store.item(b.id(), item.ordinal());
    }

    private ReportBatch finish(long batchId) {
        ReportBatch b = current(batchId);
        if (b.state() == BatchState.RUNNING && store.move(batchId, BatchState.RUNNING, b.version(), BatchState.DONE, clock.instant(), null)) {
            ReportBatch done = current(batchId);
            audit.record("FINISH", "report_batch", batchId, done.scopeUnitId(), null, facts(done),
                    "Xong báo cáo hàng loạt " + done.programmeNumber() + ", " + done.scopeUnitName() + ", kỳ " + done.period() + ": "
                            + (done.done() - done.failed()) + "/" + done.total() + " báo cáo" + (done.failed() == 0 ? "" : ", "
                            + done.failed() + " đơn vị lỗi"));
            return done;
        }
        return current(batchId);
    }

    /** The batch itself cannot go on (the database refused a write, …): FAILED with the reason, audited. */
    private void fail(long batchId, RuntimeException e) {
        try {
            ReportBatch b = current(batchId);
            if (!b.state().finished() && store.move(batchId, b.state(), b.version(), BatchState.FAILED, clock.instant(), reason(e))) {
                audit.record("FAIL", "report_batch", batchId, b.scopeUnitId(), null, facts(current(batchId)),
                        "Báo cáo hàng loạt dừng vì lỗi: " + reason(e));
            }
        } catch (RuntimeException ignored) {
            // the database is gone too: the batch stays RUNNING and is continued at the next start
        }
    }

    private ReportBatch current(long batchId) {
        return store.find(batchId).orElseThrow(() -> new BatchNotFoundException(batchId));
    }

    static Map<String, Object> facts(ReportBatch b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("programme", b.programmeNumber());
        m.put("unit", b.scopeUnitCode());
        m.put("period", b.period());
        m.put("format", b.format().extension());
        m.put("state", b.state().name());
        m.put("total", b.total());
        m.put("done", b.done());
        m.put("failed", b.failed());
        return m;
    }

    private static String reason(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
