package vn.tiendo.dataapproval;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tiendo.storage.ReplicaReads;

/** SQL of period reports (period_report); no policy. Transitions are single UPDATEs on a row locked by the caller. */
@Repository
public class ReportStore {

    static final String COLUMNS = """
            id, programme_id, org_unit_id, period, state, leadership, results, shortcomings, directions, proposals,
            first_submitted_at, submitted_by, submitted_at, missing_reason, approved_by, approved_at, returned_by, returned_at,
            comment, accepted_missing, accepted_by, accepted_at, accepted_reason, version, updated_by, updated_at, demo""";

    /** The reporting units below a unit with their reports (named parameters parent, period, programme, direct, cutOff). */
    public static final String BELOW = """
                SELECT u.id, u.code, u.full_name, u.level, u.parent_id, r.state, r.first_submitted_at, r.accepted_missing,
                       r.submitted_by, r.approved_by, r.approved_at, coalesce(r.demo, FALSE)
                  FROM programme g
                  JOIN org_unit o ON o.id = g.org_unit_id
                  JOIN org_unit p ON p.id = :parent
                  JOIN org_unit u ON u.path LIKE p.path || '%' AND u.id <> p.id AND u.path LIKE o.path || '%'
                  LEFT JOIN period_report r ON r.programme_id = g.id AND r.org_unit_id = u.id AND r.period = :period
                 WHERE g.id = :programme AND u.level IN ('PROVINCE', 'COMMUNE')
                   AND (NOT :direct OR u.parent_id = p.id)
                   AND (u.opened_on IS NULL OR u.opened_on <= :cutOff) AND (u.closed_on IS NULL OR u.closed_on > :cutOff)
                 ORDER BY u.path""";

    private final JdbcClient jdbc;
    /** Completeness reads: the replica in a GET when fresh enough (storage.ReplicaReads), else the primary. */
    private final JdbcClient reads;

    public ReportStore(JdbcClient jdbc, @ReplicaReads JdbcClient reads) {
        this.jdbc = jdbc;
        this.reads = reads;
    }

