package vn.tiendo.web.importing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import vn.tiendo.programme.Baseline;
import vn.tiendo.programme.DocumentInfo;
import vn.tiendo.programme.Indicator;
import vn.tiendo.programme.OrgUnitRef;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programme.ReadWarning;
import vn.tiendo.programme.Target;
import vn.tiendo.programme.Task;
import vn.tiendo.reader.BodyListParser;
import vn.tiendo.reader.TargetParser;
import vn.tiendo.reader.TimeframeParser;

/**
 * The officer's corrections to a draft (sửa, bỏ hàng), applied to the programme as read. Edited cells are
 * read again with the reader's own parsers; a cell they cannot read keeps its text and becomes a warning on
 * the row's source line. The row's previous warnings are replaced by those of the edit (the officer has
 * looked at the row). Rows are addressed by {@link RowKey}.
 */
final class DraftEditor {

    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private DraftEditor() {
    }

    /** A correction the editor refuses (message in Vietnamese). */
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.BAD_REQUEST)
    static final class EditRejected extends RuntimeException {
        EditRejected(String message) {
            super(message);
        }
    }

    /** New texts of an indicator row; {@code targets} maps each year column to its cell text. */
    record IndicatorEdit(String name, String unit, String baseline, Map<Integer, String> targets) {
    }

    /** New texts of a task row. */
    record TaskEdit(String title, String lead, String coordinating, String timeframe) {
    }

    /** New header fields (thông tin văn bản). */
    record HeaderEdit(String number, String date, String issuer, String unitCode) {
    }

    static ProgrammeDocument editIndicator(ProgrammeDocument doc, RowKey key, IndicatorEdit edit) {
        if (edit.name() == null || edit.name().isBlank()) {
            throw new EditRejected("Tên chỉ tiêu không được để trống.");
        }
        Indicator old = RowKey.indicator(doc, key);
        int line = lineOf(old.sourceLine());
        List<ReadWarning> fresh = new ArrayList<>();
        Baseline baseline = baseline(old, edit.baseline(), line, fresh);
        TreeMap<Integer, Target> targets = new TreeMap<>();
        for (Map.Entry<Integer, String> e : edit.targets().entrySet()) {
            TargetParser.Parsed p = TargetParser.parse(e.getValue());
            if (p.text().isEmpty()) {
                continue;
            }
            if (p.warning() != null) {
                fresh.add(new ReadWarning(line, "Năm " + e.getKey() + ": " + p.warning()));
            }
            targets.put(e.getKey(), p.toTarget(e.getKey()));
        }
        Indicator changed = new Indicator(old.code(), old.section(), clean(edit.name()), blankToNull(edit.unit()),
                old.valueType(), old.direction(), baseline, new ArrayList<>(targets.values()), old.overallTarget(), old.measure(),
                old.trackedBy(),
                old.trackedByInferred(), old.footnotes(), old.children(), old.fromProse(), old.sourceText(), old.sourceLine());
        return withWarnings(replaceIndicator(doc, key, i -> changed), old.sourceLine(), fresh);
    }

    static ProgrammeDocument dropIndicator(ProgrammeDocument doc, RowKey key) {
        Indicator old = RowKey.indicator(doc, key);
        return withWarnings(replaceIndicator(doc, key, i -> null), old.sourceLine(), List.of());
    }

    static ProgrammeDocument editTask(ProgrammeDocument doc, RowKey key, TaskEdit edit) {
        if (edit.title() == null || edit.title().isBlank()) {
            throw new EditRejected("Nội dung nhiệm vụ không được để trống.");
        }
        Task old = RowKey.task(doc, key);
        int line = lineOf(old.sourceLine());
        List<ReadWarning> fresh = new ArrayList<>();
        List<String> lead = BodyListParser.split(edit.lead());
        if (lead.isEmpty()) {
            fresh.add(new ReadWarning(line, "Ô cơ quan chủ trì trống"));
        }
        TimeframeParser.Result tf = TimeframeParser.parse(edit.timeframe());
        if (tf.warning() != null) {
            fresh.add(new ReadWarning(line, tf.warning()));
        }
        Task changed = new Task(old.code(), old.group(), clean(edit.title()), lead, false,
                BodyListParser.split(edit.coordinating()), tf.timeframe(), old.deliverable(), old.note(), old.fromProse(),
                old.sourceLine());
        List<Task> tasks = new ArrayList<>(doc.tasks());
        tasks.set(key.index(), changed);
        return withWarnings(new ProgrammeDocument(doc.document(), doc.indicators(), tasks, doc.warnings()), old.sourceLine(), fresh);
    }

    static ProgrammeDocument dropTask(ProgrammeDocument doc, RowKey key) {
        Task old = RowKey.task(doc, key);
        List<Task> tasks = new ArrayList<>(doc.tasks());
        tasks.remove(key.index());
        return withWarnings(new ProgrammeDocument(doc.document(), doc.indicators(), tasks, doc.warnings()), old.sourceLine(), List.of());
    }

    static ProgrammeDocument editHeader(ProgrammeDocument doc, HeaderEdit edit) {
        DocumentInfo d = doc.document();
        OrgUnitRef unit = d.orgUnit();
        String code = blankToNull(edit.unitCode());
        if (code != null && (unit == null || !code.equals(unit.code()))) {
            unit = new OrgUnitRef(code, null); // the name is looked up again from the code
        } else if (code == null && unit != null && unit.code() != null) {
            unit = new OrgUnitRef(null, unit.name());
        }
        DocumentInfo changed = new DocumentInfo(blankToNull(edit.number()), date(edit.date()), blankToNull(edit.issuer()),
                unit, d.kind(), d.implementsDocs(), d.bases(), d.title());
        return new ProgrammeDocument(changed, doc.indicators(), doc.tasks(), doc.warnings());
    }

    /** Reads "24/11/2025" (or ISO "2025-11-24"); blank gives null. */
    static LocalDate date(String text) {
        String t = blankToNull(text);
        if (t == null) {
            return null;
        }
        try {
            return t.contains("-") ? LocalDate.parse(t) : LocalDate.parse(t, VN_DATE);
        } catch (DateTimeParseException e) {
            throw new EditRejected("Ngày ban hành \"" + t + "\" không hợp lệ; hãy ghi dạng ngày/tháng/năm, ví dụ 24/11/2025.");
        }
    }

    private static Baseline baseline(Indicator old, String text, int line, List<ReadWarning> warnings) {
        TargetParser.Parsed p = TargetParser.parse(text);
        if (p.text().isEmpty()) {
            return null;
        }
        if (p.warning() != null) {
            warnings.add(new ReadWarning(line, "Năm gốc: " + p.warning()));
        }
        int year = old.baseline() != null ? old.baseline().year()
                : old.targets().stream().mapToInt(Target::year).min().orElse(vn.tiendo.programme.TrackingPeriod.RESOLUTION_71.firstYear() + 1) - 1;
        return new Baseline(year, p.text(), p.value());
    }

    private static ProgrammeDocument replaceIndicator(ProgrammeDocument doc, RowKey key, UnaryOperator<Indicator> change) {
        List<Indicator> top = new ArrayList<>(doc.indicators());
        if (key.child() < 0) {
            apply(top, key.index(), change);
        } else {
            Indicator parent = top.get(key.index());
            List<Indicator> kids = new ArrayList<>(parent.children());
            apply(kids, key.child(), change);
            top.set(key.index(), parent.withChildren(kids));
        }
        return new ProgrammeDocument(doc.document(), top, doc.tasks(), doc.warnings());
    }

    private static void apply(List<Indicator> list, int index, UnaryOperator<Indicator> change) {
        Indicator replacement = change.apply(list.get(index));
        if (replacement == null) {
            list.remove(index);
        } else {
            list.set(index, replacement);
        }
    }

    /** Drops the warnings of {@code line} (when it is a row's line) and adds {@code fresh}. */
    private static ProgrammeDocument withWarnings(ProgrammeDocument doc, Integer line, List<ReadWarning> fresh) {
        List<ReadWarning> warnings = new ArrayList<>();
        for (ReadWarning w : doc.warnings()) {
            if (line == null || w.line() != line) {
                warnings.add(w);
            }
        }
        warnings.addAll(fresh);
        warnings.sort(java.util.Comparator.comparingInt(ReadWarning::line));
        return new ProgrammeDocument(doc.document(), doc.indicators(), doc.tasks(), warnings);
    }

    private static int lineOf(Integer line) {
        return line == null ? 1 : line;
    }

    private static String clean(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : clean(s);
    }
}
