package vn.tiendo.emulation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tiendo.audit.AuditContext;
import vn.tiendo.audit.AuditLog;
import vn.tiendo.monitoring.IndicatorProgress;
import vn.tiendo.monitoring.IndicatorRow;
import vn.tiendo.monitoring.ProgressService;
import vn.tiendo.monitoring.status.Status;
import vn.tiendo.task.TaskOccurrenceService;

/**
 * Thi đua: the year-end score of every unit responsible for a programme's occurrences and of the heads of those units,
 * ranked, with the reasons (docs/emulation-score.md). Indicator attainment comes from monitoring's status of the
 * programme's indicators for the unit (Đạt or Đúng tiến độ count as attained; no data counts as not attained).
 */
@Service
public class EmulationService {

    private final EmulationStore store;
    private final ProgressService progress;
    private final TaskOccurrenceService occurrences;
    private final AuditLog audit;
    private final AuditContext actor;
    private final Clock clock;

    public EmulationService(EmulationStore store, ProgressService progress, TaskOccurrenceService occurrences, AuditLog audit,
                            AuditContext actor, Clock clock) {
        this.store = store;
        this.progress = progress;
        this.occurrences = occurrences;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    public EmulationWeights weights(long programmeId) {
        return store.weights(programmeId).orElse(EmulationWeights.DEFAULT);
    }

    /** Sets a programme's weights, audited. */
    @Transactional
    public void setWeights(long programmeId, EmulationWeights weights) {
        EmulationWeights before = weights(programmeId);
        store.saveWeights(programmeId, weights, actor.actor());
        audit.record("UPDATE", "emulation_weight", programmeId, null, before, weights, "Đổi trọng số thi đua của chương trình");
    }

    /**
     * The ranking of a year, judged on 1 January of the next year (so an occurrence due on 31 December and not done counts
     * as overdue), or today while the year runs; the occurrences are planned first.
     */
    @Transactional
    public EmulationResult rank(long programmeId, String programmeNumber, int year) {
        occurrences.ensurePlanned(programmeId);
        LocalDate today = LocalDate.now(clock);
        LocalDate end = LocalDate.of(year + 1, 1, 1);
        LocalDate asOf = today.isBefore(end) ? today : end;
        EmulationWeights w = weights(programmeId);
        List<IndicatorRow> indicators = progress.indicators(programmeId);
        List<UnitScore> scores = new ArrayList<>();
        for (UnitTaskFacts f : store.facts(programmeId, year, asOf)) {
            Integer attained = indicators.isEmpty() ? null : attained(indicators, f.unitId(), year);
            scores.add(EmulationScore.score(f, indicators.isEmpty() ? null : indicators.size(), attained, w));
        }
        List<UnitScore> ranked = rankUnits(scores);
        return new EmulationResult(programmeId, programmeNumber, year, asOf, w, ranked, heads(ranked));
    }

    private int attained(List<IndicatorRow> indicators, long unitId, int year) {
        int n = 0;
        for (IndicatorProgress p : progress.forUnit(indicators, unitId, year)) {
            Status s = p.assessment().status();
            if (s == Status.MET || s == Status.ON_TRACK) {
                n++;
            }
        }
        return n;
    }

    /** Highest score first, then fewer overdue, then unit code; equal scores share a rank; units without a score last. */
    static List<UnitScore> rankUnits(List<UnitScore> scores) {
        List<UnitScore> sorted = scores.stream().sorted(Comparator
                .comparing((UnitScore s) -> s.score() == null ? Double.NEGATIVE_INFINITY : s.score()).reversed()
                .thenComparingInt(s -> s.facts().overdue())
                .thenComparing(s -> s.facts().unitCode() == null ? s.facts().unitName() : s.facts().unitCode())).toList();
        List<UnitScore> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            UnitScore s = sorted.get(i);
            int rank = i > 0 && java.util.Objects.equals(s.score(), sorted.get(i - 1).score()) ? out.get(i - 1).rank() : i + 1;
            out.add(s.withRank(s.score() == null ? 0 : rank));
        }
        return out;
    }

    private List<HeadScore> heads(List<UnitScore> units) {
        Map<Long, UnitScore> byUnit = new LinkedHashMap<>();
        units.forEach(u -> byUnit.put(u.facts().unitId(), u));
        Map<Long, List<EmulationStore.Head>> heads = store.heads(new ArrayList<>(byUnit.keySet()));
        Map<Long, List<UnitScore>> byUser = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        heads.forEach((unit, list) -> list.forEach(h -> {
            names.put(h.userId(), h.name());
            byUser.computeIfAbsent(h.userId(), k -> new ArrayList<>()).add(byUnit.get(unit));
        }));
        List<HeadScore> out = new ArrayList<>();
        byUser.forEach((user, list) -> {
            List<UnitScore> scored = list.stream().filter(u -> u.score() != null).toList();
            Double score = scored.isEmpty() ? null
                    : Math.round(10 * scored.stream().mapToDouble(UnitScore::score).average().orElseThrow()) / 10.0;
            List<String> reasons = list.stream().map(u -> "Đứng đầu " + u.facts().unitName() + ": "
                    + (u.score() == null ? "chưa có điểm" : EmulationScore.decimal1(u.score()))).toList();
            out.add(new HeadScore(0, user, names.get(user), score, reasons));
        });
        out.sort(Comparator.comparing((HeadScore h) -> h.score() == null ? Double.NEGATIVE_INFINITY : h.score()).reversed()
                .thenComparing(HeadScore::name));
        List<HeadScore> ranked = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            HeadScore h = out.get(i);
            int rank = i > 0 && java.util.Objects.equals(h.score(), out.get(i - 1).score()) ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new HeadScore(h.score() == null ? 0 : rank, h.userId(), h.name(), h.score(), h.reasons()));
        }
        return ranked;
    }
}
