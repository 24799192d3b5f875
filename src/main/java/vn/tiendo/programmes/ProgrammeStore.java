package vn.tiendo.programmes;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tiendo.programme.Baseline;
import vn.tiendo.programme.Comparator;
import vn.tiendo.programme.Direction;
import vn.tiendo.programme.DocumentInfo;
import vn.tiendo.programme.Indicator;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.programme.Measure;
import vn.tiendo.programme.OrgUnitRef;
import vn.tiendo.programme.OverallTarget;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programme.ReadWarning;
import vn.tiendo.programme.Target;
import vn.tiendo.programme.ProgrammeChanged;
import vn.tiendo.programme.Task;
import vn.tiendo.programme.Timeframe;
import vn.tiendo.programme.TimeframeKind;
import vn.tiendo.programme.ValueType;

/**
 * SQL for stored programmes (chương trình): header, indicators, targets, tasks, warnings, and the reported
 * rows that refer to them. No policy here: {@link ProgrammeService} decides what is written, audits and vetoes.
 */
@Repository
public class ProgrammeStore {

    /** An indicator or task as stored: its id, code and name (title for a task). */
    public record StoredRow(long id, String code, String name) {
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    public ProgrammeStore(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** The programme with this number of this unit, locked until the end of the transaction. */
    public Optional<Long> lockByUnitAndNumber(long unitId, String number) {
        return jdbc.sql("SELECT id FROM programme WHERE org_unit_id = ? AND number = ? FOR UPDATE")
                .param(unitId).param(number).query(Long.class).optional();
    }

    public Optional<Long> findByUnitAndNumber(long unitId, String number) {
        return jdbc.sql("SELECT id FROM programme WHERE org_unit_id = ? AND number = ?")
                .param(unitId).param(number).query(Long.class).optional();
    }

    /** The nearest programme above (or of) the unit with one of these numbers. */
    public Optional<Long> findParent(List<String> implementsDocs, long unitId) {
        for (String number : implementsDocs) {
            Optional<Long> p = jdbc.sql("""
                    SELECT p.id FROM programme p JOIN org_unit pu ON pu.id = p.org_unit_id, org_unit u
                     WHERE u.id = ? AND p.number = ? AND u.path LIKE pu.path || '%' ORDER BY length(pu.path) DESC LIMIT 1""")
                    .param(unitId).param(number).query(Long.class).optional();
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    public long insertHeader(DocumentInfo info, OrgUnit unit, Long parentId, String sourceName, String createdBy) {
        return jdbc.sql("""
                INSERT INTO programme (number, issued_on, issuer, kind, title, org_unit_id, level, implements, bases, parent_id,
                    source_name, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .param(info.number()).param(info.date()).param(info.issuer()).param(info.kind()).param(info.title())
                .param(unit.id()).param(unit.level().name()).param(info.implementsDocs().toArray(String[]::new))
                .param(info.bases().toArray(String[]::new)).param(parentId).param(sourceName).param(createdBy)
                .query(Long.class).single();
    }

    /** Rewrites the header fields of a document; id, number, unit, publication and creator stay. Bumps the version. */
    public void updateHeader(long id, DocumentInfo info, OrgUnit unit, Long parentId, String sourceName) {
        jdbc.sql("""
                UPDATE programme SET issued_on = ?, issuer = ?, kind = ?, title = ?, level = ?, implements = ?, bases = ?, parent_id = ?,
                       source_name = ?, version = version + 1
                 WHERE id = ?""")
                .param(info.date()).param(info.issuer()).param(info.kind()).param(info.title()).param(unit.level().name())
                .param(info.implementsDocs().toArray(String[]::new)).param(info.bases().toArray(String[]::new)).param(parentId)
                .param(sourceName).param(id)
                .update();
        events.publishEvent(new ProgrammeChanged(id));
    }

    /** Programmes of units below that implement {@code number} and have no parent yet get this one as parent. */
    public void adoptChildren(long id, long unitId, String number) {
        jdbc.sql("""
                UPDATE programme c SET parent_id = ? FROM org_unit cu, org_unit pu
                 WHERE c.org_unit_id = cu.id AND pu.id = ? AND cu.path LIKE pu.path || '%' AND c.id <> ?
                   AND ? = ANY (c.implements) AND c.parent_id IS NULL""")
                .param(id).param(unitId).param(id).param(number).update();
    }

    public void writeWarnings(long programmeId, List<ReadWarning> warnings) {
        jdbc.sql("DELETE FROM programme_warning WHERE programme_id = ?").param(programmeId).update();
        int ordinal = 0;
        for (ReadWarning w : warnings) {
            jdbc.sql("INSERT INTO programme_warning (programme_id, line, message, ordinal) VALUES (?, ?, ?, ?)")
                    .param(programmeId).param(w.line()).param(w.message()).param(ordinal++).update();
        }
    }

    public long insertIndicator(long programmeId, Long parentId, Indicator in, int ordinal) {
        Baseline b = in.baseline();
        return jdbc.sql("""
                INSERT INTO indicator (programme_id, parent_id, ordinal, code, section, name, unit, value_type, direction,
                    baseline_year, baseline_text, baseline_value, tracked_by, tracked_by_inferred, footnotes, from_prose,
                    source_text, source_line, overall_text, overall_comparator, overall_value, overall_from_year,
                    overall_to_year, measure)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .param(programmeId).param(parentId).param(ordinal).param(in.code()).param(in.section()).param(in.name())
                .param(in.unit()).param((in.valueType() == null ? ValueType.TEXT : in.valueType()).name())
                .param((in.direction() == null ? Direction.HIGHER : in.direction()).name())
                .param(b == null ? null : b.year()).param(b == null ? null : b.text()).param(b == null ? null : b.value())
                .param(in.trackedBy().toArray(String[]::new)).param(in.trackedByInferred())
                .param(in.footnotes().toArray(String[]::new)).param(in.fromProse()).param(in.sourceText()).param(in.sourceLine())
                .params(overallParams(in))
                .query(Long.class).single();
    }

    /** Rewrites an indicator's document fields in place (its id, and so its values and formula, stay). */
    public void updateIndicator(long id, Long parentId, Indicator in, int ordinal) {
        Baseline b = in.baseline();
        jdbc.sql("""
                UPDATE indicator SET parent_id = ?, ordinal = ?, code = ?, section = ?, name = ?, unit = ?, value_type = ?,
                    direction = ?, baseline_year = ?, baseline_text = ?, baseline_value = ?, tracked_by = ?,
                    tracked_by_inferred = ?, footnotes = ?, from_prose = ?, source_text = ?, source_line = ?,
                    overall_text = ?, overall_comparator = ?, overall_value = ?, overall_from_year = ?, overall_to_year = ?,
                    measure = ?
                 WHERE id = ?""")
                .param(parentId).param(ordinal).param(in.code()).param(in.section()).param(in.name())
                .param(in.unit()).param((in.valueType() == null ? ValueType.TEXT : in.valueType()).name())
                .param((in.direction() == null ? Direction.HIGHER : in.direction()).name())
                .param(b == null ? null : b.year()).param(b == null ? null : b.text()).param(b == null ? null : b.value())
                .param(in.trackedBy().toArray(String[]::new)).param(in.trackedByInferred())
                .param(in.footnotes().toArray(String[]::new)).param(in.fromProse()).param(in.sourceText()).param(in.sourceLine())
                .params(overallParams(in)).param(id).update();
    }

    /** The overall target's and measure's column values, in the order of the overall_* columns then measure. */
    private static List<Object> overallParams(Indicator in) {
        OverallTarget o = in.overallTarget();
        return java.util.Arrays.asList(o == null ? null : o.text(),
                o == null || o.comparator() == null ? null : o.comparator().symbol(), o == null ? null : o.value(),
                o == null ? null : o.fromYear(), o == null ? null : o.toYear(), in.measure().name());
    }

    /** Replaces the unit's targets of an indicator with those of the document. */
    public void writeTargets(long indicatorId, long unitId, List<Target> targets) {
        jdbc.sql("DELETE FROM target WHERE indicator_id = ? AND org_unit_id = ?").param(indicatorId).param(unitId).update();
        int t = 0;
        for (Target target : targets) {
            jdbc.sql("""
                    INSERT INTO target (indicator_id, org_unit_id, period, ordinal, comparator, value, numerator, denominator, text)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (indicator_id, org_unit_id, period) DO NOTHING""")
                    .param(indicatorId).param(unitId).param(Integer.toString(target.year())).param(t++)
                    .param(target.comparator() == null ? null : target.comparator().symbol())
                    .param(target.value()).param(target.numerator()).param(target.denominator()).param(target.text())
                    .update();
        }
    }

    public long insertTask(long programmeId, Task task, int ordinal) {
        Timeframe tf = task.timeframe();
        return jdbc.sql("""
                INSERT INTO task (programme_id, ordinal, code, group_name, title, lead, lead_inferred, coordinating,
                    timeframe_text, timeframe_kind, timeframe_start, timeframe_end, recurrence, note, source_line,
                    deliverable, from_prose)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .param(programmeId).param(ordinal).param(task.code()).param(task.group()).param(task.title())
                .param(task.lead().toArray(String[]::new)).param(task.leadInferred())
                .param(task.coordinating().toArray(String[]::new))
                .param(tf == null ? null : tf.text()).param(tf == null || tf.kind() == null ? null : tf.kind().name())
                .param(tf == null ? null : tf.start()).param(tf == null ? null : tf.end())
                .param(tf == null ? null : tf.recurrence()).param(task.note()).param(task.sourceLine())
                .param(task.deliverable()).param(task.fromProse())
                .query(Long.class).single();
    }

    /** Rewrites a task's document fields in place (its id, and so its reports, stay). */
    public void updateTask(long id, Task task, int ordinal) {
        Timeframe tf = task.timeframe();
        jdbc.sql("""
                UPDATE task SET ordinal = ?, code = ?, group_name = ?, title = ?, lead = ?, lead_inferred = ?, coordinating = ?,
                    timeframe_text = ?, timeframe_kind = ?, timeframe_start = ?, timeframe_end = ?, recurrence = ?, note = ?,
                    source_line = ?, deliverable = ?, from_prose = ?
                 WHERE id = ?""")
                .param(ordinal).param(task.code()).param(task.group()).param(task.title())
                .param(task.lead().toArray(String[]::new)).param(task.leadInferred())
                .param(task.coordinating().toArray(String[]::new))
                .param(tf == null ? null : tf.text()).param(tf == null || tf.kind() == null ? null : tf.kind().name())
                .param(tf == null ? null : tf.start()).param(tf == null ? null : tf.end())
                .param(tf == null ? null : tf.recurrence()).param(task.note()).param(task.sourceLine())
                .param(task.deliverable()).param(task.fromProse()).param(id).update();
    }

    /**
     * Gives every indicator and task of the programme a temporary code, so that rows can be renumbered in any
     * order without breaking the (programme, code) uniqueness.
     */
    public void parkCodes(long programmeId) {
        jdbc.sql("UPDATE indicator SET code = '~' || id WHERE programme_id = ?").param(programmeId).update();
        jdbc.sql("UPDATE task SET code = '~' || id WHERE programme_id = ?").param(programmeId).update();
    }

    public List<StoredRow> indicators(long programmeId) {
        return jdbc.sql("SELECT id, code, name FROM indicator WHERE programme_id = ? ORDER BY parent_id NULLS FIRST, ordinal")
                .param(programmeId).query((rs, i) -> new StoredRow(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    public List<StoredRow> tasks(long programmeId) {
        return jdbc.sql("SELECT id, code, title FROM task WHERE programme_id = ? ORDER BY ordinal")
                .param(programmeId).query((rs, i) -> new StoredRow(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    /** Reported values per indicator of the programme (indicators without any are absent). */
    public Map<Long, Integer> dataValueCounts(long programmeId) {
        return counts("""
                SELECT d.indicator_id, count(*) FROM data_value d JOIN indicator i ON i.id = d.indicator_id
                 WHERE i.programme_id = ? GROUP BY d.indicator_id""", programmeId);
    }

    /** Formulas that are of, or refer to, each indicator of the programme. */
    public Map<Long, Integer> formulaCounts(long programmeId) {
        return counts("""
                SELECT i.id, count(*) FROM indicator i JOIN indicator_formula f
                    ON i.id IN (f.indicator_id, f.numerator_indicator_id, f.denominator_indicator_id)
                 WHERE i.programme_id = ? GROUP BY i.id""", programmeId);
    }

    /** Task reports per task of the programme. */
    public Map<Long, Integer> taskReportCounts(long programmeId) {
        return counts("""
                SELECT r.task_id, count(*) FROM task_report r JOIN task t ON t.id = r.task_id
                 WHERE t.programme_id = ? GROUP BY r.task_id""", programmeId);
    }

    private Map<Long, Integer> counts(String sql, long programmeId) {
        Map<Long, Integer> m = new HashMap<>();
        jdbc.sql(sql).param(programmeId).query((ResultSet rs) -> {
            m.put(rs.getLong(1), rs.getInt(2));
        });
        return m;
    }

    /** Deletes an indicator's reported values; returns the deleted rows. */
    public List<Map<String, Object>> deleteDataValues(long indicatorId) {
        return jdbc.sql("DELETE FROM data_value WHERE indicator_id = ? RETURNING id, org_unit_id, period, value, text_value, comment,"
                        + " demo, version, updated_by, updated_at::text AS updated_at")
                .param(indicatorId).query().listOfRows();
    }

    /** Deletes the formulas of, or referring to, an indicator; returns the deleted rows. */
    public List<Map<String, Object>> deleteFormulas(long indicatorId) {
        return jdbc.sql("""
                DELETE FROM indicator_formula WHERE ? IN (indicator_id, numerator_indicator_id, denominator_indicator_id)
                RETURNING indicator_id, kind, numerator_indicator_id, denominator_indicator_id, condition_text, condition_min""")
                .param(indicatorId).query().listOfRows();
    }

    /** Deletes a task's progress reports; returns the deleted rows. */
    public List<Map<String, Object>> deleteTaskReports(long taskId) {
        return jdbc.sql("DELETE FROM task_report WHERE task_id = ? RETURNING id, org_unit_id, period, status, progress_percent, note,"
                        + " demo, version, reported_by, reported_at::text AS reported_at")
                .param(taskId).query().listOfRows();
    }

    /** Deletes indicators (with their targets and sub-indicators); reported rows must be gone already. */
    public void deleteIndicators(List<Long> ids) {
        for (long id : ids) {
            jdbc.sql("DELETE FROM indicator WHERE id = ?").param(id).update();
        }
    }

    public void deleteTasks(List<Long> ids) {
        for (long id : ids) {
            jdbc.sql("DELETE FROM task WHERE id = ?").param(id).update();
        }
    }

    /** Issued programmes (drafts of derived plans are left out until issued). */
    public List<ProgrammeSummary> list() {
        return jdbc.sql(SUMMARY_SQL + " WHERE p.status = 'ISSUED' ORDER BY length(u.path), u.code, p.issued_on, p.number").query(ProgrammeStore::summary).list();
    }

    /** Programmes owned by the unit or by units below it. */
    public List<ProgrammeSummary> listWithin(long orgUnitId) {
        return jdbc.sql(SUMMARY_SQL + ", org_unit a WHERE a.id = ? AND u.path LIKE a.path || '%' AND p.status = 'ISSUED'"
                        + " ORDER BY length(u.path), u.code, p.issued_on")
                .param(orgUnitId).query(ProgrammeStore::summary).list();
    }

    public Optional<ProgrammeSummary> findSummary(long id) {
        return jdbc.sql(SUMMARY_SQL + " WHERE p.id = ?").param(id).query(ProgrammeStore::summary).optional();
    }

    public Optional<Long> findById(long id) {
        return jdbc.sql("SELECT id FROM programme WHERE id = ?").param(id).query(Long.class).optional();
    }

    public Optional<Long> findByNumberAndUnitCode(String number, String unitCode) {
        return jdbc.sql("SELECT p.id FROM programme p JOIN org_unit u ON u.id = p.org_unit_id WHERE p.number = ? AND u.code = ?")
                .param(number).param(unitCode).query(Long.class).optional();
    }

    public List<Long> findByNumber(String number) {
        return jdbc.sql("SELECT id FROM programme WHERE number = ? ORDER BY id").param(number).query(Long.class).list();
    }

    private static final String SUMMARY_SQL = """
            SELECT p.id, p.number, p.issued_on, p.issuer, p.kind, p.title, p.org_unit_id, u.code AS unit_code,
                   u.full_name AS unit_name, p.parent_id, p.published,
                   (SELECT count(*) FROM indicator i WHERE i.programme_id = p.id) AS indicators,
                   (SELECT count(*) FROM task t WHERE t.programme_id = p.id) AS tasks
              FROM programme p JOIN org_unit u ON u.id = p.org_unit_id""";

    private static ProgrammeSummary summary(ResultSet rs, int row) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        return new ProgrammeSummary(rs.getLong("id"), rs.getString("number"), rs.getObject("issued_on", LocalDate.class),
                rs.getString("issuer"), rs.getString("kind"), rs.getString("title"), rs.getLong("org_unit_id"),
                rs.getString("unit_code"), rs.getString("unit_name"), parentId, rs.getBoolean("published"),
                rs.getInt("indicators"), rs.getInt("tasks"));
    }

    /** Reads a stored programme back as programme JSON (the export format); empty when there is none. */
    public Optional<ProgrammeDocument> export(long id) {
        Optional<ExportHeader> header = exportHeader(id);
        if (header.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, List<Target>> targets = exportTargets(id, header.get().unitId());
        List<ReadWarning> warnings = jdbc.sql("SELECT line, message FROM programme_warning WHERE programme_id = ? ORDER BY ordinal")
                .param(id).query((rs, i) -> new ReadWarning(rs.getInt("line"), rs.getString("message"))).list();
        return Optional.of(new ProgrammeDocument(header.get().info(), exportIndicators(id, targets), exportTasks(id), warnings));
    }

    private record ExportHeader(DocumentInfo info, long unitId) {
    }

    private Optional<ExportHeader> exportHeader(long id) {
        return jdbc.sql("""
                SELECT p.number, p.issued_on, p.issuer, p.kind, p.title, p.implements, p.bases, u.code, u.full_name, u.id AS unit_id
                  FROM programme p JOIN org_unit u ON u.id = p.org_unit_id WHERE p.id = ?""")
                .param(id)
                .query((rs, i) -> new ExportHeader(new DocumentInfo(rs.getString("number"), rs.getObject("issued_on", LocalDate.class),
                        rs.getString("issuer"), new OrgUnitRef(rs.getString("code"), rs.getString("full_name")), rs.getString("kind"),
                        strings(rs.getArray("implements")), strings(rs.getArray("bases")), rs.getString("title")), rs.getLong("unit_id")))
                .optional();
    }

    /** The owning unit's targets of every indicator of the programme, by indicator id, in document order. */
    private Map<Long, List<Target>> exportTargets(long id, long unitId) {
        Map<Long, List<Target>> targets = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT t.indicator_id, t.period, t.text, t.comparator, t.value, t.numerator, t.denominator
                  FROM target t JOIN indicator i ON i.id = t.indicator_id
                 WHERE i.programme_id = ? AND t.org_unit_id = ? ORDER BY t.indicator_id, t.ordinal""")
                .param(id).param(unitId)
                .query((ResultSet rs) -> {
                    targets.computeIfAbsent(rs.getLong("indicator_id"), k -> new ArrayList<>())
                            .add(new Target(Integer.parseInt(rs.getString("period")), rs.getString("text"),
                                    rs.getString("comparator") == null ? null : Comparator.ofSymbol(rs.getString("comparator")), rs.getBigDecimal("value"),
                                    (Integer) rs.getObject("numerator"), (Integer) rs.getObject("denominator")));
                });
        return targets;
    }

    private List<Indicator> exportIndicators(long id, Map<Long, List<Target>> targets) {
        record Row(long id, Long parentId, Indicator indicator) {
        }
        List<Row> rows = jdbc.sql("SELECT * FROM indicator WHERE programme_id = ? ORDER BY parent_id NULLS FIRST, ordinal")
                .param(id)
                .query((rs, i) -> {
                    long parent = rs.getLong("parent_id");
                    Long parentId = rs.wasNull() ? null : parent;
                    Integer baselineYear = (Integer) rs.getObject("baseline_year");
                    Baseline baseline = baselineYear == null && rs.getString("baseline_text") == null ? null
                            : new Baseline(baselineYear == null ? 2025 : baselineYear, rs.getString("baseline_text"),
                            rs.getBigDecimal("baseline_value"));
                    long indicatorId = rs.getLong("id");
                    return new Row(indicatorId, parentId, new Indicator(rs.getString("code"), rs.getString("section"),
                            rs.getString("name"), rs.getString("unit"), ValueType.valueOf(rs.getString("value_type")),
                            Direction.valueOf(rs.getString("direction")), baseline, targets.getOrDefault(indicatorId, List.of()),
                            overallTarget(rs), Measure.valueOf(rs.getString("measure")), strings(rs.getArray("tracked_by")), rs.getBoolean("tracked_by_inferred"),
                            strings(rs.getArray("footnotes")), List.of(), rs.getBoolean("from_prose"),
                            rs.getString("source_text"), (Integer) rs.getObject("source_line")));
                }).list();
        return assemble(rows.stream().map(r -> new long[] {r.id(), r.parentId() == null ? -1 : r.parentId()}).toList(),
                rows.stream().map(Row::indicator).toList(), -1);
    }

    private static OverallTarget overallTarget(ResultSet rs) throws SQLException {
        String text = rs.getString("overall_text");
        if (text == null) {
            return null;
        }
        String cmp = rs.getString("overall_comparator");
        return new OverallTarget(text, cmp == null ? null : Comparator.ofSymbol(cmp), rs.getBigDecimal("overall_value"),
                (Integer) rs.getObject("overall_from_year"), (Integer) rs.getObject("overall_to_year"));
    }

    private List<Task> exportTasks(long id) {
        return jdbc.sql("SELECT * FROM task WHERE programme_id = ? ORDER BY ordinal").param(id)
                .query((rs, i) -> new Task(rs.getString("code"), rs.getString("group_name"), rs.getString("title"),
                        strings(rs.getArray("lead")), rs.getBoolean("lead_inferred"), strings(rs.getArray("coordinating")),
                        rs.getString("timeframe_text") == null && rs.getString("timeframe_kind") == null ? null
                                : new Timeframe(rs.getString("timeframe_text"),
                                rs.getString("timeframe_kind") == null ? null : TimeframeKind.valueOf(rs.getString("timeframe_kind")),
                                rs.getObject("timeframe_start", LocalDate.class), rs.getObject("timeframe_end", LocalDate.class),
                                rs.getString("recurrence")),
                        rs.getString("deliverable"), rs.getString("note"), rs.getBoolean("from_prose"),
                        (Integer) rs.getObject("source_line")))
                .list();
    }

    /** Builds the indicator tree: ids[i] = {id, parentId or -1}, in the order children should appear. */
    private static List<Indicator> assemble(List<long[]> ids, List<Indicator> flat, long parent) {
        List<Indicator> out = new ArrayList<>();
        for (int i = 0; i < flat.size(); i++) {
            if (ids.get(i)[1] == parent) {
                Indicator in = flat.get(i);
                List<Indicator> children = assemble(ids, flat, ids.get(i)[0]);
                out.add(in.withChildren(children));
            }
        }
        return out;
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    public void setPublished(long id, boolean published) {
        jdbc.sql("UPDATE programme SET published = ?, version = version + 1 WHERE id = ?").param(published).param(id).update();
        events.publishEvent(new ProgrammeChanged(id));
    }
}
