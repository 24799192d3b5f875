package vn.tiendo.cascade;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tiendo.programme.ProgrammeChanged;
import vn.tiendo.programme.Task;
import vn.tiendo.programme.Timeframe;

/**
 * SQL of derived plans: copying a parent programme's indicators and tasks into many commune drafts at once
 * (INSERT … SELECT over the array of new programme ids), their DERIVED links, editing and issuing a draft.
 */
@Repository
public class CascadeStore {

    /** A programme's header as the cascade needs it. */
    public record Header(long id, String number, long unitId, String unitCode, String unitName, String level,
                         Long parentId, Long derivedFrom, String status, LocalDate issuedOn, String signer, int version) {
        public boolean draft() {
            return "DRAFT".equals(status);
        }
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    public CascadeStore(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    private static final String HEADER = """
            SELECT p.id, p.number, p.org_unit_id, u.code, u.full_name, p.level, p.parent_id, p.derived_from, p.status,
                   p.issued_on, p.signer, p.version FROM programme p JOIN org_unit u ON u.id = p.org_unit_id""";

    public Optional<Header> header(long id) {
        return jdbc.sql(HEADER + " WHERE p.id = ?").param(id).query(CascadeStore::header).optional();
    }

    /** The parent programme's row, locked: derivations from one programme run one after the other. */
    public Optional<Header> lockHeader(long id) {
        return jdbc.sql(HEADER + " WHERE p.id = ? FOR UPDATE OF p").param(id).query(CascadeStore::header).optional();
    }

    /** Plans derived from the programme (drafts and issued), by commune code. */
    public List<Header> derivedFrom(long parentId) {
        return jdbc.sql(HEADER + " WHERE p.derived_from = ? ORDER BY u.code").param(parentId).query(CascadeStore::header).list();
    }

    /** Child programmes of the programme (derived or written by hand, with parent_id), by commune code. */
    public List<Header> children(long parentId) {
        return jdbc.sql(HEADER + " WHERE p.parent_id = ? OR p.derived_from = ? ORDER BY u.code, p.id")
                .param(parentId).param(parentId).query(CascadeStore::header).list();
    }

    private static Header header(ResultSet rs, int i) throws SQLException {
        return new Header(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6),
                (Long) rs.getObject(7), (Long) rs.getObject(8), rs.getString(9), rs.getObject(10, LocalDate.class),
                rs.getString(11), rs.getInt(12));
    }

    public long insertDraft(String number, String issuer, String title, long unitId, String level, String implementsNumber,
                            long parentId, String actor) {
        return jdbc.sql("""
                INSERT INTO programme (number, issuer, kind, title, org_unit_id, level, implements, parent_id, derived_from,
                    source_name, status, created_by)
                VALUES (?, ?, 'kế hoạch', ?, ?, ?, ?, ?, ?, 'cascade', 'DRAFT', ?) RETURNING id""")
                .param(number).param(issuer).param(title).param(unitId).param(level).param(new String[] {implementsNumber})
                .param(parentId).param(parentId).param(actor).query(Long.class).single();
    }

    /** Copies the parent's indicators (two levels) into every child programme: no targets, no overall target. */
    public void copyIndicators(long parentId, Long[] childIds) {
        String columns = "code, section, name, unit, value_type, direction, tracked_by, tracked_by_inferred, footnotes,"
                + " from_prose, source_line, measure, reported_at";
        jdbc.sql("INSERT INTO indicator (programme_id, parent_id, ordinal, " + columns + ") SELECT c.id, NULL, i.ordinal, "
                        + prefixed(columns) + " FROM indicator i CROSS JOIN unnest(?::bigint[]) c(id)"
                        + " WHERE i.programme_id = ? AND i.parent_id IS NULL")
                .param(childIds).param(parentId).update();
        jdbc.sql("INSERT INTO indicator (programme_id, parent_id, ordinal, " + columns + ") SELECT c.id, cp.id, i.ordinal, "
                        + prefixed(columns) + " FROM indicator i JOIN indicator pp ON pp.id = i.parent_id"
                        + " CROSS JOIN unnest(?::bigint[]) c(id) JOIN indicator cp ON cp.programme_id = c.id AND cp.code = pp.code"
                        + " WHERE i.programme_id = ?")
                .param(childIds).param(parentId).update();
    }

    private static String prefixed(String columns) {
        return "i." + columns.replace(", ", ", i.");
    }

    /** Rewrites the tracking bodies of the children's copies of one parent indicator. */
    public void setTrackedBy(Long[] childIds, String code, List<String> trackedBy) {
        jdbc.sql("UPDATE indicator SET tracked_by = ? WHERE programme_id = ANY (?::bigint[]) AND code = ?")
                .param(trackedBy.toArray(String[]::new)).param(childIds).param(code).update();
    }

    /** The commune's reported value of the baseline year becomes the baseline of its copy of each indicator. */
    public void prefillBaselines(long parentId, long childId, long communeId) {
        jdbc.sql("""
                UPDATE indicator c SET baseline_year = p.baseline_year, baseline_value = d.value,
                       baseline_text = COALESCE(d.text_value, trim_scale(d.value)::text)
                  FROM indicator p JOIN data_value d ON d.indicator_id = p.id AND d.org_unit_id = ?
                 WHERE c.programme_id = ? AND p.programme_id = ? AND p.code = c.code
                   AND d.period = p.baseline_year::text""")
                .param(communeId).param(childId).param(parentId).update();
    }

    /** Inserts one task (bodies already mapped) into every child programme. */
    public void copyTask(Long[] childIds, Task t, int ordinal) {
        Timeframe tf = t.timeframe();
        jdbc.sql("""
                INSERT INTO task (programme_id, ordinal, code, group_name, title, lead, lead_inferred, coordinating, timeframe_text,
                    timeframe_kind, timeframe_start, timeframe_end, recurrence, note, source_line, deliverable, from_prose)
                SELECT c.id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM unnest(?::bigint[]) c(id)""")
                .param(ordinal).param(t.code()).param(t.group()).param(t.title()).param(t.lead().toArray(String[]::new))
                .param(t.leadInferred()).param(t.coordinating().toArray(String[]::new))
                .param(tf == null ? null : tf.text()).param(tf == null || tf.kind() == null ? null : tf.kind().name())
                .param(tf == null ? null : tf.start()).param(tf == null ? null : tf.end()).param(tf == null ? null : tf.recurrence())
                .param(t.note()).param(t.sourceLine()).param(t.deliverable()).param(t.fromProse()).param(childIds).update();
    }

    /** Links every copied indicator and task of the children to the parent's item of the same code (origin DERIVED). */
    public void linkDerived(long parentId, Long[] childIds, String actor) {
        jdbc.sql("""
                INSERT INTO indicator_link (child_indicator_id, parent_indicator_id, confidence, origin, linked_by)
                SELECT c.id, p.id, 1, 'DERIVED', ? FROM indicator c JOIN indicator p ON p.programme_id = ? AND p.code = c.code
                 WHERE c.programme_id = ANY (?::bigint[])""").param(actor).param(parentId).param(childIds).update();
        jdbc.sql("""
                INSERT INTO task_link (child_task_id, parent_task_id, confidence, origin, linked_by)
                SELECT c.id, p.id, 1, 'DERIVED', ? FROM task c JOIN task p ON p.programme_id = ? AND p.code = c.code
                 WHERE c.programme_id = ANY (?::bigint[])""").param(actor).param(parentId).param(childIds).update();
    }

    /** Linked (child id, parent id) pairs of a child programme's indicators, then of its tasks. */
    public Map<Long, Long> indicatorLinks(long childProgrammeId) {
        return pairs("SELECT l.child_indicator_id, l.parent_indicator_id FROM indicator_link l JOIN indicator c"
                + " ON c.id = l.child_indicator_id WHERE c.programme_id = ?", childProgrammeId);
    }

    public Map<Long, Long> taskLinks(long childProgrammeId) {
        return pairs("SELECT l.child_task_id, l.parent_task_id FROM task_link l JOIN task c ON c.id = l.child_task_id"
                + " WHERE c.programme_id = ?", childProgrammeId);
    }

    private Map<Long, Long> pairs(String sql, long id) {
        Map<Long, Long> m = new java.util.LinkedHashMap<>();
        jdbc.sql(sql).param(id).query((ResultSet rs) -> {
            m.put(rs.getLong(1), rs.getLong(2));
        });
        return m;
    }

    /** Ids and codes of a programme's indicators (or tasks), by code. */
    public Map<String, Long> indicatorIds(long programmeId) {
        return ids("SELECT code, id FROM indicator WHERE programme_id = ?", programmeId);
    }

    public Map<String, Long> taskIds(long programmeId) {
        return ids("SELECT code, id FROM task WHERE programme_id = ?", programmeId);
    }

    private Map<String, Long> ids(String sql, long id) {
        Map<String, Long> m = new java.util.LinkedHashMap<>();
        jdbc.sql(sql).param(id).query((ResultSet rs) -> {
            m.put(rs.getString(1), rs.getLong(2));
        });
        return m;
    }

    public void unlinkIndicator(long indicatorId) {
        jdbc.sql("DELETE FROM indicator_link WHERE child_indicator_id = ?").param(indicatorId).update();
    }

    public void unlinkTask(long taskId) {
        jdbc.sql("DELETE FROM task_link WHERE child_task_id = ?").param(taskId).update();
    }

    /** Issues a draft if it still has {@code version}: rows changed (0: changed or issued meanwhile). */
    public int issue(long id, int version, String number, LocalDate date, String signer) {
        events.publishEvent(new ProgrammeChanged(id));
        return jdbc.sql("""
                UPDATE programme SET number = ?, issued_on = ?, signer = ?, issuer = COALESCE(issuer, ?), status = 'ISSUED',
                       version = version + 1 WHERE id = ? AND version = ? AND status = 'DRAFT'""")
                .param(number).param(date).param(signer).param(signer).param(id).param(version).update();
    }

    public boolean numberTaken(long unitId, String number, long exceptId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM programme WHERE org_unit_id = ? AND number = ? AND id <> ?)")
                .param(unitId).param(number).param(exceptId).query(Boolean.class).single();
    }

