package vn.tiendo.web.admin;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.tiendo.bodies.BodyAlias;
import vn.tiendo.bodies.BodyAliasRefusedException;
import vn.tiendo.bodies.BodyAliasService;
import vn.tiendo.bodies.BodyAliasService.Target;
import vn.tiendo.security.AccessPolicy;
import vn.tiendo.security.AccessPolicy.Permission;
import vn.tiendo.storage.OrgUnitRepository;

/**
 * Bodies (quản trị cơ quan, /quan-tri/co-quan): the names documents use that matched no body, to map to a
 * body of the province or commune, to a new body, or to no body in particular; and the alias table.
 * An administrator acts within the units where they hold the ADMIN role; generic aliases need it nationwide.
 */
@Controller
public class BodyAliasController {

    private final BodyAliasService aliases;
    private final OrgUnitRepository units;
    private final AccessPolicy policy;

    public BodyAliasController(BodyAliasService aliases, OrgUnitRepository units, AccessPolicy policy) {
        this.aliases = aliases;
        this.units = units;
        this.policy = policy;
    }

    @GetMapping("/quan-tri/co-quan")
    public String page(@RequestParam(required = false) Long unit, @RequestParam(required = false) String name, Model model) {
        model.addAttribute("unmapped", aliases.unmapped());
        model.addAttribute("aliases", aliases.aliases());
        if (unit != null) {
            policy.require(Permission.ADMIN, unit);
            model.addAttribute("scope", units.findById(unit).orElseThrow(() ->
                    new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có đơn vị mã " + unit + ".")));
            model.addAttribute("bodies", aliases.bodiesUnder(unit));
            model.addAttribute("name", name == null ? "" : name);
        }
        return "admin/bodies";
    }

    /** Maps a name: to an existing body (bodyId), to a new body (newBodyName), or to no body (notABody). */
    @PostMapping("/quan-tri/co-quan/anh-xa")
    public String map(@RequestParam long unit, @RequestParam(defaultValue = "") String name,
                      @RequestParam(defaultValue = "") String bodyId, @RequestParam(defaultValue = "") String newBodyName,
                      @RequestParam(defaultValue = "false") boolean notABody, Model model, HttpServletResponse response) {
        policy.require(Permission.ADMIN, unit);
        try {
            if (!notABody && bodyId.isBlank() && newBodyName.isBlank()) {
                throw new BodyAliasRefusedException("Chọn một cơ quan, nhập tên cơ quan mới, hoặc đánh dấu "
                        + "\"không phải một cơ quan cụ thể\".");
            }
            aliases.map(unit, name, notABody ? new Target(null, null)
                    : new Target(bodyId.isBlank() ? null : Long.valueOf(bodyId.strip()), newBodyName));
        } catch (BodyAliasRefusedException | NumberFormatException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", e instanceof NumberFormatException ? "Cơ quan đã chọn không hợp lệ." : e.getMessage());
            return page(unit, name, model);
        }
        return "redirect:/quan-tri/co-quan";
    }

    @PostMapping("/quan-tri/co-quan/{id}/xoa")
    public String remove(@PathVariable long id) {
        BodyAlias a = aliases.alias(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Không có bí danh mã " + id + "."));
        policy.require(Permission.ADMIN, a.scopeUnitId() == null ? units.nation().id() : a.scopeUnitId());
        aliases.remove(id);
        return "redirect:/quan-tri/co-quan";
    }
}
