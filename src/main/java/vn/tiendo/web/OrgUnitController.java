package vn.tiendo.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.storage.OrgUnitRepository;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.web.monitoring.NationalMap;

/** Home page (the 34 provinces) and the page of one unit with the units below it. */
@Controller
public class OrgUnitController {

    private final OrgUnitRepository units;
    private final ProgrammeService programmes;
    private final NationalMap nationalMap;

    public OrgUnitController(OrgUnitRepository units, ProgrammeService programmes, NationalMap nationalMap) {
        this.units = units;
        this.programmes = programmes;
        this.nationalMap = nationalMap;
    }

    @GetMapping("/")
    public String home(Model model) {
        List<OrgUnit> provinces = units.provinces();
        Map<Long, Integer> counts = units.childCounts(OrgUnit.Level.PROVINCE);
        model.addAttribute("provinces", provinces);
        model.addAttribute("counts", counts);
        model.addAttribute("communeTotal", counts.values().stream().mapToInt(Integer::intValue).sum());
        model.addAttribute("mapOptions", nationalMap.options());
        model.addAttribute("mapYear", nationalMap.year());
        return "home";
    }

    @GetMapping("/don-vi/{code}")
    public String unit(@PathVariable String code, Model model) {
        OrgUnit unit = units.findByCode(code).orElseThrow(() -> notFound(code));
        model.addAttribute("unit", unit);
        model.addAttribute("ancestors", units.ancestors(unit.id()));
        model.addAttribute("children", units.childUnits(unit.id()));
        model.addAttribute("programmes", programmes.listWithin(unit.id()).stream()
                .filter(p -> p.orgUnitId() == unit.id() || unit.level() == OrgUnit.Level.NATION).toList());
        model.addAttribute("q", "");
        return "unit";
    }

    /** htmx: the child units of {@code code} whose name contains {@code q} (accents and case ignored). */
    @GetMapping("/don-vi/{code}/con")
    public String children(@PathVariable String code, @RequestParam(defaultValue = "") String q, Model model) {
        OrgUnit unit = units.findByCode(code).orElseThrow(() -> notFound(code));
        String needle = VietnameseText.fold(q);
        List<OrgUnit> children = units.childUnits(unit.id()).stream()
                .filter(c -> needle.isEmpty() || VietnameseText.fold(c.fullName()).contains(needle)
                        || c.code().equals(q.trim()))
                .toList();
        model.addAttribute("unit", unit);
        model.addAttribute("children", children);
        return "unit :: children";
    }

    private static ResponseStatusException notFound(String code) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Không tìm thấy đơn vị có mã " + code);
    }

    /** Folding of Vietnamese text for searching: lower case, without diacritics, đ → d. */
    static final class VietnameseText {
        private VietnameseText() {
        }

        static String fold(String s) {
            String n = java.text.Normalizer.normalize(s == null ? "" : s.trim(), java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "");
            return n.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        }
    }
}
