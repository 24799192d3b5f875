package vn.tiendo.web.cascade;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.tiendo.cascade.CascadeRefusedException;
import vn.tiendo.cascade.CascadeService;
import vn.tiendo.cascade.CascadeStore;
import vn.tiendo.cascade.DraftExistsException;
import vn.tiendo.cascade.DraftService;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.security.AccessPolicy;
import vn.tiendo.security.AccessPolicy.Permission;
import vn.tiendo.storage.OrgUnitRepository;

/** "Tạo kế hoạch cấp xã" (/chuong-trinh/{id}/ke-hoach-xa): the communes of the province and their derived plans. */
@Controller
class CascadeController {

    private final CascadeService cascade;
    private final DraftService drafts;
    private final OrgUnitRepository units;
    private final AccessPolicy policy;

    CascadeController(CascadeService cascade, DraftService drafts, OrgUnitRepository units, AccessPolicy policy) {
        this.cascade = cascade;
        this.drafts = drafts;
        this.units = units;
        this.policy = policy;
    }

    @GetMapping("/chuong-trinh/{id}/ke-hoach-xa")
    String page(@PathVariable long id, Model model) {
        CascadeStore.Header p = header(id);
        policy.require(Permission.VIEW, p.unitId());
        Map<Long, CascadeStore.Header> plans = cascade.derived(id).stream()
                .collect(Collectors.toMap(CascadeStore.Header::unitId, h -> h));
        model.addAttribute("programme", p);
        model.addAttribute("communes", units.within(p.unitId(), OrgUnit.Level.COMMUNE));
        model.addAttribute("plans", plans);
        model.addAttribute("canManage", policy.can(Permission.MANAGE, p.unitId()));
        return "cascade/derive";
    }

    @PostMapping("/chuong-trinh/{id}/ke-hoach-xa")
    String derive(@PathVariable long id, @RequestParam(defaultValue = "") String unit,
                  @RequestParam(defaultValue = "false") boolean all, Model model, HttpServletResponse response) {
        CascadeStore.Header p = header(id);
        policy.require(Permission.MANAGE, p.unitId());
        try {
            if (all) {
                CascadeService.Derived d = cascade.deriveAll(id);
                return "redirect:/chuong-trinh/" + id + "/ke-hoach-xa?tao=" + d.drafts().size();
            }
            return "redirect:/chuong-trinh/" + cascade.derive(id, unit) + "/du-thao";
        } catch (DraftExistsException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("error", e.getMessage());
            model.addAttribute("existing", e.existingId());
            return page(id, model);
        } catch (CascadeRefusedException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", e.getMessage());
            return page(id, model);
        }
    }

    private CascadeStore.Header header(long id) {
        return drafts.header(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có văn bản mã " + id + "."));
    }
}
