package vn.tiendo.web.programme;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programmes.ProgrammeAmendments;
import vn.tiendo.programmes.ProgrammeNotFoundException;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.programmes.ProgrammeSummary;
import vn.tiendo.programmes.ProgrammeVersionStore;
import vn.tiendo.security.AccessPolicy;

/** Phiên bản: the versions of a programme (as issued, then each amendment) and the content of one of them. */
@Controller
class ProgrammeVersionsController {

    private final ProgrammeService programmes;
    private final ProgrammeAmendments amendments;
    private final AccessPolicy access;

    ProgrammeVersionsController(ProgrammeService programmes, ProgrammeAmendments amendments, AccessPolicy access) {
        this.programmes = programmes;
        this.amendments = amendments;
        this.access = access;
    }

    @GetMapping("/chuong-trinh/{id}/phien-ban")
    String versions(@PathVariable long id, @RequestParam(name = "v", required = false) Integer shown, Model model) {
        ProgrammeSummary p = programmes.findSummary(id).orElseThrow(() -> new ProgrammeNotFoundException("Không có chương trình mã " + id + "."));
        access.require(AccessPolicy.Permission.VIEW, p.orgUnitId());
        List<ProgrammeVersionStore.Version> list = amendments.versions(id);
        int latest = list.isEmpty() ? 1 : list.get(list.size() - 1).versionNo();
        int v = shown == null || shown < 1 || shown > latest ? latest : shown;
        ProgrammeDocument doc = amendments.version(id, v);
        model.addAttribute("programme", p);
        model.addAttribute("amendments", list);
        model.addAttribute("latest", latest);
        model.addAttribute("shown", v);
        model.addAttribute("doc", doc);
        return "programmes/versions";
    }
}
