package vn.tiendo.report.batch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.tiendo.report.ReportFormat;

/** SQL of the report batches (tables report_batch, report_batch_item); policy lives in {@link ReportBatchService}. */
@Repository
public class ReportBatchStore {

    private static final String BATCH = """
            SELECT b.id, b.programme_id, p.number, b.scope_unit_id, u.code, u.full_name, b.period, b.format, b.profile, b.state,
                   b.total, b.done, b.failed, b.error, b.requested_by, b.requested_at, b.finished_at, b.version
              FROM report_batch b JOIN programme p ON p.id = b.programme_id JOIN org_unit u ON u.id = b.scope_unit_id""";

    private static final String ITEM = """
            SELECT i.ordinal, i.org_unit_id, u.code, u.full_name, i.state, i.error
              FROM report_batch_item i JOIN org_unit u ON u.id = i.org_unit_id""";

    private final JdbcClient jdbc;

    public ReportBatchStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a new batch is made of; {@code unitIds} in the order of work. */
    public record NewBatch(long programmeId, long scopeUnitId, String period, ReportFormat format, String profile,
                           List<Long> unitIds, String requestedBy, Instant requestedAt) {
    }

    /** The batch's id and whether this call created it (false: an equal batch was queued or running). */
    public record Created(long id, boolean created) {
    }

    /**
     * Creates the batch with one PENDING item per unit, or returns the queued or running batch of the same programme,
     * scope, period, format and profile (the partial unique index {@code report_batch_one_active} decides).
     */
    @Transactional
    public Created createOrJoin(NewBatch b) {
        for (int attempt = 0; attempt < 5; attempt++) {
            Optional<Long> id = jdbc.sql("""
                    INSERT INTO report_batch (programme_id, scope_unit_id, period, format, profile, state, total, requested_by, requested_at)
                    VALUES (?, ?, ?, ?, ?, 'QUEUED', ?, ?, ?)
                    ON CONFLICT (programme_id, scope_unit_id, period, format, (COALESCE(profile, '')))
                       WHERE state IN ('QUEUED', 'RUNNING') DO NOTHING RETURNING id""")
                    .params(b.programmeId(), b.scopeUnitId(), b.period(), b.format().name(), b.profile(), b.unitIds().size(),
                            b.requestedBy(), Timestamp.from(b.requestedAt()))
                    .query(Long.class).optional();
            if (id.isPresent()) {
                for (int i = 0; i < b.unitIds().size(); i++) {
                    jdbc.sql("INSERT INTO report_batch_item (batch_id, ordinal, org_unit_id, state) VALUES (?, ?, ?, 'PENDING')")
                            .params(id.get(), i + 1, b.unitIds().get(i)).update();
                }
                return new Created(id.get(), true);
            }
            Optional<Long> active = jdbc.sql("""
                    SELECT id FROM report_batch WHERE programme_id = ? AND scope_unit_id = ? AND period = ? AND format = ?
                       AND COALESCE(profile, '') = COALESCE(?, '') AND state IN ('QUEUED', 'RUNNING')""")
                    .params(b.programmeId(), b.scopeUnitId(), b.period(), b.format().name(), b.profile())
                    .query(Long.class).optional();
            if (active.isPresent()) {
                return new Created(active.get(), false);
            }
        }
        throw new IllegalStateException("Không tạo được lô báo cáo: lô trùng liên tục thay đổi trạng thái, hãy thử lại.");
    }

    public Optional<ReportBatch> find(long id) {
        return jdbc.sql(BATCH + " WHERE b.id = ?").param(id).query(ReportBatchStore::batch).optional();
    }

    /** The latest batches of a programme, newest first. */
    public List<ReportBatch> recent(long programmeId, int limit) {
        return jdbc.sql(BATCH + " WHERE b.programme_id = ? ORDER BY b.requested_at DESC, b.id DESC LIMIT ?")
                .params(programmeId, limit).query(ReportBatchStore::batch).list();
    }

    /** Batches to continue after a restart (QUEUED or RUNNING), oldest first. */
    public List<Long> unfinished() {
        return jdbc.sql("SELECT id FROM report_batch WHERE state IN ('QUEUED', 'RUNNING') ORDER BY id").query(Long.class).list();
    }

