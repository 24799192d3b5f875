package vn.tiendo.web.monitoring;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import vn.tiendo.monitoring.DataVersion;
import vn.tiendo.monitoring.ProgrammeIndicators.ProgrammeHead;
import vn.tiendo.storage.ReadRouting;

/**
 * Câu trả lời đã tính: computed dashboard API answers, reused while nothing they depend on has changed.
 * An answer is keyed by the programme's version (indicators, targets, formulas) and by the
 * {@link DataVersion} read before its values were read, so a new value, a roll-up or a demo deletion
 * makes every earlier answer unreachable. Access is checked on every request before an answer is looked up.
 * An answer read from the replica is served again only while it reflects the latest change and the user's own writes
 * (storage.ReadRouting#fresh, docs/deploy.md "Bản sao đọc").
 */
@Component
class DashboardAnswers {

    /** Answers kept at most; the map is emptied when it grows past this (old data versions pile up otherwise). */
    static final int CAPACITY = 5_000;

    /** What an answer depends on: the question, the programme at a version, the subject, unit, year and data. */
    record Key(String question, long programmeId, int programmeVersion, long subjectId, long unitId, int year, long dataVersion) {
    }

    /** An answer and the WAL position it reflects at least (Long.MAX_VALUE when read from the primary). */
    private record Stored(Object answer, long position) {
    }

    private final DataVersion dataVersion;
    private final ReadRouting routing;
    private final Map<Key, Stored> answers = new ConcurrentHashMap<>();

    DashboardAnswers(DataVersion dataVersion, ReadRouting routing) {
        this.dataVersion = dataVersion;
        this.routing = routing;
    }

    /** The key of a question asked now (reads the data version, so call it before reading any value). */
    Key key(String question, ProgrammeHead programme, long subjectId, long unitId, int year) {
        return new Key(question, programme.id(), programme.version(), subjectId, unitId, year, dataVersion.current());
    }

    @SuppressWarnings("unchecked")
    <T> T get(Key key, Supplier<T> compute) {
        Stored known = answers.get(key);
        if (known != null && routing.fresh(known.position())) {
            return (T) known.answer();
        }
        long position = routing.answerPosition();
        T answer = WrittenAnswer.wrap(compute.get());   // its JSON is written once, by the first request that sends it
        if (answers.size() >= CAPACITY) {
            answers.clear();
        }
        answers.put(key, new Stored(answer, position));
        return answer;
    }
}