    /** Bumps a draft's version if it still has {@code version} (an edit); rows changed. */
    public int touch(long id, int version) {
        events.publishEvent(new ProgrammeChanged(id));
        return jdbc.sql("UPDATE programme SET version = version + 1 WHERE id = ? AND version = ? AND status = 'DRAFT'")
                .param(id).param(version).update();
    }

    /** Parent indicators with a numeric target for which the draft's linked copy has no target at all: code and name. */
    public List<String[]> missingTargets(long draftId) {
        return jdbc.sql("""
                SELECT c.code, c.name FROM indicator c JOIN indicator_link l ON l.child_indicator_id = c.id
                  JOIN indicator p ON p.id = l.parent_indicator_id JOIN programme pp ON pp.id = p.programme_id
                 WHERE c.programme_id = ?
                   AND EXISTS (SELECT 1 FROM target t WHERE t.indicator_id = p.id AND t.org_unit_id = pp.org_unit_id AND t.value IS NOT NULL)
                   AND NOT EXISTS (SELECT 1 FROM target t WHERE t.indicator_id = c.id)
                 ORDER BY c.parent_id NULLS FIRST, c.ordinal""")
                .param(draftId).query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)}).list();
    }

    /** Sets an indicator's baseline (text and value; both null clears it). */
    public void setBaseline(long indicatorId, Integer year, String text, java.math.BigDecimal value) {
        jdbc.sql("UPDATE indicator SET baseline_year = ?, baseline_text = ?, baseline_value = ? WHERE id = ?")
                .param(year).param(text).param(value).param(indicatorId).update();
    }

    /** Reported values and task reports hanging on the item (a draft's item is dropped only without them). */
    public int reportedRows(long indicatorId, long taskId) {
        return jdbc.sql("SELECT (SELECT count(*) FROM data_value WHERE indicator_id = ?) + (SELECT count(*) FROM task_report WHERE task_id = ?)")
                .param(indicatorId).param(taskId).query(Integer.class).single();
    }

    /** Removes the links of an indicator and of its sub-indicators. */
    public void unlinkIndicatorTree(long indicatorId) {
        jdbc.sql("DELETE FROM indicator_link WHERE child_indicator_id IN (SELECT id FROM indicator WHERE id = ? OR parent_id = ?)")
                .param(indicatorId).param(indicatorId).update();
    }

    /** Stored links between two programmes as codes: "i:child" → "i:parent" for indicators, "t:…" for tasks. */
    public Map<String, String> linkedCodes(long childProgrammeId, long parentProgrammeId) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                SELECT 'i:' || c.code, 'i:' || p.code FROM indicator_link l JOIN indicator c ON c.id = l.child_indicator_id
                  JOIN indicator p ON p.id = l.parent_indicator_id WHERE c.programme_id = ? AND p.programme_id = ?
                UNION ALL
                SELECT 't:' || c.code, 't:' || p.code FROM task_link l JOIN task c ON c.id = l.child_task_id
                  JOIN task p ON p.id = l.parent_task_id WHERE c.programme_id = ? AND p.programme_id = ?""")
                .param(childProgrammeId).param(parentProgrammeId).param(childProgrammeId).param(parentProgrammeId)
                .query((ResultSet rs) -> {
                    m.put(rs.getString(1), rs.getString(2));
                });
        return m;
    }
}
