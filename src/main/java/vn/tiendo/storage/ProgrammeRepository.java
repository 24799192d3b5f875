package vn.tiendo.storage;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.tiendo.audit.AuditLog;
import vn.tiendo.programme.Baseline;
import vn.tiendo.programme.Comparator;
import vn.tiendo.programme.Direction;
import vn.tiendo.programme.DocumentInfo;
import vn.tiendo.programme.Indicator;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.programme.OrgUnitRef;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programme.ReadWarning;
import vn.tiendo.programme.Target;
import vn.tiendo.programme.Task;
import vn.tiendo.programme.Timeframe;
import vn.tiendo.programme.TimeframeKind;
import vn.tiendo.programme.ValueType;

/**
 * Stores whole programmes (chương trình) with their indicators, targets, tasks and reading warnings,
 * and reads them back as {@link ProgrammeDocument} (programme JSON). Saving is one transaction.
 */
@Repository
public class ProgrammeRepository {

    private final JdbcClient jdbc;
    private final OrgUnitRepository units;
    private final AuditLog audit;

    public ProgrammeRepository(JdbcClient jdbc, OrgUnitRepository units, AuditLog audit) {
        this.jdbc = jdbc;
        this.units = units;
        this.audit = audit;
    }

    /** Finds the org unit a document belongs to, by official code, else by full or short name. */
    public Optional<OrgUnit> resolveUnit(OrgUnitRef ref) {
        if (ref == null) {
            return Optional.empty();
        }
        if (ref.code() != null && !ref.code().isBlank()) {
            Optional<OrgUnit> byCode = units.findByCode(ref.code().trim());
            if (byCode.isPresent()) {
                return byCode;
            }
        }
        if (ref.name() == null || ref.name().isBlank()) {
            return Optional.empty();
        }
        String name = ref.name().trim();
        List<OrgUnit> exact = jdbc.sql("SELECT id FROM org_unit WHERE level IN ('PROVINCE','COMMUNE') AND (full_name = ? OR name = ?)"
                        + " ORDER BY length(path)")
                .param(name).param(name).query((rs, i) -> units.findById(rs.getLong(1)).orElseThrow()).list();
        return exact.size() == 1 || !exact.isEmpty() && exact.get(0).level() == OrgUnit.Level.PROVINCE
                ? Optional.of(exact.get(0)) : Optional.empty();
    }

