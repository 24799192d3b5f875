package vn.tiendo.web.cascade;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.tiendo.cascade.Alignment;
import vn.tiendo.cascade.AlignmentService;
import vn.tiendo.cascade.AlignmentWorkbook;
import vn.tiendo.cascade.CascadeRefusedException;
import vn.tiendo.cascade.CascadeStore;
import vn.tiendo.cascade.DiffService;
import vn.tiendo.cascade.DraftService;
import vn.tiendo.security.AccessPolicy;
import vn.tiendo.security.AccessPolicy.Permission;

/** Alignment of a province's programme with its communes' plans (/chuong-trinh/{id}/dong-bo, XLSX) and the diff view. */
@Controller
class AlignmentController {

    private final AlignmentService alignment;
    private final DiffService diffs;
    private final DraftService drafts;
    private final AccessPolicy policy;

    AlignmentController(AlignmentService alignment, DiffService diffs, DraftService drafts, AccessPolicy policy) {
        this.alignment = alignment;
        this.diffs = diffs;
        this.drafts = drafts;
        this.policy = policy;
    }

    @GetMapping("/chuong-trinh/{id}/dong-bo")
    String page(@PathVariable long id, Model model) {
        policy.require(Permission.VIEW, header(id).unitId());
        model.addAttribute("a", alignment.of(id));
        return "cascade/alignment";
    }

    @GetMapping("/chuong-trinh/{id}/dong-bo.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id) {
        policy.require(Permission.VIEW, header(id).unitId());
        Alignment a = alignment.of(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"dong-bo.xlsx\"")
                .body(AlignmentWorkbook.write(a));
    }

    @GetMapping("/chuong-trinh/{id}/so-sanh")
    String diff(@PathVariable long id, @RequestParam(required = false) Long voi, Model model) {
        policy.require(Permission.VIEW, header(id).unitId());
        try {
            DiffService.View view = diffs.of(id, voi);
            policy.require(Permission.VIEW, view.parent().unitId());
            model.addAttribute("view", view);
        } catch (CascadeRefusedException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
        return "cascade/diff";
    }

    private CascadeStore.Header header(long id) {
        return drafts.header(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có văn bản mã " + id + "."));
    }
}
