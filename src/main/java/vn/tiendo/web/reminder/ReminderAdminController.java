package vn.tiendo.web.reminder;

import java.util.EnumSet;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import vn.tiendo.reminder.ReminderService;
import vn.tiendo.security.Role;
import vn.tiendo.security.ScopedAccessPolicy;

/** Thư nhắc việc lỗi: reminders whose e-mail failed (retrying or given up), for the administrators
 * (those of occurrences within the units they administer), with "gửi lại". */
@Controller
public class ReminderAdminController {

    private final ReminderService reminders;
    private final ScopedAccessPolicy policy;

    public ReminderAdminController(ReminderService reminders, ScopedAccessPolicy policy) {
        this.reminders = reminders;
        this.policy = policy;
    }

    /** The units the administrator administers (the failures of occurrences below them are shown). */
    private List<Long> scope() {
        return policy.scopeOf(EnumSet.of(Role.ADMIN));
    }

    @GetMapping("/quan-tri/thu-nhac-viec")
    public String failures(Model model) {
        model.addAttribute("failures", reminders.failures(scope()));
        model.addAttribute("mailEnabled", reminders.mailEnabled());
        return "reminder/failures";
    }

    @PostMapping("/quan-tri/thu-nhac-viec/{id}/gui-lai")
    public String retry(@PathVariable long id) {
        reminders.retryNow(id, scope());
        return "redirect:/quan-tri/thu-nhac-viec";
    }
}
