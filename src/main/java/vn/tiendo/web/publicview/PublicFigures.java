package vn.tiendo.web.publicview;

import java.time.Clock;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import vn.tiendo.monitoring.ActualValues;
import vn.tiendo.monitoring.IndicatorProgress;
import vn.tiendo.monitoring.ProgressService;
import vn.tiendo.monitoring.UnitProgress;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.programme.TrackingPeriod;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.programmes.ProgrammeSummary;
import vn.tiendo.storage.OrgUnitRepository;
import vn.tiendo.task.TaskWorkService;

/**
 * What the public page of a programme shows, gathered once so that the page, its map and its open data files say the
 * same: the issuing unit's indicators this year, each indicator's units below, the summary sentences, the demo flag.
 * An unpublished or unknown programme is 404 with one message for both (nothing tells them apart).
 */
@Component
class PublicFigures {

    private final ProgrammeService programmes;
    private final ProgressService progress;
    private final ActualValues actuals;
    private final OrgUnitRepository units;
    private final TaskWorkService tasks;
    private final Clock clock;

    PublicFigures(ProgrammeService programmes, ProgressService progress, ActualValues actuals, OrgUnitRepository units,
                  TaskWorkService tasks, Clock clock) {
        this.programmes = programmes;
        this.progress = progress;
        this.actuals = actuals;
        this.units = units;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** One public programme's figures for a year. */
    record Figures(ProgrammeSummary programme, OrgUnit owner, int year, List<IndicatorProgress> own,
                   Map<Long, List<UnitProgress>> below, boolean demo, String summary, String tasks) {

        List<Map<String, Object>> rows() {
            return OpenData.rows(programme, owner, year, own, below);
        }
    }

    /** The published programme, else 404. */
    ProgrammeSummary published(long id) {
        return programmes.findSummary(id).filter(ProgrammeSummary::published)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có chương trình công khai số " + id + "."));
    }

    /** This year within the tracking period (after 2030 the page stays at 2030). */
    int year() {
        return TrackingPeriod.RESOLUTION_71.clamp(Year.now(clock).getValue());
    }

    OrgUnit owner(ProgrammeSummary p) {
        return units.findById(p.orgUnitId()).orElseThrow();
    }

    Figures of(long id) {
        ProgrammeSummary p = published(id);
        int year = year();
        OrgUnit owner = owner(p);
        List<IndicatorProgress> own = progress.forUnit(id, owner.id(), year);
        Map<Long, List<UnitProgress>> below = new LinkedHashMap<>();
        boolean hasChildren = !units.childUnits(owner.id()).isEmpty();
        for (IndicatorProgress i : own) {
            if (hasChildren && !i.indicator().plan().qualitative()) {
                below.put(i.indicator().id(), progress.children(i.indicator(), owner.id(), year));
            }
        }
        String summary = PublicSummary.indicators(own.stream().map(i -> i.assessment().status()).toList(), year);
        String taskLine = p.taskCount() == 0 ? null : PublicSummary.tasks(tasks.dashboard(id, owner.id()).counts());
        return new Figures(p, owner, year, own, below, actuals.anyDemo(id, owner.id()), summary, taskLine);
    }
}
