package vn.tiendo.web.admin;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.security.AccessRefusedException;
import vn.tiendo.security.AuditTrail;
import vn.tiendo.security.Role;
import vn.tiendo.security.ScopedAccessPolicy;
import vn.tiendo.storage.OrgUnitRepository;

/**
 * The audit page (nhật ký thay đổi) for administrators and inspectors, within the units where they
 * hold that role: filter by unit, user, object type and dates, 50 lines a page. Read only.
 */
@Controller
public class AuditController {

    private static final EnumSet<Role> READERS = EnumSet.of(Role.ADMIN, Role.INSPECTOR);

    private final AuditTrail trail;
    private final OrgUnitRepository units;
    private final ScopedAccessPolicy policy;

    private final vn.tiendo.security.UnitDirectory directory;

    public AuditController(AuditTrail trail, OrgUnitRepository units, ScopedAccessPolicy policy,
                           vn.tiendo.security.UnitDirectory directory) {
        this.directory = directory;
        this.trail = trail;
        this.units = units;
        this.policy = policy;
    }

    @GetMapping("/nhat-ky")
    public String search(@RequestParam(defaultValue = "") String unit, @RequestParam(defaultValue = "") String user,
                         @RequestParam(defaultValue = "") String type,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                         @RequestParam(defaultValue = "0") int page, Model model) {
        List<Long> scope = policy.scopeOf(READERS);
        Long unitId = null;
        if (!unit.isBlank()) {
            OrgUnit u = units.findByCode(directory.resolve(unit).orElse(unit.strip())).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "Đơn vị: không có đơn vị mã " + unit.strip() + "."));
            long principal = ScopedAccessPolicy.currentUser().orElseThrow().id();
            if (!policy.hasRoleOn(principal, READERS, u.id())) {
                throw new AccessRefusedException("Bạn không có quyền xem nhật ký của " + u.fullName() + ".");
            }
            unitId = u.id();
        }
        List<AuditTrail.Entry> rows = trail.search(scope, new AuditTrail.Filter(unitId, user, type, from, to), page);
        model.addAttribute("entries", rows.size() > AuditTrail.PAGE_SIZE ? rows.subList(0, AuditTrail.PAGE_SIZE) : rows);
        model.addAttribute("hasNext", rows.size() > AuditTrail.PAGE_SIZE);
        model.addAttribute("page", Math.max(page, 0));
        model.addAttribute("types", trail.objectTypes());
        model.addAttribute("unit", unit);
        model.addAttribute("user", user);
        model.addAttribute("type", type);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "admin/audit";
    }
}
