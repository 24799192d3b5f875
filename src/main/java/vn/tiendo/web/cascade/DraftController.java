package vn.tiendo.web.cascade;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import vn.tiendo.cascade.CascadeRefusedException;
import vn.tiendo.cascade.CascadeStore;
import vn.tiendo.cascade.DraftEdit;
import vn.tiendo.cascade.DraftService;
import vn.tiendo.reader.ProgrammeJson;
import vn.tiendo.security.AccessPolicy;
import vn.tiendo.security.AccessPolicy.Permission;

/**
 * A derived plan's draft (/chuong-trinh/{id}/du-thao): targets per year and baselines beside the province's, dropping
 * items, the programme JSON round trip, and issuing with number, date and signer.
 */
@Controller
class DraftController {

    static final List<Integer> YEARS = List.of(2026, 2027, 2028, 2029, 2030);

    private final DraftService drafts;
    private final AccessPolicy policy;

    DraftController(DraftService drafts, AccessPolicy policy) {
        this.drafts = drafts;
        this.policy = policy;
    }

    @GetMapping("/chuong-trinh/{id}/du-thao")
    String page(@PathVariable long id, Model model) {
        CascadeStore.Header h = header(id);
        policy.require(Permission.VIEW, h.unitId());
        model.addAttribute("draft", h);
        model.addAttribute("years", YEARS);
        model.addAttribute("rows", drafts.rows(id));
        model.addAttribute("tasks", drafts.document(id).tasks());
        model.addAttribute("missing", h.draft() ? drafts.missingTargets(id) : List.of());
        model.addAttribute("canManage", h.draft() && policy.can(Permission.MANAGE, h.unitId()));
        return "cascade/draft";
    }

    @PostMapping("/chuong-trinh/{id}/du-thao")
    String save(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response) {
        CascadeStore.Header h = manage(id);
        Map<String, Map<Integer, String>> targets = new LinkedHashMap<>();
        Map<String, String> baselines = new LinkedHashMap<>();
        form.forEach((key, values) -> {
            String[] parts = key.split("\\|");
            if (parts.length == 3 && parts[0].equals("t")) {
                targets.computeIfAbsent(parts[1], k -> new LinkedHashMap<>()).put(Integer.valueOf(parts[2]), values.get(0));
            } else if (parts.length == 2 && parts[0].equals("b")) {
                baselines.put(parts[1], values.get(0));
            }
        });
        Set<String> dropIndicators = new HashSet<>(form.getOrDefault("dropIndicator", List.of()));
        Set<String> dropTasks = new HashSet<>(form.getOrDefault("dropTask", List.of()));
        int version = Integer.parseInt(form.getFirst("version") == null ? "-1" : form.getFirst("version"));
        return attempt(id, model, response, () -> drafts.save(id, new DraftEdit(version, targets, baselines, dropIndicators, dropTasks)),
                "redirect:/chuong-trinh/" + id + "/du-thao?luu=1", h);
    }

    @PostMapping("/chuong-trinh/{id}/du-thao/ban-hanh")
    String issue(@PathVariable long id, @RequestParam(defaultValue = "-1") int version, @RequestParam(defaultValue = "") String number,
                 @RequestParam(defaultValue = "") String date, @RequestParam(defaultValue = "") String signer, Model model,
                 HttpServletResponse response) {
        CascadeStore.Header h = manage(id);
        LocalDate day;
        try {
            day = date.isBlank() ? null : LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            return refuse(id, model, response, "Ngày ban hành \"" + date + "\" không đúng dạng năm-tháng-ngày.");
        }
        return attempt(id, model, response, () -> drafts.issue(id, version, number, day, signer),
                "redirect:/chuong-trinh/" + (h.derivedFrom() == null ? id : h.derivedFrom()) + "/dong-bo", h);
    }

    @GetMapping("/chuong-trinh/{id}/du-thao/json")
    ResponseEntity<byte[]> json(@PathVariable long id) {
        CascadeStore.Header h = header(id);
        policy.require(Permission.VIEW, h.unitId());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"du-thao-" + id + ".json\"")
                .body(ProgrammeJson.write(drafts.document(id)).getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/chuong-trinh/{id}/du-thao/json")
    String upload(@PathVariable long id, @RequestParam("file") MultipartFile file, Model model, HttpServletResponse response)
            throws IOException {
        CascadeStore.Header h = manage(id);
        String text = new String(file.getBytes(), StandardCharsets.UTF_8);
        vn.tiendo.programme.ProgrammeDocument doc;
        try {
            doc = ProgrammeJson.read(text);
        } catch (RuntimeException e) {
            return refuse(id, model, response, "Tệp " + file.getOriginalFilename() + " không phải programme JSON hợp lệ: " + e.getMessage());
        }
        return attempt(id, model, response, () -> drafts.replace(id, doc), "redirect:/chuong-trinh/" + id + "/du-thao?luu=1", h);
    }

    private String attempt(long id, Model model, HttpServletResponse response, Runnable work, String next, CascadeStore.Header h) {
        try {
            work.run();
            return next;
        } catch (CascadeRefusedException e) {
            return refuse(id, model, response, e.getMessage());
        }
    }

    private String refuse(long id, Model model, HttpServletResponse response, String message) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("error", message);
        return page(id, model);
    }

    private CascadeStore.Header manage(long id) {
        CascadeStore.Header h = header(id);
        policy.require(Permission.MANAGE, h.unitId());
        return h;
    }

    private CascadeStore.Header header(long id) {
        return drafts.header(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có dự thảo mã " + id + "."));
    }
}
