package vn.tiendo.web.cascade;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tiendo.cascade.BodyMappingService;
import vn.tiendo.cascade.CascadeRefusedException;
import vn.tiendo.security.AccessPolicy;
import vn.tiendo.security.AccessPolicy.Permission;
import vn.tiendo.storage.OrgUnitRepository;

/**
 * The body mapping (/quan-tri/anh-xa-co-quan): every administrator reads it; the table serves every province, so only
 * administrators of the nation change it (docs/cascade.md).
 */
@Controller
class BodyMappingController {

    private final BodyMappingService mapping;
    private final OrgUnitRepository units;
    private final AccessPolicy policy;

    BodyMappingController(BodyMappingService mapping, OrgUnitRepository units, AccessPolicy policy) {
        this.mapping = mapping;
        this.units = units;
        this.policy = policy;
    }

    @GetMapping("/quan-tri/anh-xa-co-quan")
    String page(Model model) {
        model.addAttribute("rows", mapping.all());
        model.addAttribute("canEdit", policy.can(Permission.ADMIN, units.nation().id()));
        return "cascade/body-mapping";
    }

    @PostMapping("/quan-tri/anh-xa-co-quan")
    String save(@RequestParam(defaultValue = "") String provinceName, @RequestParam(defaultValue = "") String communeNames,
                Model model, HttpServletResponse response) {
        policy.require(Permission.ADMIN, units.nation().id());
        try {
            mapping.save(provinceName, communeNames);
        } catch (CascadeRefusedException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", e.getMessage());
            model.addAttribute("provinceName", provinceName);
            model.addAttribute("communeNames", communeNames);
            return page(model);
        }
        return "redirect:/quan-tri/anh-xa-co-quan";
    }

    @PostMapping("/quan-tri/anh-xa-co-quan/{id}/xoa")
    String remove(@PathVariable long id, Model model, HttpServletResponse response) {
        policy.require(Permission.ADMIN, units.nation().id());
        try {
            mapping.remove(id);
        } catch (CascadeRefusedException e) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("error", e.getMessage());
            return page(model);
        }
        return "redirect:/quan-tri/anh-xa-co-quan";
    }
}
