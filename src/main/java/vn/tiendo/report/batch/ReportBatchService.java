package vn.tiendo.report.batch;

import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tiendo.audit.AuditContext;
import vn.tiendo.audit.AuditLog;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.programme.Period;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.programmes.ProgrammeSummary;
import vn.tiendo.security.AccessPolicy;
import vn.tiendo.security.AccessPolicy.Permission;
import vn.tiendo.storage.OrgUnitRepository;

/**
 * Báo cáo hàng loạt: a programme's report for every commune of a province and a period, in one action (issue 11, item 4;
 * docs/official-reports.md "Batch"). Only users with a role on the province (VIEW on it) may request, follow, cancel and
 * download a batch; requesting, cancelling and finishing are audited. Two equal requests while one is queued or running
 * get the same batch.
 */
@Service
public class ReportBatchService {

    private final ReportBatchStore store;
    private final ReportBatchExecutor executor;
    private final ProgrammeService programmes;
    private final OrgUnitRepository units;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final AuditContext actor;
    private final Clock clock;
    private final TransactionTemplate tx;

    public ReportBatchService(ReportBatchStore store, ReportBatchExecutor executor, ProgrammeService programmes,
                              OrgUnitRepository units, AccessPolicy access, AuditLog audit, AuditContext actor, Clock clock,
                              PlatformTransactionManager transactions) {
        this.store = store;
        this.executor = executor;
        this.programmes = programmes;
        this.units = units;
        this.access = access;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Creates (or joins) the batch and has the background worker run it. */
    public ReportBatch request(BatchRequest request) {
        ReportBatch b = create(request);
        if (!b.state().finished()) {
            executor.submit(b.id());
        }
        return b;
    }

    /** Creates (or joins) the batch and runs it in the calling thread (the command line), telling progress after each item. */
    public ReportBatch runHere(BatchRequest request, BatchRunner.Progress progress) {
        if (!executor.available()) {
            throw new IllegalStateException("Bản cài đặt này chưa có bộ tạo báo cáo (ReportRenderer): chưa xuất được báo cáo.");
        }
        return executor.runHere(create(request).id(), progress);
    }

    /** As {@link #runHere(BatchRequest, BatchRunner.Progress)}, rendering with {@code renderer} (the bench's stand-in). */
    public ReportBatch runHere(BatchRequest request, vn.tiendo.report.ReportRenderer renderer, BatchRunner.Progress progress) {
        return executor.runHere(create(request).id(), renderer, progress);
    }

    /** True when reports can be rendered in this installation. */
    public boolean rendererAvailable() {
        return executor.available();
    }

    /** Creates the batch, or finds the queued or running one of the same programme, unit, period, format and profile. */
    ReportBatch create(BatchRequest request) {
        ProgrammeSummary p = programmes.findSummary(request.programmeId()).orElseThrow(() ->
                new IllegalArgumentException("Không có chương trình, kế hoạch mã " + request.programmeId() + "."));
        OrgUnit scope = scope(p, request.unitCode());
        access.require(Permission.VIEW, scope.id());
        String period = Period.parse(request.period()).code();
        if (request.format() == null) {
            throw new IllegalArgumentException("Chưa chọn định dạng báo cáo (docx, pdf hoặc xlsx).");
        }
        String profile = profile(request.profile());
        List<Long> reporting = units.within(scope.id(), OrgUnit.Level.COMMUNE).stream().map(OrgUnit::id).toList();
        if (reporting.isEmpty()) {
            throw new IllegalArgumentException(scope.fullName() + " không có xã, phường, đặc khu nào để xuất báo cáo.");
        }
        ReportBatchStore.NewBatch fresh = new ReportBatchStore.NewBatch(p.id(), scope.id(), period, request.format(), profile,
                reporting, actor.actor(), clock.instant());
        long id = tx.execute(status -> {
            ReportBatchStore.Created c = store.createOrJoin(fresh);
            if (c.created()) {
                ReportBatch b = get(c.id());
                audit.record("REQUEST", "report_batch", c.id(), scope.id(), null, BatchRunner.facts(b),
                        "Yêu cầu xuất báo cáo hàng loạt " + p.number() + ", " + scope.fullName() + ", kỳ " + period + ", "
                                + request.format().extension().toUpperCase(Locale.ROOT) + ": " + reporting.size() + " đơn vị");
            }
            return c.id();
        });
        return get(id);
    }

    private OrgUnit scope(ProgrammeSummary p, String unitCode) {
        OrgUnit owner = units.findById(p.orgUnitId()).orElseThrow();
        if (unitCode == null || unitCode.isBlank()) {
            return requireBelowNation(owner);
        }
        OrgUnit unit = units.findByCode(unitCode.strip()).orElseThrow(() ->
                new IllegalArgumentException("Không có đơn vị mã \"" + unitCode.strip() + "\"."));
        if (!units.isWithin(unit.id(), owner.id())) {
            throw new IllegalArgumentException(unit.fullName() + " không thuộc phạm vi của văn bản " + p.number() + " ("
                    + owner.fullName() + ").");
        }
        return requireBelowNation(unit);
    }

    private static OrgUnit requireBelowNation(OrgUnit unit) {
        if (unit.level() == OrgUnit.Level.NATION) {
            throw new IllegalArgumentException("Chọn một tỉnh, thành phố (mã đơn vị) để xuất báo cáo của các xã thuộc tỉnh đó.");
        }
        return unit;
    }

    private static String profile(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String p = text.strip().toLowerCase(Locale.ROOT);
        if (!p.matches("[a-z0-9-]{1,40}")) {
            throw new IllegalArgumentException("Mẫu báo cáo không hợp lệ: \"" + text.strip() + "\" (ví dụ party hoặc state).");
        }
        return p;
    }

    /** The batch and its progress. */
    public ReportBatch status(long id) {
        ReportBatch b = get(id);
        access.require(Permission.VIEW, b.scopeUnitId());
        return b;
    }

    /** Every unit of the batch with its state or error. */
    public List<BatchItem> items(long id) {
        status(id);
        return store.items(id);
    }

    /** The latest batches of a programme that the user may see. */
    public List<ReportBatch> recent(long programmeId) {
        return store.recent(programmeId, 20).stream().filter(b -> access.can(Permission.VIEW, b.scopeUnitId())).toList();
    }

    /** Cancels a queued or running batch: the worker stops before its next item. A finished batch is left as it is. */
    public ReportBatch cancel(long id) {
        for (int attempt = 0; attempt < 5; attempt++) {
            ReportBatch b = status(id);
            if (!b.state().canMoveTo(BatchState.CANCELLED)) {
                return b;
            }
            Boolean moved = tx.execute(s -> {
                if (!store.move(id, b.state(), b.version(), BatchState.CANCELLED, clock.instant(), null)) {
                    return false;
                }
                audit.record("CANCEL", "report_batch", id, b.scopeUnitId(), BatchRunner.facts(b), BatchRunner.facts(get(id)),
                        "Hủy báo cáo hàng loạt " + b.programmeNumber() + ", " + b.scopeUnitName() + ", kỳ " + b.period()
                                + " sau " + b.done() + "/" + b.total() + " đơn vị");
                return true;
            });
            if (Boolean.TRUE.equals(moved)) {
                return get(id);
            }
        }
        throw new IllegalStateException("Lô báo cáo đang thay đổi liên tục, chưa hủy được; hãy thử lại.");
    }

    /** Writes the ZIP of a finished batch, one file at a time from the database. */
    public void writeZip(long id, OutputStream out) {
        ReportBatch b = status(id);
        if (!b.downloadable()) {
            throw new IllegalStateException("Lô báo cáo chưa xong (" + b.state().label().toLowerCase(Locale.ROOT)
                    + ", " + b.done() + "/" + b.total() + "): chưa tải về được.");
        }
        BatchZip.write(b, store.items(id), ordinal -> store.file(id, ordinal), out);
    }

    private ReportBatch get(long id) {
        return store.find(id).orElseThrow(() -> new BatchNotFoundException(id));
    }
}
