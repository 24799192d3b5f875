package vn.tiendo.programmes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import vn.tiendo.programme.Indicator;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programme.Task;
import vn.tiendo.programmes.ProgrammeStore.StoredRow;

/**
 * Kế hoạch thay thế: how a re-imported document maps onto the stored programme. Each indicator and task of
 * the new document is matched to a stored one by code, else by normalised name (lowercase, collapsed
 * spaces, diacritics kept); matched rows keep their id and so their reported values, task reports and
 * formulas. Stored rows left unmatched are removed; those with reported data are the {@link #losses()}.
 *
 * @param indicatorIds the stored id of each indicator of the new document in document order (each parent
 *                     followed by its sub-indicators), null for a new one
 * @param taskIds      the stored id of each task of the new document, null for a new one
 */
public record ReplacementPlan(long programmeId, String number, List<Long> indicatorIds, List<Long> taskIds,
                              List<Loss> removedIndicators, List<Loss> removedTasks) {

    /** A stored indicator or task with no match, with the reported rows that would go with it. */
    public record Loss(Kind kind, long id, String code, String name, int dataValues, int taskReports, int formulas) {

        public boolean hasReportedData() {
            return dataValues + taskReports + formulas > 0;
        }

        /** "chỉ tiêu 3 „Tên“ (2 số liệu, 1 công thức)". */
        public String describe() {
            List<String> parts = new ArrayList<>();
            if (dataValues > 0) {
                parts.add(dataValues + " số liệu");
            }
            if (formulas > 0) {
                parts.add(formulas + " công thức");
            }
            if (taskReports > 0) {
                parts.add(taskReports + " báo cáo tiến độ");
            }
            return kind.label + " " + code + " \"" + name + "\"" + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")");
        }
    }

    public enum Kind {
        INDICATOR("chỉ tiêu"), TASK("nhiệm vụ");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Matches {@code doc} against the stored rows and counts what each unmatched row would take with it. */
    public static ReplacementPlan of(long programmeId, ProgrammeDocument doc, List<StoredRow> storedIndicators,
                                     List<StoredRow> storedTasks, Map<Long, Integer> dataValues, Map<Long, Integer> formulas,
                                     Map<Long, Integer> taskReports) {
        List<Indicator> flat = new ArrayList<>();
        for (Indicator in : doc.indicators()) {
            flat.add(in);
            flat.addAll(in.children());
        }
        Map<Long, StoredRow> unmatchedIndicators = byId(storedIndicators);
        List<Long> indicatorIds = match(flat, Indicator::code, Indicator::name, unmatchedIndicators);
        Map<Long, StoredRow> unmatchedTasks = byId(storedTasks);
        List<Long> taskIds = match(doc.tasks(), Task::code, Task::title, unmatchedTasks);
        List<Loss> removedIndicators = unmatchedIndicators.values().stream().map(r -> new Loss(Kind.INDICATOR, r.id(), r.code(),
                r.name(), dataValues.getOrDefault(r.id(), 0), 0, formulas.getOrDefault(r.id(), 0))).toList();
        List<Loss> removedTasks = unmatchedTasks.values().stream().map(r -> new Loss(Kind.TASK, r.id(), r.code(), r.name(), 0,
                taskReports.getOrDefault(r.id(), 0), 0)).toList();
        return new ReplacementPlan(programmeId, doc.document().number(), indicatorIds, taskIds, removedIndicators, removedTasks);
    }

    /** Removed rows that have reported data: what the officer must see and confirm before it is deleted. */
    public List<Loss> losses() {
        List<Loss> out = new ArrayList<>();
        removedIndicators.stream().filter(Loss::hasReportedData).forEach(out::add);
        removedTasks.stream().filter(Loss::hasReportedData).forEach(out::add);
        return out;
    }

    public boolean losesReportedData() {
        return !losses().isEmpty();
    }

    /**
     * A short fingerprint of exactly the listed losses (which rows, how many reported rows each). A confirmation
     * given for one list does not cover another: if data was reported meanwhile, the officer is asked again.
     */
    public String lossesKey() {
        StringBuilder text = new StringBuilder();
        for (Loss l : losses()) {
            text.append(l.kind()).append(' ').append(l.id()).append(' ').append(l.dataValues()).append(' ')
                    .append(l.taskReports()).append(' ').append(l.formulas()).append('\n');
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lowercase, whitespace collapsed, Unicode NFC; diacritics are kept ("Mầm non" ≠ "Mam non"). */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        return Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }

    private static Map<Long, StoredRow> byId(List<StoredRow> rows) {
        Map<Long, StoredRow> m = new LinkedHashMap<>();
        rows.forEach(r -> m.put(r.id(), r));
        return m;
    }

    /** For each new row the id of its stored match (removed from {@code unmatched}), or null. */
    private static <T> List<Long> match(List<T> rows, Function<T, String> code, Function<T, String> name,
                                        Map<Long, StoredRow> unmatched) {
        List<Long> ids = new ArrayList<>();
        for (T row : rows) {
            Long id = unmatched.values().stream().filter(s -> s.code().equals(code.apply(row))).map(StoredRow::id)
                    .findFirst().orElse(null);
            ids.add(id);
            if (id != null) {
                unmatched.remove(id);
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            if (ids.get(i) == null) {
                String wanted = normalise(name.apply(rows.get(i)));
                Long id = unmatched.values().stream().filter(s -> normalise(s.name()).equals(wanted)).map(StoredRow::id)
                        .findFirst().orElse(null);
                ids.set(i, id);
                if (id != null) {
                    unmatched.remove(id);
                }
            }
        }
        return ids;
    }
}
