package vn.tiendo.web.monitoring;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import vn.tiendo.monitoring.DataVersion;
import vn.tiendo.monitoring.ProgrammeIndicators.ProgrammeHead;

/**
 * Câu trả lời đã tính: computed dashboard API answers, reused while nothing they depend on has changed.
 * An answer is keyed by the programme's version (indicators, targets, formulas) and by the
 * {@link DataVersion} read before its values were read, so a new value, a roll-up or a demo deletion
 * makes every earlier answer unreachable. Access is checked on every request before an answer is looked up.
 */
@Component
class DashboardAnswers {

    /** Answers kept at most; the map is emptied when it grows past this (old data versions pile up otherwise). */
    static final int CAPACITY = 5_000;

    /** What an answer depends on: the question, the programme at a version, the subject, unit, year and data. */
    record Key(String question, long programmeId, int programmeVersion, long subjectId, long unitId, int year, long dataVersion) {
    }

    private final DataVersion dataVersion;
    private final Map<Key, Object> answers = new ConcurrentHashMap<>();

    DashboardAnswers(DataVersion dataVersion) {
        this.dataVersion = dataVersion;
    }

    /** The key of a question asked now (reads the data version, so call it before reading any value). */
    Key key(String question, ProgrammeHead programme, long subjectId, long unitId, int year) {
        return new Key(question, programme.id(), programme.version(), subjectId, unitId, year, dataVersion.current());
    }

    @SuppressWarnings("unchecked")
    <T> T get(Key key, Supplier<T> compute) {
        Object known = answers.get(key);
        if (known != null) {
            return (T) known;
        }
        T answer = compute.get();
        if (answers.size() >= CAPACITY) {
            answers.clear();
        }
        answers.put(key, answer);
        return answer;
    }
}
