package vn.tiendo.security.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import vn.tiendo.security.ScopedAccessPolicy;

/** The login page (đăng nhập); the form is processed by Spring Security at POST /dang-nhap. */
@Controller
public class LoginController {

    @GetMapping("/dang-nhap")
    public String login() {
        return ScopedAccessPolicy.currentUser().isPresent() ? "redirect:/" : "security/login";
    }
}