    /**
     * Saves a programme in one transaction and returns its id.
     *
     * @param replace when true an existing programme with the same number and unit is replaced
     * @throws ProgrammeConflictException when the unit is unknown or the number is taken
     */
    @Transactional
    public long save(ProgrammeDocument doc, String sourceName, boolean replace) {
        DocumentInfo info = doc.document();
        if (info == null || info.number() == null || info.number().isBlank()) {
            throw new ProgrammeConflictException("Văn bản chưa có số hiệu (ví dụ 05-CTr/TU); không thể lưu.");
        }
        OrgUnit unit = resolveUnit(info.orgUnit()).orElseThrow(() -> new ProgrammeConflictException(
                "Không xác định được đơn vị ban hành văn bản " + info.number()
                        + (info.orgUnit() == null ? "" : " (\"" + info.orgUnit().name() + "\")")
                        + "; hãy ghi rõ mã đơn vị hành chính."));
        Optional<Long> existing = jdbc.sql("SELECT id FROM programme WHERE org_unit_id = ? AND number = ?")
                .param(unit.id()).param(info.number()).query(Long.class).optional();
        ProgrammeDocument before = null;
        if (existing.isPresent()) {
            if (!replace) {
                throw new ProgrammeConflictException("Đã có văn bản " + info.number() + " của " + unit.fullName()
                        + "; dùng tùy chọn thay thế nếu muốn nạp lại.");
            }
            before = export(existing.get());
            jdbc.sql("DELETE FROM programme WHERE id = ?").param(existing.get()).update();
        }
        Long parent = findParent(info.implementsDocs(), unit);
        long id = jdbc.sql("""
                INSERT INTO programme (number, issued_on, issuer, kind, title, org_unit_id, level, implements, parent_id, source_name, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .param(info.number()).param(info.date()).param(info.issuer()).param(info.kind()).param(info.title())
                .param(unit.id()).param(unit.level().name()).param(info.implementsDocs().toArray(String[]::new))
                .param(parent).param(sourceName).param("system")
                .query(Long.class).single();
        int ordinal = 0;
        for (Indicator indicator : doc.indicators()) {
            insertIndicator(id, null, indicator, unit.id(), ordinal++);
        }
        ordinal = 0;
        for (Task task : doc.tasks()) {
            insertTask(id, task, ordinal++);
        }
        ordinal = 0;
        for (ReadWarning w : doc.warnings()) {
            jdbc.sql("INSERT INTO programme_warning (programme_id, line, message, ordinal) VALUES (?, ?, ?, ?)")
                    .param(id).param(w.line()).param(w.message()).param(ordinal++).update();
        }
        // children programmes that implement this one get it as parent
        jdbc.sql("""
                UPDATE programme c SET parent_id = ? FROM org_unit cu, org_unit pu
                 WHERE c.org_unit_id = cu.id AND pu.id = ? AND cu.path LIKE pu.path || '%' AND c.id <> ?
                   AND ? = ANY (c.implements) AND c.parent_id IS NULL""")
                .param(id).param(unit.id()).param(id).param(info.number()).update();
        audit.record(before == null ? "IMPORT" : "REPLACE", "programme", id, unit.id(), before == null ? null : summaryOf(before),
                summaryOf(doc), "Nạp văn bản " + info.number() + (sourceName == null ? "" : " từ " + sourceName));
        return id;
    }

    private static Map<String, Object> summaryOf(ProgrammeDocument doc) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", doc.document().number());
        m.put("date", doc.document().date() == null ? null : doc.document().date().toString());
        m.put("indicators", doc.indicatorCount());
        m.put("targets", doc.targetCount());
        m.put("tasks", doc.tasks().size());
        return m;
    }

    private Long findParent(List<String> implementsDocs, OrgUnit unit) {
        for (String number : implementsDocs) {
            Optional<Long> p = jdbc.sql("""
                    SELECT p.id FROM programme p JOIN org_unit pu ON pu.id = p.org_unit_id, org_unit u
                     WHERE u.id = ? AND p.number = ? AND u.path LIKE pu.path || '%' ORDER BY length(pu.path) DESC LIMIT 1""")
                    .param(unit.id()).param(number).query(Long.class).optional();
            if (p.isPresent()) {
                return p.get();
            }
        }
        return null;
    }

    private void insertIndicator(long programmeId, Long parentId, Indicator in, long unitId, int ordinal) {
        Baseline b = in.baseline();
        long id = jdbc.sql("""
                INSERT INTO indicator (programme_id, parent_id, ordinal, code, section, name, unit, value_type, direction,
                    baseline_year, baseline_text, baseline_value, tracked_by, tracked_by_inferred, footnotes, from_prose,
                    source_text, source_line)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .param(programmeId).param(parentId).param(ordinal).param(in.code()).param(in.section()).param(in.name())
                .param(in.unit()).param((in.valueType() == null ? ValueType.TEXT : in.valueType()).name())
                .param((in.direction() == null ? Direction.HIGHER : in.direction()).name())
                .param(b == null ? null : b.year()).param(b == null ? null : b.text()).param(b == null ? null : b.value())
                .param(in.trackedBy().toArray(String[]::new)).param(in.trackedByInferred())
                .param(in.footnotes().toArray(String[]::new)).param(in.fromProse()).param(in.sourceText()).param(in.sourceLine())
                .query(Long.class).single();
        int t = 0;
        for (Target target : in.targets()) {
            jdbc.sql("""
                    INSERT INTO target (indicator_id, org_unit_id, period, ordinal, comparator, value, numerator, denominator, text)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (indicator_id, org_unit_id, period) DO NOTHING""")
                    .param(id).param(unitId).param(Integer.toString(target.year())).param(t++)
                    .param(target.comparator() == null ? null : target.comparator().symbol())
                    .param(target.value()).param(target.numerator()).param(target.denominator()).param(target.text())
                    .update();
        }
        int c = 0;
        for (Indicator child : in.children()) {
            insertIndicator(programmeId, id, child, unitId, c++);
        }
    }

    private void insertTask(long programmeId, Task task, int ordinal) {
        Timeframe tf = task.timeframe();
        jdbc.sql("""
                INSERT INTO task (programme_id, ordinal, code, group_name, title, lead, lead_inferred, coordinating,
                    timeframe_text, timeframe_kind, timeframe_start, timeframe_end, recurrence, note, source_line)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .param(programmeId).param(ordinal).param(task.code()).param(task.group()).param(task.title())
                .param(task.lead().toArray(String[]::new)).param(task.leadInferred())
                .param(task.coordinating().toArray(String[]::new))
                .param(tf == null ? null : tf.text()).param(tf == null || tf.kind() == null ? null : tf.kind().name())
                .param(tf == null ? null : tf.start()).param(tf == null ? null : tf.end())
                .param(tf == null ? null : tf.recurrence()).param(task.note()).param(task.sourceLine())
                .update();
    }

    public List<ProgrammeSummary> list() {
        return jdbc.sql(SUMMARY_SQL + " ORDER BY length(u.path), u.code, p.issued_on, p.number").query(ProgrammeRepository::summary).list();
    }

    /** Programmes owned by the unit or by units below it. */
    public List<ProgrammeSummary> listWithin(long orgUnitId) {
        return jdbc.sql(SUMMARY_SQL + ", org_unit a WHERE a.id = ? AND u.path LIKE a.path || '%' ORDER BY length(u.path), u.code, p.issued_on")
                .param(orgUnitId).query(ProgrammeRepository::summary).list();
    }

    public Optional<ProgrammeSummary> findSummary(long id) {
        return jdbc.sql(SUMMARY_SQL + " WHERE p.id = ?").param(id).query(ProgrammeRepository::summary).optional();
    }

    /** Finds a programme by number ("05-CTr/TU"), or by number and unit code ("05-CTr/TU@12"), or by id. */
    public Optional<Long> findId(String key) {
        String k = key.trim();
        if (k.matches("\\d+")) {
            return jdbc.sql("SELECT id FROM programme WHERE id = ?").param(Long.parseLong(k)).query(Long.class).optional();
        }
        int at = k.lastIndexOf('@');
        if (at > 0) {
            return jdbc.sql("SELECT p.id FROM programme p JOIN org_unit u ON u.id = p.org_unit_id WHERE p.number = ? AND u.code = ?")
                    .param(k.substring(0, at)).param(k.substring(at + 1)).query(Long.class).optional();
        }
        List<Long> ids = jdbc.sql("SELECT id FROM programme WHERE number = ?").param(k).query(Long.class).list();
        if (ids.size() > 1) {
            throw new ProgrammeConflictException("Có " + ids.size() + " văn bản số " + k + "; ghi thêm mã đơn vị, ví dụ " + k + "@12.");
        }
        return ids.stream().findFirst();
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

    /** Reads a stored programme back as programme JSON (the export format). */
    public ProgrammeDocument export(long id) {
        record Header(DocumentInfo info, long unitId) {
        }
        Header header = jdbc.sql("""
                SELECT p.number, p.issued_on, p.issuer, p.kind, p.title, p.implements, u.code, u.full_name, u.id AS unit_id
                  FROM programme p JOIN org_unit u ON u.id = p.org_unit_id WHERE p.id = ?""")
                .param(id)
                .query((rs, i) -> new Header(new DocumentInfo(rs.getString("number"), rs.getObject("issued_on", LocalDate.class),
                        rs.getString("issuer"), new OrgUnitRef(rs.getString("code"), rs.getString("full_name")), rs.getString("kind"),
                        strings(rs.getArray("implements")), rs.getString("title")), rs.getLong("unit_id")))
                .optional().orElseThrow(() -> new ProgrammeConflictException("Không có văn bản mã " + id + "."));
        Map<Long, List<Target>> targets = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT t.indicator_id, t.period, t.text, t.comparator, t.value, t.numerator, t.denominator
                  FROM target t JOIN indicator i ON i.id = t.indicator_id
                 WHERE i.programme_id = ? AND t.org_unit_id = ? ORDER BY t.indicator_id, t.ordinal""")
                .param(id).param(header.unitId())
                .query((ResultSet rs) -> {
                    targets.computeIfAbsent(rs.getLong("indicator_id"), k -> new ArrayList<>())
                            .add(new Target(Integer.parseInt(rs.getString("period")), rs.getString("text"),
                                    rs.getString("comparator") == null ? null : Comparator.ofSymbol(rs.getString("comparator")), rs.getBigDecimal("value"),
                                    (Integer) rs.getObject("numerator"), (Integer) rs.getObject("denominator")));
                });
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
                            strings(rs.getArray("tracked_by")), rs.getBoolean("tracked_by_inferred"),
                            strings(rs.getArray("footnotes")), List.of(), rs.getBoolean("from_prose"),
                            rs.getString("source_text"), (Integer) rs.getObject("source_line")));
                }).list();
        List<Indicator> indicators = assemble(rows.stream().map(r -> new long[] {r.id(), r.parentId() == null ? -1 : r.parentId()}).toList(),
                rows.stream().map(Row::indicator).toList(), -1);
        List<Task> tasks = jdbc.sql("SELECT * FROM task WHERE programme_id = ? ORDER BY ordinal").param(id)
                .query((rs, i) -> new Task(rs.getString("code"), rs.getString("group_name"), rs.getString("title"),
                        strings(rs.getArray("lead")), rs.getBoolean("lead_inferred"), strings(rs.getArray("coordinating")),
                        rs.getString("timeframe_text") == null && rs.getString("timeframe_kind") == null ? null
                                : new Timeframe(rs.getString("timeframe_text"),
                                rs.getString("timeframe_kind") == null ? null : TimeframeKind.valueOf(rs.getString("timeframe_kind")),
                                rs.getObject("timeframe_start", LocalDate.class), rs.getObject("timeframe_end", LocalDate.class),
                                rs.getString("recurrence")),
                        rs.getString("note"), (Integer) rs.getObject("source_line")))
                .list();
        List<ReadWarning> warnings = jdbc.sql("SELECT line, message FROM programme_warning WHERE programme_id = ? ORDER BY ordinal")
                .param(id).query((rs, i) -> new ReadWarning(rs.getInt("line"), rs.getString("message"))).list();
        return new ProgrammeDocument(header.info(), indicators, tasks, warnings);
    }

    /** Builds the indicator tree: ids[i] = {id, parentId or -1}, in the order children should appear. */
    private static List<Indicator> assemble(List<long[]> ids, List<Indicator> flat, long parent) {
        List<Indicator> out = new ArrayList<>();
        for (int i = 0; i < flat.size(); i++) {
            if (ids.get(i)[1] == parent) {
                Indicator in = flat.get(i);
                List<Indicator> children = assemble(ids, flat, ids.get(i)[0]);
                out.add(new Indicator(in.code(), in.section(), in.name(), in.unit(), in.valueType(), in.direction(), in.baseline(),
                        in.targets(), in.trackedBy(), in.trackedByInferred(), in.footnotes(), children, in.fromProse(),
                        in.sourceText(), in.sourceLine()));
            }
        }
        return out;
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    /** Marks a programme as published (công khai) or not. */
    @Transactional
    public void setPublished(long id, boolean published) {
        ProgrammeSummary before = findSummary(id).orElseThrow(() -> new ProgrammeConflictException("Không có văn bản mã " + id + "."));
        jdbc.sql("UPDATE programme SET published = ?, version = version + 1 WHERE id = ?").param(published).param(id).update();
        audit.record("UPDATE", "programme", id, before.orgUnitId(), Map.of("published", before.published()),
                Map.of("published", published), published ? "Công khai văn bản " + before.number() : "Thôi công khai văn bản " + before.number());
    }

    @Transactional
    public void delete(long id) {
        ProgrammeSummary s = findSummary(id).orElseThrow(() -> new ProgrammeConflictException("Không có văn bản mã " + id + "."));
        ProgrammeDocument before = export(id);
        jdbc.sql("UPDATE programme SET parent_id = NULL WHERE parent_id = ?").param(id).update();
        jdbc.sql("DELETE FROM programme WHERE id = ?").param(id).update();
        audit.record("DELETE", "programme", id, s.orgUnitId(), summaryOf(before), null, "Xóa văn bản " + s.number());
    }

    /** Target values for an indicator of the owning unit, by year. */
    public Map<Integer, BigDecimal> targetValues(long indicatorId) {
        Map<Integer, BigDecimal> m = new LinkedHashMap<>();
        jdbc.sql("SELECT period, value FROM target WHERE indicator_id = ? ORDER BY ordinal").param(indicatorId)
                .query((ResultSet rs) -> {
                    m.put(Integer.parseInt(rs.getString(1)), rs.getBigDecimal(2));
                });
        return m;
    }
}
