package vn.tiendo.programme;

import java.util.List;

/**
 * A whole programme as read from a document or exported from the database: the programme JSON
 * interchange format (see docs/programme-json.md).
 */
public record ProgrammeDocument(DocumentInfo document, List<Indicator> indicators, List<Task> tasks,
                                List<ReadWarning> warnings) {

    public ProgrammeDocument {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** Number of indicators including sub-indicators. */
    public int indicatorCount() {
        return count(indicators);
    }

    /** Number of yearly targets over all indicators and sub-indicators. */
    public int targetCount() {
        return targetCount(indicators);
    }

    private static int count(List<Indicator> list) {
        int n = 0;
        for (Indicator i : list) {
            n += 1 + count(i.children());
        }
        return n;
    }

    private static int targetCount(List<Indicator> list) {
        int n = 0;
        for (Indicator i : list) {
            n += i.targets().size() + targetCount(i.children());
        }
        return n;
    }
}
