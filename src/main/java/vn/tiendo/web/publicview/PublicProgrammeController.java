package vn.tiendo.web.publicview;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.tiendo.monitoring.ChoroplethService;
import vn.tiendo.monitoring.IndicatorRow;
import vn.tiendo.web.monitoring.ChoroplethJson;
import vn.tiendo.web.monitoring.MapOption;
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
    private final PublicFigures figures;
    private final ChoroplethService maps;

    PublicProgrammeController(ProgrammeService programmes, AccessPolicy access, ProgressService progress,
                              PublicFigures figures, ChoroplethService maps) {
        this.programmes = programmes;
        this.access = access;
        this.progress = progress;
        this.figures = figures;
        this.maps = maps;
    }

    @GetMapping("/cong-khai")
    public String list(Model model) {
        model.addAttribute("programmes", programmes.list().stream().filter(ProgrammeSummary::published).toList());
        return "public/programmes";
    }

    @GetMapping("/cong-khai/chuong-trinh/{id}")
    public String show(@PathVariable long id, Model model) {
        PublicFigures.Figures f = figures.of(id);
        ProgrammeSummary summary = f.programme();
        model.addAttribute("summary", summary);
        ProgrammeDocument doc = programmes.export(id);
        model.addAttribute("doc", doc);
        model.addAttribute("indicators", flatten(doc.indicators()));
        // results (kết quả) of the owning unit up to this year: its own values or the roll-up of the units below
        Map<String, IndicatorProgress> results = new HashMap<>();
        Map<String, String> shown = new HashMap<>();
        for (IndicatorProgress p : f.own()) {
            results.put(p.indicator().code(), p);
            shown.put(p.indicator().code(), p.latest() == null ? "" : ProgressText.actual(p.latest()));
        }
        model.addAttribute("results", results);
        model.addAttribute("shown", shown);
        model.addAttribute("year", f.year());
        model.addAttribute("demo", f.demo());
        model.addAttribute("sentence", f.summary());
        model.addAttribute("taskSentence", f.tasks());
        model.addAttribute("licence", OpenData.LICENCE);
        model.addAttribute("mapOptions", f.below().isEmpty() ? List.of() : MapOption.of(
                f.own().stream().map(IndicatorProgress::indicator).filter(i -> f.below().containsKey(i.id())).toList(),
                i -> "/cong-khai/chuong-trinh/" + id + "/ban-do.json?chi-tieu=" + i));
        return "public/programme";
    }

    /** The figures of the page as CSV (UTF-8 with BOM for Excel; columns in docs/open-data.md). */
    @GetMapping("/cong-khai/chuong-trinh/{id}/du-lieu.csv")
    public ResponseEntity<byte[]> csv(@PathVariable long id) {
        PublicFigures.Figures f = figures.of(id);
        return download(OpenData.csv(f.programme(), f.year(), f.demo(), f.summary(), f.rows()),
                new MediaType("text", "csv", StandardCharsets.UTF_8), id, "csv");
    }

    /** The figures of the page as JSON, with the licence, the demo flag and the summary. */
    @GetMapping(value = "/cong-khai/chuong-trinh/{id}/du-lieu.json", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> json(@PathVariable long id) {
        PublicFigures.Figures f = figures.of(id);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, disposition(id, "json"))
                .body(OpenData.json(f.programme(), f.year(), f.demo(), f.summary(), f.tasks(), f.rows()));
    }

    /** The map of the issuing unit's units below on one indicator, this year (no links: the public has no unit pages). */
    @GetMapping(value = "/cong-khai/chuong-trinh/{id}/ban-do.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    public Map<String, Object> map(@PathVariable long id, @RequestParam(name = "chi-tieu") long indicatorId) {
        ProgrammeSummary p = figures.published(id);
        IndicatorRow row = progress.indicators(id).stream().filter(r -> r.id() == indicatorId).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "Chương trình " + p.number() + " không có chỉ tiêu mã " + indicatorId + "."));
        return ChoroplethJson.of(maps.of(row, figures.owner(p), figures.year()), code -> null);
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, long id, String ext) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, disposition(id, ext)).body(body);
    }

    private static String disposition(long id, String ext) {
        return ContentDisposition.attachment().filename("du-lieu-chuong-trinh-" + id + "." + ext).build().toString();
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
