package vn.tiendo.web.reminder;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import vn.tiendo.reminder.InboxService;
import vn.tiendo.security.ScopedAccessPolicy;
import vn.tiendo.security.TiendoPrincipal;

/** Hộp thư: the signed-in user's own in-app messages (reminders with a link to the occurrence), marked read here. */
@Controller
public class InboxController {

    private final InboxService inbox;

    public InboxController(InboxService inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/hop-thu")
    public String list(Model model) {
        long user = userId();
        model.addAttribute("messages", inbox.messages(user));
        model.addAttribute("unread", inbox.unread(user));
        return "reminder/inbox";
    }

    /** Marks the message read and opens its link (the occurrence page). */
    @PostMapping("/hop-thu/{id}/da-doc")
    public String read(@PathVariable long id) {
        long user = userId();
        inbox.markRead(user, id);
        return "redirect:/hop-thu";
    }

    @PostMapping("/hop-thu/da-doc-het")
    public String readAll() {
        inbox.markAllRead(userId());
        return "redirect:/hop-thu";
    }

    static long userId() {
        return ScopedAccessPolicy.currentUser().map(TiendoPrincipal::id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Hãy đăng nhập."));
    }
}
