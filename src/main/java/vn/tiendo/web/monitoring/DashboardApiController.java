package vn.tiendo.web.monitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.tiendo.monitoring.ChoroplethService;
import vn.tiendo.monitoring.IndicatorProgress;
import vn.tiendo.monitoring.IndicatorRow;
import vn.tiendo.monitoring.ProgrammeIndicators;
import vn.tiendo.monitoring.ProgrammeIndicators.ProgrammeHead;
import vn.tiendo.monitoring.ProgressService;
import vn.tiendo.monitoring.UnitProgress;
import vn.tiendo.monitoring.status.IndicatorPlan;
import vn.tiendo.monitoring.status.Status;
import vn.tiendo.monitoring.status.StatusRules;

/** Small JSON endpoints feeding the charts (dữ liệu biểu đồ). */
@RestController
@RequestMapping("/api/v1/dashboard")
public class DashboardApiController {

    private final ProgressService progress;
    private final ProgrammeIndicators indicators;
    private final DashboardScope scopes;
    private final DashboardAnswers answers;
    private final ChoroplethService maps;

    public DashboardApiController(ProgressService progress, ProgrammeIndicators indicators, DashboardScope scopes,
                                  DashboardAnswers answers, ChoroplethService maps) {
        this.maps = maps;
        this.progress = progress;
        this.indicators = indicators;
        this.scopes = scopes;
        this.answers = answers;
    }

    /** Actual, target and straight-line path by year 2025–2030 for one unit. */
    @GetMapping("/indicators/{indicatorId}/series")
    public Map<String, Object> series(@PathVariable long indicatorId, @RequestParam(name = "unit", required = false) String unitCode) {
        Resolved r = resolve(indicatorId, unitCode, DashboardScope.PERIOD.lastYear());
        return answers.get(r.key("series", answers), () -> series(r));
    }

    private Map<String, Object> series(Resolved r) {
        IndicatorProgress p = progress.forUnit(r.row(), r.place().unit().id(), DashboardScope.PERIOD.lastYear());
        List<Integer> years = new ArrayList<>();
        List<BigDecimal> actual = new ArrayList<>();
        List<BigDecimal> target = new ArrayList<>();
        List<BigDecimal> path = new ArrayList<>();
        IndicatorPlan plan = r.row().plan();
        for (int y : DashboardScope.PERIOD.years()) {
            years.add(y);
            actual.add(p.yearly().get(y));
            IndicatorPlan.Goal g = plan.targets().get(y);
            target.add(y == DashboardScope.PERIOD.firstYear() && plan.hasBaseline() ? plan.baselineValue() : g == null ? null : g.value());
            path.add(StatusRules.pathValue(plan, y));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("indicator", r.row().name());
        out.put("unit", r.place().unit().fullName());
        out.put("years", years);
        out.put("actual", actual);
        out.put("target", target);
        out.put("path", path);
        out.put("forecast", p.forecast());
        return out;
    }

    /** The units directly below, with value, reference, gap and status, worst gap first. */
    @GetMapping("/indicators/{indicatorId}/children")
    public List<Map<String, Object>> children(@PathVariable long indicatorId,
                                              @RequestParam(name = "unit", required = false) String unitCode,
                                              @RequestParam(name = "year", required = false) Integer year) {
        Resolved r = resolve(indicatorId, unitCode, year);
        return answers.get(r.key("children", answers), () -> children(r));
    }

    private List<Map<String, Object>> children(Resolved r) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (UnitProgress u : progress.children(r.row(), r.place().unit().id(), r.place().year())) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", u.unit().code());
            m.put("name", u.unit().fullName());
            m.put("value", u.actual() == null ? null : u.actual().value());
            m.put("text", ProgressText.actual(u.actual()));
            m.put("reference", u.assessment().reference());
            m.put("gap", u.assessment().gap());
            m.put("status", u.assessment().status());
            m.put("statusLabel", u.assessment().status().label());
            out.add(m);
        }
        return out;
    }

    /**
     * The map of the units directly below: boundaries to draw ({@code mapUrl}, null when there are none: draw the
     * ranked bars) and each unit's value, reference and status as the children endpoint gives them, with its link.
     */
    @GetMapping("/indicators/{indicatorId}/map")
    public Map<String, Object> map(@PathVariable long indicatorId, @RequestParam(name = "unit", required = false) String unitCode,
                                   @RequestParam(name = "year", required = false) Integer year) {
        Resolved r = resolve(indicatorId, unitCode, year);
        return answers.get(r.key("map", answers), () -> ChoroplethJson.of(maps.of(r.row(), r.place().unit(), r.place().year()),
                code -> "/chuong-trinh/" + r.head().id() + "/chi-tieu/" + indicatorId + "?nam=" + r.place().year() + "&don-vi=" + code));
    }

    /** How many indicators of a programme are in each status for a unit and year. */
    @GetMapping("/programmes/{programmeId}/status")
    public Map<String, Object> status(@PathVariable long programmeId, @RequestParam(name = "unit", required = false) String unitCode,
                                      @RequestParam(name = "year", required = false) Integer year) {
        ProgrammeHead head = indicators.head(programmeId).orElseThrow(() -> DashboardScope.notFound(programmeId));
        DashboardScope.Place place = scopes.place(head.ownerId(), unitCode, year);
        return answers.get(answers.key("status", head, 0, place.unit().id(), place.year()), () -> status(head, place));
    }

    private Map<String, Object> status(ProgrammeHead head, DashboardScope.Place place) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Status s : Status.values()) {
            counts.put(s.name(), 0L);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (IndicatorProgress p : progress.forUnit(indicators.of(head), place.unit().id(), place.year())) {
            counts.merge(p.assessment().status().name(), 1L, Long::sum);
            rows.add(Map.of("id", p.indicator().id(), "code", p.indicator().code(), "status", p.assessment().status().name()));
        }
        return Map.of("unit", place.unit().fullName(), "year", place.year(), "counts", counts, "indicators", rows);
    }

    private Resolved resolve(long indicatorId, String unitCode, Integer year) {
        ProgrammeHead head = indicators.headOfIndicator(indicatorId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có chỉ tiêu mã " + indicatorId + "."));
        DashboardScope.Place place = scopes.place(head.ownerId(), unitCode, year);
        IndicatorRow row = indicators.of(head).stream().filter(x -> x.id() == indicatorId).findFirst().orElseThrow();
        return new Resolved(head, place, row);
    }

    /** One indicator of a programme, looked at for a unit and year. */
    private record Resolved(ProgrammeHead head, DashboardScope.Place place, IndicatorRow row) {

        DashboardAnswers.Key key(String question, DashboardAnswers answers) {
            return answers.key(question, head, row.id(), place.unit().id(), place.year());
        }
    }
}