    public Optional<PeriodReport> find(long programmeId, long unitId, String period) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM period_report WHERE programme_id = ? AND org_unit_id = ? AND period = ?")
                .params(programmeId, unitId, period).query(ReportStore::map).optional();
    }

    /** The report row locked for a transition, created as a draft first when there is none. */
    public PeriodReport lockForUpdate(long programmeId, long unitId, String period, String actor) {
        jdbc.sql("""
                INSERT INTO period_report (programme_id, org_unit_id, period, state, updated_by) VALUES (?, ?, ?, 'DRAFT', ?)
                ON CONFLICT (programme_id, org_unit_id, period) DO NOTHING""").params(programmeId, unitId, period, actor).update();
        return jdbc.sql("SELECT " + COLUMNS + " FROM period_report WHERE programme_id = ? AND org_unit_id = ? AND period = ? FOR UPDATE")
                .params(programmeId, unitId, period).query(ReportStore::map).single();
    }

    /** The report row, if any, locked against transitions until the caller's transaction ends. */
    public Optional<PeriodReport> lockIfPresent(long programmeId, long unitId, String period) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM period_report WHERE programme_id = ? AND org_unit_id = ? AND period = ? FOR UPDATE")
                .params(programmeId, unitId, period).query(ReportStore::map).optional();
    }

    /** State, approver and time of a report, read FOR SHARE so that no approval commits between a check and a write. */
    public Optional<PeriodReport> readShared(long programmeId, long unitId, String period) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM period_report WHERE programme_id = ? AND org_unit_id = ? AND period = ? FOR SHARE")
                .params(programmeId, unitId, period).query(ReportStore::map).optional();
    }

    public PeriodReport saveNarrative(long id, Narrative n, String actor) {
        return jdbc.sql("""
                UPDATE period_report SET leadership = ?, results = ?, shortcomings = ?, directions = ?, proposals = ?,
                       version = version + 1, updated_by = ?, updated_at = now() WHERE id = ?""" + " RETURNING " + COLUMNS)
                .params(n.leadership(), n.results(), n.shortcomings(), n.directions(), n.proposals(), actor, id)
                .query(ReportStore::map).single();
    }

    public PeriodReport submit(long id, String actor, Instant at, String missingReason) {
        return update("""
                state = 'SUBMITTED', submitted_by = :actor, submitted_at = :at, first_submitted_at = COALESCE(first_submitted_at, :at),
                missing_reason = :text""", id, actor, at, missingReason);
    }

    /** Approval clears the last comment: it is no longer current (the audit history keeps it). */
    public PeriodReport approve(long id, String actor, Instant at) {
        return update("state = 'APPROVED', approved_by = :actor, approved_at = :at, comment = NULL", id, actor, at, null);
    }

    public PeriodReport giveBack(long id, String actor, Instant at, String comment) {
        return update("state = 'RETURNED', returned_by = :actor, returned_at = :at, comment = :text", id, actor, at, comment);
    }

    public PeriodReport unlock(long id, String actor, Instant at, String reason) {
        return update("state = 'DRAFT', approved_by = NULL, approved_at = NULL, comment = :text, returned_by = :actor, returned_at = :at",
                id, actor, at, reason);
    }

    public PeriodReport acceptMissing(long id, String actor, Instant at, String reason) {
        return update("accepted_missing = TRUE, accepted_by = :actor, accepted_at = :at, accepted_reason = :text", id, actor, at, reason);
    }

    /** Takes back an acceptance as missing; who accepted it and why stay in the audit history. */
    public PeriodReport withdrawAcceptance(long id, String actor, Instant at) {
        return update("accepted_missing = FALSE, accepted_by = NULL, accepted_at = NULL, accepted_reason = NULL", id, actor, at, null);
    }

    private PeriodReport update(String set, long id, String actor, Instant at, String text) {
        return jdbc.sql("UPDATE period_report SET " + set + ", version = version + 1, updated_by = :actor, updated_at = :at"
                        + " WHERE id = :id RETURNING " + COLUMNS)
                .param("actor", actor).param("at", Timestamp.from(at)).param("text", text).param("id", id)
                .query(ReportStore::map).single();
    }

    /** Marks the reports of a programme and period as demo content (dữ liệu minh họa). */
    public int markDemo(long programmeId, String period) {
        return jdbc.sql("UPDATE period_report SET demo = TRUE WHERE programme_id = ? AND period = ?").params(programmeId, period).update();
    }

    public boolean anyFor(long programmeId, String period) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM period_report WHERE programme_id = ? AND period = ?)").params(programmeId, period)
                .query(Boolean.class).single();
    }

    /**
     * The reporting units strictly below {@code parentId} within the programme owner's subtree (provinces and communes)
     * that exist on {@code cutOff}, each with its report for the period (if any). {@code directOnly}: only the units
     * directly below the parent.
     */
    public List<UnitReport> below(long programmeId, long parentId, String period, LocalDate cutOff, boolean directOnly) {
        return reads.sql(BELOW)
                .param("parent", parentId).param("period", period).param("programme", programmeId).param("direct", directOnly)
                .param("cutOff", cutOff).query(ReportStore::unitReport).list();
    }

    /** True when the unit is a reporting unit of the programme: a province or commune within the owner's subtree. */
    public boolean reports(long programmeId, long unitId) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM programme g JOIN org_unit o ON o.id = g.org_unit_id
                                 JOIN org_unit u ON u.path LIKE o.path || '%'
                                WHERE g.id = ? AND u.id = ? AND u.level IN ('PROVINCE', 'COMMUNE'))""")
                .params(programmeId, unitId).query(Boolean.class).single();
    }

    /** The audit events of a report, oldest first: its history. */
    public List<HistoryEntry> history(long reportId) {
        return jdbc.sql("""
                SELECT at, actor, action, summary FROM audit_event WHERE object_type = 'period_report' AND object_id = ? ORDER BY id""")
                .param(Long.toString(reportId))
                .query((rs, i) -> new HistoryEntry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    private static UnitReport unitReport(ResultSet rs, int i) throws SQLException {
        String state = rs.getString(6);
        Timestamp first = rs.getTimestamp(7);
        Timestamp approvedAt = rs.getTimestamp(11);
        return new UnitReport(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                state == null ? ReportState.DRAFT : ReportState.valueOf(state), first == null ? null : first.toInstant(),
                rs.getBoolean(8), rs.getString(9), rs.getString(10), approvedAt == null ? null : approvedAt.toInstant(), rs.getBoolean(12));
    }

    static PeriodReport map(ResultSet rs, int i) throws SQLException {
        return new PeriodReport(rs.getLong("id"), rs.getLong("programme_id"), rs.getLong("org_unit_id"), rs.getString("period"),
                ReportState.valueOf(rs.getString("state")),
                new Narrative(rs.getString("leadership"), rs.getString("results"), rs.getString("shortcomings"),
                        rs.getString("directions"), rs.getString("proposals")),
                instant(rs, "first_submitted_at"), rs.getString("submitted_by"), instant(rs, "submitted_at"), rs.getString("missing_reason"),
                rs.getString("approved_by"), instant(rs, "approved_at"), rs.getString("returned_by"), instant(rs, "returned_at"),
                rs.getString("comment"), rs.getBoolean("accepted_missing"), rs.getString("accepted_by"), instant(rs, "accepted_at"),
                rs.getString("accepted_reason"), rs.getInt("version"), rs.getString("updated_by"), instant(rs, "updated_at"), rs.getBoolean("demo"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
