package vn.tiendo.web.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumSet;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.security.AccessPolicy.Permission;
import vn.tiendo.security.InvalidInputException;
import vn.tiendo.security.NewUser;
import vn.tiendo.security.Passwords;
import vn.tiendo.security.Role;
import vn.tiendo.security.RoleGrant;
import vn.tiendo.security.ScopedAccessPolicy;
import vn.tiendo.security.UserAccount;
import vn.tiendo.security.UserService;
import vn.tiendo.storage.OrgUnitRepository;

/**
 * Administration of users (quản trị người dùng): list and create accounts, grant and revoke roles on
 * units, erase personal data on request. An administrator acts only within the units where they hold
 * the ADMIN role (the national {@code admin} everywhere; a provincial administrator in their province).
 */
@Controller
public class UserAdminController {

    private final UserService users;
    private final OrgUnitRepository units;
    private final ScopedAccessPolicy policy;

    private final vn.tiendo.security.UnitDirectory directory;

    public UserAdminController(UserService users, OrgUnitRepository units, ScopedAccessPolicy policy,
                               vn.tiendo.security.UnitDirectory directory) {
        this.directory = directory;
        this.users = users;
        this.units = units;
        this.policy = policy;
    }

    @ModelAttribute("roles")
    Role[] roles() {
        return Role.values();
    }

    @GetMapping("/quan-tri/nguoi-dung")
    public String list(Model model) {
        model.addAttribute("users", users.listWithin(policy.scopeOf(EnumSet.of(Role.ADMIN))));
        model.addAttribute("now", users.now());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new NewUser("", "", "", "", "", ""));
        }
        return "admin/users";
    }

    @PostMapping("/quan-tri/nguoi-dung")
    public String create(@ModelAttribute("form") NewUser form, @RequestParam(required = false) Role role,
                         Model model, HttpServletResponse response) {
        try {
            NewUser valid = form.validated();
            OrgUnit unit = unitByCode(valid.unitCode());
            policy.require(Permission.ADMIN, unit.id());
            String password = Passwords.generate();
            long id = users.create(valid, password, false);
            if (role != null) {
                users.grant(id, role, unit.id());
            }
            model.addAttribute("created", valid.username());
            model.addAttribute("createdPassword", password);
            model.addAttribute("form", new NewUser("", "", "", "", "", ""));
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", e.getMessage());
        }
        return list(model);
    }

    @GetMapping("/quan-tri/nguoi-dung/{id}")
    public String show(@PathVariable long id, Model model) {
        UserAccount user = manageable(id);
        model.addAttribute("user", user);
        model.addAttribute("grants", users.grants(id));
        return "admin/user";
    }

    @PostMapping("/quan-tri/nguoi-dung/{id}/vai-tro")
    public String grant(@PathVariable long id, @RequestParam Role role, @RequestParam String unitCode, Model model,
                        HttpServletResponse response) {
        manageable(id);
        try {
            OrgUnit unit = unitByCode(unitCode.strip());
            policy.require(Permission.ADMIN, unit.id());
            users.grant(id, role, unit.id());
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", e.getMessage());
            return show(id, model);
        }
        return "redirect:/quan-tri/nguoi-dung/" + id;
    }

    @PostMapping("/quan-tri/nguoi-dung/{id}/vai-tro/{grantId}/thu-hoi")
    public String revoke(@PathVariable long id, @PathVariable long grantId) {
        manageable(id);
        RoleGrant grant = users.findGrant(grantId).filter(g -> g.userId() == id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có vai trò này."));
        policy.require(Permission.ADMIN, grant.orgUnitId());
        users.revoke(grantId);
        return "redirect:/quan-tri/nguoi-dung/" + id;
    }

    /** Erasure on request (Decree 13/2023/NĐ-CP): personal data cleared, a pseudonym kept for the audit. */
    @PostMapping("/quan-tri/nguoi-dung/{id}/xoa-du-lieu")
    public String erase(@PathVariable long id, Model model) {
        manageable(id);
        if (ScopedAccessPolicy.currentUser().map(p -> p.id() == id).orElse(false)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Không thể tự xóa dữ liệu tài khoản đang dùng.");
        }
        model.addAttribute("erased", users.erase(id));
        return show(id, model);
    }

    /** The account, when its unit lies within the administrator's scope (an erased one: national scope). */
    private UserAccount manageable(long id) {
        UserAccount user = users.findById(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có tài khoản số " + id + "."));
        policy.require(Permission.ADMIN, user.orgUnitId() != null ? user.orgUnitId() : units.nation().id());
        return user;
    }

    private OrgUnit unitByCode(String codeOrName) {
        String code = directory.resolve(codeOrName).orElse(codeOrName);
        return units.findByCode(code).orElseThrow(() -> new InvalidInputException("Đơn vị", "không có đơn vị mã " + code + "."));
    }
}
