package vn.tiendo.web.admin;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tiendo.monitoring.DemoValueGenerator;
import vn.tiendo.security.AccessPolicy;
import vn.tiendo.security.AccessPolicy.Permission;
import vn.tiendo.storage.OrgUnitRepository;

/**
 * Dữ liệu minh họa: how many generated demo values there are, and deleting all of them in one action
 * (real reported values are untouched). Only an administrator of the whole country may do it.
 */
@Controller
public class DemoDataController {

    private final DemoValueGenerator demo;
    private final AccessPolicy access;
    private final OrgUnitRepository units;
    private final JdbcClient jdbc;

    public DemoDataController(DemoValueGenerator demo, AccessPolicy access, OrgUnitRepository units, JdbcClient jdbc) {
        this.demo = demo;
        this.access = access;
        this.units = units;
        this.jdbc = jdbc;
    }

    @GetMapping("/quan-tri/du-lieu-minh-hoa")
    public String show(Model model) {
        access.require(Permission.ADMIN, units.nation().id());
        model.addAttribute("demoValues", count("SELECT count(*) FROM data_value WHERE demo"));
        model.addAttribute("realValues", count("SELECT count(*) FROM data_value WHERE NOT demo"));
        model.addAttribute("demoReports", count("SELECT count(*) FROM task_report WHERE demo"));
        return "admin/demo-data";
    }

    @PostMapping("/quan-tri/du-lieu-minh-hoa/xoa")
    public String delete(RedirectAttributes redirect) {
        access.require(Permission.ADMIN, units.nation().id());
        int deleted = demo.deleteDemoData();
        redirect.addFlashAttribute("deleted", deleted);
        return "redirect:/quan-tri/du-lieu-minh-hoa";
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }
}
