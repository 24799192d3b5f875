package vn.tiendo.web.approval;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.tiendo.dataapproval.NotificationService;

/** Thông báo: the current user's latest notifications (shown once, then marked read). */
@Controller
public class NotificationController {

    private final NotificationService notifications;

    public NotificationController(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/thong-bao")
    public String list(Model model) {
        model.addAttribute("items", notifications.readLatest());
        return "approval/notifications";
    }
}
