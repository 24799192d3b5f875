package vn.tiendo.security.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tiendo.security.AccessRefusedException;
import vn.tiendo.security.ApiTokenRepository;
import vn.tiendo.security.InvalidInputException;
import vn.tiendo.security.Passwords;
import vn.tiendo.security.ScopedAccessPolicy;
import vn.tiendo.security.UserAccount;
import vn.tiendo.security.UserService;

/**
 * The user's own page (tài khoản): personal data, roles, change of password, personal API tokens and
 * the export of one's own data as JSON (Decree 13/2023/NĐ-CP). Only ever about the logged-in user.
 */
@Controller
public class AccountController {

    private final UserService users;
    private final ApiTokenRepository tokens;

    public AccountController(UserService users, ApiTokenRepository tokens) {
        this.users = users;
        this.tokens = tokens;
    }

    @GetMapping("/tai-khoan")
    public String show(Model model) {
        UserAccount me = me();
        model.addAttribute("me", me);
        model.addAttribute("grants", users.grants(me.id()));
        model.addAttribute("tokens", tokens.list(me.id()));
        return "security/account";
    }

    @PostMapping("/tai-khoan/mat-khau")
    public String changePassword(@RequestParam String current, @RequestParam String password, @RequestParam String repeat,
                                 Model model, HttpServletResponse response) {
        UserAccount me = me();
        try {
            if (!users.passwordMatches(me.id(), current)) {
                throw new InvalidInputException("Mật khẩu hiện tại", "không đúng.");
            }
            if (!password.equals(repeat)) {
                throw new InvalidInputException("Nhập lại mật khẩu mới", "không khớp với mật khẩu mới.");
            }
            users.changePassword(me.id(), Passwords.checked("Mật khẩu mới", password));
            model.addAttribute("message", "Đã đổi mật khẩu.");
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("error", e.getMessage());
        }
        return show(model);
    }

    @PostMapping("/tai-khoan/ma-truy-cap")
    public String createToken(@RequestParam String name, Model model, HttpServletResponse response) {
        try {
            model.addAttribute("newToken", tokens.create(me(), name).secret());
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("error", e.getMessage());
        }
        return show(model);
    }

    @PostMapping("/tai-khoan/ma-truy-cap/{id}/thu-hoi")
    public String revokeToken(@PathVariable long id) {
        tokens.revoke(me(), id);
        return "redirect:/tai-khoan";
    }

    /** Everything stored about the user, as a JSON download. */
    @GetMapping(value = "/tai-khoan/du-lieu.json", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> export() {
        UserAccount me = me();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("username", me.username());
        data.put("displayName", me.displayName());
        data.put("position", me.position());
        data.put("unit", me.orgUnitName());
        data.put("email", me.email());
        data.put("phone", me.phone());
        data.put("createdAt", me.createdAt().toString());
        data.put("roles", users.grants(me.id()).stream()
                .map(g -> Map.of("role", g.role().name(), "unit", g.orgUnitName())).toList());
        data.put("apiTokens", tokens.list(me.id()).stream()
                .map(t -> Map.of("name", t.name(), "createdAt", t.createdAt().toString(), "active", t.active())).toList());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"tiendo-" + me.username() + ".json\"")
                .body(data);
    }

    private UserAccount me() {
        return ScopedAccessPolicy.currentUser().flatMap(p -> users.findById(p.id()))
                .orElseThrow(() -> new AccessRefusedException("Bạn cần đăng nhập."));
    }
}
