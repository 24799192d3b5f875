package vn.tiendo.programme;

import java.util.List;

/**
 * An indicator of a programme (chỉ tiêu).
 *
 * @param code              code within the programme, e.g. "I.1", "5.1"
 * @param section           heading it stands under, e.g. "Đến năm 2030"
 * @param overallTarget     the overall target as written (chỉ tiêu chung), null when the document gives none
 * @param measure           per year or cumulative over the period (see {@link Measure})
 * @param trackedBy         bodies that track and evaluate it (cơ quan chủ trì theo dõi, đánh giá)
 * @param trackedByInferred true when the tracking body was blank and continued from the row above
 * @param footnotes         footnotes attached to the row (chú thích)
 * @param children          sub-indicators, e.g. 5.1, 5.2
 * @param fromProse         true when read from a sentence rather than from a table
 * @param sourceText        the sentence or row it was read from
 * @param sourceLine        1-based line in the source document
 */
public record Indicator(String code, String section, String name, String unit,
                        ValueType valueType, Direction direction,
                        Baseline baseline, List<Target> targets, OverallTarget overallTarget, Measure measure,
                        List<String> trackedBy, boolean trackedByInferred,
                        List<String> footnotes, List<Indicator> children,
                        boolean fromProse, String sourceText, Integer sourceLine) {

    public Indicator {
        measure = measure == null ? Measure.YEARLY : measure;
        targets = targets == null ? List.of() : List.copyOf(targets);
        trackedBy = trackedBy == null ? List.of() : List.copyOf(trackedBy);
        footnotes = footnotes == null ? List.of() : List.copyOf(footnotes);
        children = children == null ? List.of() : List.copyOf(children);
    }

    /** An indicator without an overall target, measured per year. */
    public Indicator(String code, String section, String name, String unit, ValueType valueType, Direction direction,
                     Baseline baseline, List<Target> targets, List<String> trackedBy, boolean trackedByInferred,
                     List<String> footnotes, List<Indicator> children, boolean fromProse, String sourceText,
                     Integer sourceLine) {
        this(code, section, name, unit, valueType, direction, baseline, targets, null, Measure.YEARLY, trackedBy,
                trackedByInferred, footnotes, children, fromProse, sourceText, sourceLine);
    }

    /** The same indicator with other sub-indicators. */
    public Indicator withChildren(List<Indicator> kids) {
        return new Indicator(code, section, name, unit, valueType, direction, baseline, targets, overallTarget, measure,
                trackedBy, trackedByInferred, footnotes, kids, fromProse, sourceText, sourceLine);
    }
}
