package vn.tiendo.web.monitoring;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.tiendo.monitoring.ActualValues;
import vn.tiendo.monitoring.IndicatorProgress;
import vn.tiendo.monitoring.IndicatorRow;
import vn.tiendo.monitoring.ProgressService;
import vn.tiendo.monitoring.status.Status;
import vn.tiendo.programme.VietnameseNumber;
import vn.tiendo.security.AccessPolicy;
import vn.tiendo.programmes.ProgrammeService;

/** Bảng theo dõi: the programme list, a programme's indicators, one indicator, and the heat map of units. */
@Controller
public class ProgrammeDashboardController {

    private final ProgrammeService programmes;
    private final ProgressService progress;
    private final ActualValues actuals;
    private final DashboardScope scopes;
    private final AccessPolicy access;

    public ProgrammeDashboardController(ProgrammeService programmes, ProgressService progress, ActualValues actuals,
                                        DashboardScope scopes, AccessPolicy access) {
        this.programmes = programmes;
        this.progress = progress;
        this.actuals = actuals;
        this.scopes = scopes;
        this.access = access;
    }

    @GetMapping("/chuong-trinh")
    public String list(Model model) {
        model.addAttribute("programmes", programmes.list().stream()
                .filter(p -> access.can(AccessPolicy.Permission.VIEW, p.orgUnitId())).toList());
        return "monitoring/programmes";
    }

    @GetMapping("/chuong-trinh/{id}")
    public String programme(@PathVariable long id, @RequestParam(name = "nam", required = false) Integer year,
                            @RequestParam(name = "don-vi", required = false) String unitCode,
                            @RequestParam(name = "trang-thai", required = false) String status, Model model) {
        DashboardScope.Scope scope = scopes.resolve(id, unitCode, year);
        List<IndicatorProgress> all = progress.forUnit(id, scope.unit().id(), scope.year());
        Map<Status, Long> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, all.stream().filter(p -> p.assessment().status() == s).count());
        }
        Status filter = status == null || status.isBlank() ? null : Status.parse(status);
        common(model, scope);
        model.addAttribute("rows", filter == null ? all : all.stream().filter(p -> p.assessment().status() == filter).toList());
        model.addAttribute("counts", counts);
        model.addAttribute("filter", filter);
        List<vn.tiendo.programme.OrgUnit> children = scopes.units().childUnits(scope.unit().id());
        model.addAttribute("children", children);
        model.addAttribute("mapOptions", children.isEmpty() ? List.of() : MapOption.of(progress.indicators(id),
                i -> "/api/v1/dashboard/indicators/" + i + "/map?unit=" + scope.unit().code() + "&year=" + scope.year()));
        return "monitoring/programme";
    }

    @GetMapping("/chuong-trinh/{id}/chi-tieu/{indicatorId}")
    public String indicator(@PathVariable long id, @PathVariable long indicatorId,
                            @RequestParam(name = "nam", required = false) Integer year,
                            @RequestParam(name = "don-vi", required = false) String unitCode, Model model) {
        DashboardScope.Scope scope = scopes.resolve(id, unitCode, year);
        IndicatorRow row = progress.indicators(id).stream().filter(r -> r.id() == indicatorId).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "Chương trình " + scope.programme().number() + " không có chỉ tiêu mã " + indicatorId + "."));
        common(model, scope);
        model.addAttribute("p", progress.forUnit(row, scope.unit().id(), scope.year()));
        model.addAttribute("children", progress.children(row, scope.unit().id(), scope.year()));
        return "monitoring/indicator";
    }

    @GetMapping("/chuong-trinh/{id}/ban-do-nhiet")
    public String grid(@PathVariable long id, @RequestParam(name = "nam", required = false) Integer year,
                       @RequestParam(name = "don-vi", required = false) String unitCode, Model model) {
        DashboardScope.Scope scope = scopes.resolve(id, unitCode, year);
        common(model, scope);
        model.addAttribute("indicators", progress.indicators(id));
        model.addAttribute("grid", progress.grid(id, scope.unit().id(), scope.year()));
        return "monitoring/grid";
    }

    private void common(Model model, DashboardScope.Scope scope) {
        model.addAttribute("scope", scope);
        model.addAttribute("programme", scope.programme());
        model.addAttribute("unit", scope.unit());
        model.addAttribute("year", scope.year());
        model.addAttribute("years", DashboardScope.PERIOD.years());
        model.addAttribute("ancestors", scopes.units().ancestors(scope.unit().id()).stream()
                .filter(a -> scopes.units().isWithin(a.id(), scope.owner().id())).toList());
        model.addAttribute("demo", actuals.anyDemo(scope.programme().id(), scope.unit().id()));
        model.addAttribute("statuses", Status.values());
        model.addAttribute("fmt", new Formats());
    }

    /** Formatting helpers for the templates ({@code ${fmt.n(x)}}). */
    public static final class Formats {
        public String n(java.math.BigDecimal v) {
            return VietnameseNumber.formatRounded(v);
        }

        public String target(vn.tiendo.monitoring.status.IndicatorPlan.Goal g) {
            return ProgressText.target(g);
        }

        public String actual(vn.tiendo.monitoring.Actual a) {
            return ProgressText.actual(a);
        }

        public String period(String code) {
            return code == null ? "" : vn.tiendo.programme.Period.parse(code).label();
        }

        public String spark(java.util.SortedMap<Integer, java.math.BigDecimal> yearly, int to) {
            return Sparkline.points(yearly, DashboardScope.PERIOD.firstYear(), Math.max(to, DashboardScope.PERIOD.firstYear() + 1));
        }
    }
}
