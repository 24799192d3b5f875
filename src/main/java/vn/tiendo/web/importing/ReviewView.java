package vn.tiendo.web.importing;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.tiendo.programme.DocumentInfo;
import vn.tiendo.programme.Indicator;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programme.ReadWarning;
import vn.tiendo.programme.Target;
import vn.tiendo.programme.Task;
import vn.tiendo.programme.Timeframe;
import vn.tiendo.storage.ImportDraftRepository.ImportDraft;

/**
 * What the review page (trang xem lại) shows of a draft: the header, the warnings, the indicator and task
 * tables flattened into rows with their source lines, and the source document itself.
 */
record ReviewView(String id, int version, String fileName, Header header, List<ReadWarning> warnings,
                  List<Integer> years, List<IndicatorRow> indicators, List<TaskRow> tasks, List<SourceLine> source,
                  String editing) {

    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Header fields; {@code unitName} is null when the unit code does not resolve. */
    record Header(String number, String date, String issuer, String unitCode, String unitName, String kind,
                  String title, String documentUnitName) {
    }

    /** One indicator row; {@code depth} 1 for sub-indicators. */
    record IndicatorRow(String key, int depth, String code, String section, String name, String unit, String baseline,
                        Map<Integer, String> targets, String trackedBy, boolean trackedByInferred, boolean fromProse,
                        Integer line, boolean warned, boolean sectionStart) {
    }

    /** One task row. */
    record TaskRow(String key, String code, String group, String title, String lead, boolean leadInferred,
                   String coordinating, String timeframe, String timeframeKind, String timeframeDates, Integer line,
                   boolean warned, boolean groupStart) {
    }

    /** One line of the source document. */
    record SourceLine(int number, String text, boolean warned) {
    }

    static ReviewView of(ImportDraft draft, OrgUnit resolvedUnit, String editing) {
        ProgrammeDocument doc = draft.document();
        Set<Integer> warned = new TreeSet<>();
        for (ReadWarning w : doc.warnings()) {
            warned.add(w.line());
        }
        TreeSet<Integer> years = new TreeSet<>();
        collectYears(doc.indicators(), years);
        List<IndicatorRow> rows = new ArrayList<>();
        for (int i = 0; i < doc.indicators().size(); i++) {
            Indicator in = doc.indicators().get(i);
            boolean sectionStart = in.section() != null
                    && (i == 0 || !in.section().equals(doc.indicators().get(i - 1).section()));
            rows.add(row(RowKey.indicator(i, -1), 0, in, warned, sectionStart));
            for (int c = 0; c < in.children().size(); c++) {
                rows.add(row(RowKey.indicator(i, c), 1, in.children().get(c), warned, false));
            }
        }
        List<TaskRow> tasks = new ArrayList<>();
        for (int i = 0; i < doc.tasks().size(); i++) {
            Task t = doc.tasks().get(i);
            boolean groupStart = t.group() != null && (i == 0 || !t.group().equals(doc.tasks().get(i - 1).group()));
            tasks.add(row(RowKey.task(i), t, warned, groupStart));
        }
        List<SourceLine> source = new ArrayList<>();
        for (int n = 0; n < draft.sourceLines().size(); n++) {
            source.add(new SourceLine(n + 1, draft.sourceLines().get(n).replace('\t', '│'), warned.contains(n + 1)));
        }
        return new ReviewView(draft.id().toString(), draft.version(), draft.fileName(), header(doc.document(), resolvedUnit),
                doc.warnings(), new ArrayList<>(years), rows, tasks, source, editing);
    }

    /** Counts for the success page. */
    static Map<String, Integer> counts(ProgrammeDocument doc) {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("chỉ tiêu", doc.indicatorCount());
        m.put("mục tiêu theo năm", doc.targetCount());
        m.put("nhiệm vụ", doc.tasks().size());
        m.put("cảnh báo", doc.warnings().size());
        return m;
    }

    private static Header header(DocumentInfo d, OrgUnit unit) {
        return new Header(d.number(), d.date() == null ? "" : VN_DATE.format(d.date()), d.issuer(),
                d.orgUnit() == null ? null : d.orgUnit().code(), unit == null ? null : unit.fullName(), d.kind(), d.title(),
                d.orgUnit() == null ? null : d.orgUnit().name());
    }

    private static void collectYears(List<Indicator> list, TreeSet<Integer> years) {
        for (Indicator i : list) {
            i.targets().forEach(t -> years.add(t.year()));
            collectYears(i.children(), years);
        }
    }

    private static IndicatorRow row(RowKey key, int depth, Indicator in, Set<Integer> warned, boolean sectionStart) {
        Map<Integer, String> targets = new LinkedHashMap<>();
        for (Target t : in.targets()) {
            targets.put(t.year(), t.text());
        }
        return new IndicatorRow(key.toString(), depth, in.code(), in.section(), in.name(), in.unit(),
                in.baseline() == null ? null : in.baseline().text(), targets, String.join("; ", in.trackedBy()),
                in.trackedByInferred(), in.fromProse(), in.sourceLine(), in.sourceLine() != null && warned.contains(in.sourceLine()),
                sectionStart);
    }

    private static TaskRow row(RowKey key, Task t, Set<Integer> warned, boolean groupStart) {
        Timeframe tf = t.timeframe();
        return new TaskRow(key.toString(), t.code(), t.group(), t.title(), String.join("; ", t.lead()), t.leadInferred(),
                String.join("; ", t.coordinating()), tf == null ? null : tf.text(), kindLabel(tf), dates(tf), t.sourceLine(),
                t.sourceLine() != null && warned.contains(t.sourceLine()), groupStart);
    }

    private static String kindLabel(Timeframe tf) {
        if (tf == null || tf.kind() == null) {
            return "chưa rõ";
        }
        String kind = switch (tf.kind()) {
            case DEADLINE -> "hạn chót";
            case RANGE -> "khoảng thời gian";
            case RECURRING -> "định kỳ";
            case ONGOING -> "thường xuyên";
            case CONDITIONAL -> "khi có yêu cầu";
        };
        if (tf.recurrence() != null) {
            kind += switch (tf.recurrence()) {
                case "yearly" -> ", hằng năm";
                case "quarterly" -> ", hằng quý";
                case "monthly" -> ", hằng tháng";
                default -> "";
            };
        }
        return kind;
    }

    private static String dates(Timeframe tf) {
        if (tf == null || (tf.start() == null && tf.end() == null)) {
            return "";
        }
        String s = tf.start() == null ? "…" : VN_DATE.format(tf.start());
        String e = tf.end() == null ? "…" : VN_DATE.format(tf.end());
        return s + " – " + e;
    }
}