    public Optional<BatchState> state(long id) {
        return jdbc.sql("SELECT state FROM report_batch WHERE id = ?").param(id).query(String.class).optional().map(BatchState::valueOf);
    }

    /**
     * Moves a batch from {@code from} at {@code version} to {@code to}; false when someone changed it in between.
     * A final state stamps {@code finished_at}; {@code error} is kept for FAILED.
     */
    public boolean move(long id, BatchState from, int version, BatchState to, Instant at, String error) {
        if (!from.canMoveTo(to)) {
            throw new IllegalStateException("Lô báo cáo không chuyển được từ \"" + from.label() + "\" sang \"" + to.label() + "\".");
        }
        return jdbc.sql("""
                UPDATE report_batch SET state = ?, version = version + 1, error = COALESCE(?, error),
                       finished_at = CASE WHEN ? THEN ? ELSE finished_at END
                 WHERE id = ? AND state = ? AND version = ?""")
                .params(to.name(), error, to.finished(), Timestamp.from(at), id, from.name(), version).update() == 1;
    }

    /** Items not yet rendered, in order (only their ordinals: bytes never travel in bulk). */
    public List<Integer> pendingOrdinals(long batchId) {
        return jdbc.sql("SELECT ordinal FROM report_batch_item WHERE batch_id = ? AND state = 'PENDING' ORDER BY ordinal")
                .param(batchId).query(Integer.class).list();
    }

    public BatchItem item(long batchId, int ordinal) {
        return jdbc.sql(ITEM + " WHERE i.batch_id = ? AND i.ordinal = ?").params(batchId, ordinal).query(ReportBatchStore::item).single();
    }

    /** Every item of a batch, in order, without the files. */
    public List<BatchItem> items(long batchId) {
        return jdbc.sql(ITEM + " WHERE i.batch_id = ? ORDER BY i.ordinal").param(batchId).query(ReportBatchStore::item).list();
    }

    /** One rendered file. */
    public byte[] file(long batchId, int ordinal) {
        return jdbc.sql("SELECT file FROM report_batch_item WHERE batch_id = ? AND ordinal = ?").params(batchId, ordinal)
                .query(byte[].class).single();
    }

    /**
     * Stores one item's file (or its error) and counts it, once: an item already finished (by another runner) is left as
     * it is and false returned.
     */
    @Transactional
    public boolean finishItem(long batchId, int ordinal, byte[] file, String error, Instant at) {
        int n = jdbc.sql("""
                UPDATE report_batch_item SET state = ?, file = ?, error = ?, finished_at = ?
                 WHERE batch_id = ? AND ordinal = ? AND state = 'PENDING'""")
                .params(error == null ? "DONE" : "FAILED", error == null ? file : null, error, Timestamp.from(at), batchId, ordinal)
                .update();
        if (n == 1) {
            jdbc.sql("UPDATE report_batch SET done = done + 1, failed = failed + ? WHERE id = ?")
                    .params(error == null ? 0 : 1, batchId).update();
        }
        return n == 1;
    }

    private static ReportBatch batch(ResultSet rs, int row) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ReportBatch(rs.getLong("id"), rs.getLong("programme_id"), rs.getString("number"), rs.getLong("scope_unit_id"),
                rs.getString("code"), rs.getString("full_name"), rs.getString("period"), ReportFormat.valueOf(rs.getString("format")),
                rs.getString("profile"), BatchState.valueOf(rs.getString("state")), rs.getInt("total"), rs.getInt("done"),
                rs.getInt("failed"), rs.getString("error"), rs.getString("requested_by"), rs.getTimestamp("requested_at").toInstant(),
                finished == null ? null : finished.toInstant(), rs.getInt("version"));
    }

    private static BatchItem item(ResultSet rs, int row) throws SQLException {
        return new BatchItem(rs.getInt("ordinal"), rs.getLong("org_unit_id"), rs.getString("code"), rs.getString("full_name"),
                rs.getString("state"), rs.getString("error"));
    }
}
