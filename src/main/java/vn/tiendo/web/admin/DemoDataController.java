package vn.tiendo.web.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tiendo.entry.DataValueService;
import vn.tiendo.entry.DemoValueCounts;
import vn.tiendo.security.AccessPolicy;
import vn.tiendo.security.AccessPolicy.Permission;
import vn.tiendo.storage.OrgUnitRepository;

/**
 * Dữ liệu minh họa: how many generated demo values there are, and deleting all of them in one action
 * (real reported values are untouched). Only an administrator of the whole country may do it.
 */
@Controller
public class DemoDataController {

    private final DataValueService values;
    private final AccessPolicy access;
    private final OrgUnitRepository units;

    public DemoDataController(DataValueService values, AccessPolicy access, OrgUnitRepository units) {
        this.values = values;
        this.access = access;
        this.units = units;
    }

    @GetMapping("/quan-tri/du-lieu-minh-hoa")
    public String show(Model model) {
        access.require(Permission.ADMIN, units.nation().id());
        DemoValueCounts counts = values.demoCounts();
        model.addAttribute("demoValues", counts.demoValues());
        model.addAttribute("realValues", counts.realValues());
        model.addAttribute("demoReports", counts.demoReports());
        return "admin/demo-data";
    }

    @PostMapping("/quan-tri/du-lieu-minh-hoa/xoa")
    public String delete(RedirectAttributes redirect) {
        redirect.addFlashAttribute("deleted", values.deleteDemoValues());
        return "redirect:/quan-tri/du-lieu-minh-hoa";
    }
}
