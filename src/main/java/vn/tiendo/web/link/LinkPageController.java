package vn.tiendo.web.link;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tiendo.link.LinkConflictException;
import vn.tiendo.link.LinkDecision;
import vn.tiendo.link.LinkKind;
import vn.tiendo.link.LinkRefusedException;
import vn.tiendo.link.LinkService;
import vn.tiendo.link.LinkView;
import vn.tiendo.link.ProposedLink;
import vn.tiendo.link.StoredLink;
import vn.tiendo.security.AccessPolicy;
import vn.tiendo.security.AccessPolicy.Permission;

/**
 * Liên kết (/chuong-trinh/{id}/lien-ket): a child plan's items beside their proposed parents in the programme it
 * implements; programme owners of the child's unit confirm, correct or reject, all rows saved at once.
 */
@Controller
class LinkPageController {

    private final LinkService links;
    private final AccessPolicy policy;

    LinkPageController(LinkService links, AccessPolicy policy) {
        this.links = links;
        this.policy = policy;
    }

    @GetMapping("/chuong-trinh/{id}/lien-ket")
    String page(@PathVariable long id, @RequestParam(name = "cap-tren", required = false) Long parent, Model model,
                HttpServletResponse response) {
        Long parentId = parent != null ? parent : links.parentOf(id).orElse(null);
        if (parentId == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("refusal", "Văn bản này chưa có văn bản cấp trên để liên kết (không triển khai văn bản nào đã nạp).");
            return "link/links";
        }
        LinkView view;
        try {
            view = links.view(id, parentId);
        } catch (LinkRefusedException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("refusal", e.getMessage());
            return "link/links";
        }
        List<LinkRow> rows = new ArrayList<>();
        for (ProposedLink p : view.proposal().links()) {
            StoredLink s = view.stored().get(LinkView.key(p.kind(), p.child().code()));
            String selected = s != null ? s.parentCode() : p.confirmable() ? p.parent().code() : "";
            rows.add(new LinkRow(p, s, selected));
        }
        model.addAttribute("view", view);
        model.addAttribute("rows", rows);
        model.addAttribute("canManage", policy.can(Permission.MANAGE, view.childUnitId()));
        return "link/links";
    }

    @PostMapping("/chuong-trinh/{id}/lien-ket")
    String save(@PathVariable long id, @RequestParam Map<String, String> form, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        long parentId = Long.parseLong(form.getOrDefault("parent", "0"));
        List<LinkDecision> decisions = decisions(form);
        try {
            int changed = links.decide(id, parentId, decisions);
            redirect.addFlashAttribute("saved", "Đã lưu " + changed + " thay đổi liên kết.");
        } catch (LinkConflictException | LinkRefusedException e) {
            response.setStatus(e instanceof LinkConflictException ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", e.getMessage());
            return page(id, parentId, model, response);
        }
        return "redirect:/chuong-trinh/" + id + "/lien-ket?cap-tren=" + parentId;
    }

    /** The rows whose selection differs from what the officer saw stored. */
    private static List<LinkDecision> decisions(Map<String, String> form) {
        List<LinkDecision> out = new ArrayList<>();
        for (int i = 0; form.containsKey("child." + i); i++) {
            String chosen = form.getOrDefault("choice." + i, "").strip();
            String seen = form.getOrDefault("seen." + i, "");
            if (chosen.equals(seen)) {
                continue;
            }
            String version = form.getOrDefault("version." + i, "");
            out.add(new LinkDecision(LinkKind.valueOf(form.get("kind." + i)), form.get("child." + i),
                    chosen.isEmpty() ? null : chosen, version.isEmpty() ? null : Integer.valueOf(version)));
        }
        return out;
    }
}
