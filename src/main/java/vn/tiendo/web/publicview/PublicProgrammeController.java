package vn.tiendo.web.publicview;

import java.time.Clock;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import vn.tiendo.monitoring.ActualValues;
import vn.tiendo.monitoring.IndicatorProgress;
import vn.tiendo.monitoring.ProgressService;
import vn.tiendo.web.monitoring.ProgressText;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.tiendo.programme.Indicator;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programme.TrackingPeriod;
import vn.tiendo.security.AccessPolicy;
import vn.tiendo.security.AccessPolicy.Permission;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.programmes.ProgrammeSummary;

/**
 * The public view (công khai): published programmes for citizens and the Fatherland Front, without
 * login and read only: header, indicators with baseline, targets and the owning unit's latest results
 * and status, tasks; no personal data. An
 * unpublished programme does not exist here (404). Owners publish and unpublish their programmes.
 */
@Controller
public class PublicProgrammeController {

    private final ProgrammeService programmes;
    private final AccessPolicy access;
    private final ProgressService progress;
    private final ActualValues actuals;
    private final Clock clock;

    public PublicProgrammeController(ProgrammeService programmes, AccessPolicy access, ProgressService progress,
                                     ActualValues actuals, Clock clock) {
        this.clock = clock;
        this.programmes = programmes;
        this.access = access;
        this.progress = progress;
        this.actuals = actuals;
    }

    @GetMapping("/cong-khai")
    public String list(Model model) {
        model.addAttribute("programmes", programmes.list().stream().filter(ProgrammeSummary::published).toList());
        return "public/programmes";
    }

    @GetMapping("/cong-khai/chuong-trinh/{id}")
    public String show(@PathVariable long id, Model model) {
        ProgrammeSummary summary = programmes.findSummary(id).filter(ProgrammeSummary::published)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "Không có chương trình công khai số " + id + "."));
        model.addAttribute("summary", summary);
        ProgrammeDocument doc = programmes.export(id);
        model.addAttribute("doc", doc);
        model.addAttribute("indicators", flatten(doc.indicators()));
        // results (kết quả) of the owning unit up to this year: its own values or the roll-up of the units below
        int year = TrackingPeriod.RESOLUTION_71.clamp(Year.now(clock).getValue());
        Map<String, IndicatorProgress> results = new HashMap<>();
        Map<String, String> shown = new HashMap<>();
        for (IndicatorProgress p : progress.forUnit(id, summary.orgUnitId(), year)) {
            results.put(p.indicator().code(), p);
            shown.put(p.indicator().code(), p.latest() == null ? "" : ProgressText.actual(p.latest()));
        }
        model.addAttribute("results", results);
        model.addAttribute("shown", shown);
        model.addAttribute("year", year);
        model.addAttribute("demo", actuals.anyDemo(id, summary.orgUnitId()));
        return "public/programme";
    }

    /** Indicators with their sub-indicators right after them, for one table. */
    private static List<Indicator> flatten(List<Indicator> indicators) {
        List<Indicator> out = new ArrayList<>();
        for (Indicator i : indicators) {
            out.add(i);
            out.addAll(flatten(i.children()));
        }
        return out;
    }

    /** The programmes the user may publish (MANAGE on their unit), with a publish/unpublish button each. */
    @GetMapping("/cong-khai/quan-ly")
    public String manage(Model model) {
        List<ProgrammeSummary> mine = programmes.list().stream()
                .filter(p -> access.can(Permission.MANAGE, p.orgUnitId())).toList();
        model.addAttribute("programmes", mine);
        return "public/manage";
    }

    @PostMapping("/cong-khai/chuong-trinh/{id}/cong-bo")
    public String publish(@PathVariable long id, @RequestParam boolean published) {
        ProgrammeSummary summary = programmes.findSummary(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có chương trình số " + id + "."));
        access.require(Permission.MANAGE, summary.orgUnitId());
        programmes.setPublished(id, published);
        return "redirect:/cong-khai/quan-ly";
    }
}
