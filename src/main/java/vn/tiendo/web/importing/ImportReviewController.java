package vn.tiendo.web.importing;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.reader.ProgrammeReader;
import vn.tiendo.reader.ReadException;
import vn.tiendo.security.AccessPolicy;
import vn.tiendo.security.AccessPolicy.Permission;
import vn.tiendo.storage.ImportDraftRepository;
import vn.tiendo.storage.ImportDraftRepository.ImportDraft;
import vn.tiendo.storage.ImportDraftRepository.StaleDraftException;
import vn.tiendo.programmes.ProgrammeConflictException;
import vn.tiendo.programmes.ProgrammeAmendments;
import vn.tiendo.programmes.ProgrammeImporter;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.programmes.ProgrammeSummary;
import vn.tiendo.programmes.ReplacementPlan;

/**
 * Nhập văn bản: upload a programme document, review what was read beside the source lines, correct or
 * drop rows, then confirm. Only confirming writes the programme; until then everything lives in an
 * {@code import_draft}. Every request asks {@link AccessPolicy}: drafts belong to the officer who
 * uploaded them, and confirming needs {@link Permission#MANAGE} on the programme's unit.
 */
@Controller
@RequestMapping("/nhap-van-ban")
public class ImportReviewController {

    private final ImportDraftRepository drafts;
    private final ProgrammeService programmes;
    private final DraftConfirmation confirmation;
    private final AccessPolicy access;
    private final UploadLimits limits;
    private final ProgrammeReader reader;
    private final DraftAmendment amendment;

    ImportReviewController(ImportDraftRepository drafts, ProgrammeService programmes, DraftConfirmation confirmation,
                           AccessPolicy access, UploadLimits limits, DraftAmendment amendment) {
        this.amendment = amendment;
        this.drafts = drafts;
        this.programmes = programmes;
        this.confirmation = confirmation;
        this.access = access;
        this.limits = limits;
        this.reader = ProgrammeImporter.reader(limits.maxBytes());
    }

    @GetMapping
    public String form(Model model) {
        access.username();
        model.addAttribute("maxText", limits.maxText());
        return "importing/upload";
    }

    @PostMapping
    public String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
                         HttpServletResponse response) throws IOException {
        String user = access.username();
        String refusal = refusal(file);
        if (refusal == null) {
            try {
                ProgrammeReader.Reading reading = reader.readWithSource(file.getOriginalFilename(), file.getBytes());
                UUID id = drafts.create(file.getOriginalFilename(), reading.lines(), reading.document(), user);
                return "redirect:/nhap-van-ban/" + id;
            } catch (ReadException e) {
                refusal = "Không đọc được văn bản. " + e.getMessage();
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        model.addAttribute("error", refusal);
        model.addAttribute("maxText", limits.maxText());
        return "importing/upload";
    }

    private String refusal(MultipartFile file) {
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
            return "Chưa chọn tệp văn bản.";
        }
        String name = file.getOriginalFilename();
        String badName = limits.refuseName(name);
        if (badName != null) {
            return badName;
        }
        if (file.getSize() > limits.maxBytes()) {
            return name + ": tệp quá lớn (" + file.getSize() + " byte); tối đa " + limits.maxText() + ".";
        }
        return null;
    }

    @GetMapping("/{id}")
    public String review(@PathVariable String id, @RequestParam(name = "sua", required = false) String editing,
                         @RequestParam(name = "sua-doi", required = false) String amends,
                         @RequestParam(name = "hieu-luc", required = false) String effectiveFrom, Model model) {
        ImportDraft draft = ownDraft(id);
        model.addAttribute("v", view(draft, editing));
        model.addAttribute("amendChoices", amendment.choices());
        model.addAttribute("amendTarget", amends == null || amends.isBlank() ? null : amends.strip());
        model.addAttribute("amendYear", effectiveFrom);
        ProgrammeDocument planned = draft.document();
        if (amends != null && !amends.isBlank()) {
            try {
                planned = DraftAmendment.asAmendmentOf(planned, amendment.target(amends));
            } catch (ProgrammeConflictException e) {
                model.addAttribute("amendTarget", null); // the refusal is already on the page
            }
        }
        model.addAttribute("plan", replacementPlan(planned));
        return "importing/review";
    }

    /** htmx: one row, in edit mode ({@code sua=true}, "Sửa") or as shown ("Thôi"). */
    @GetMapping("/{id}/hang/{key}")
    public String row(@PathVariable String id, @PathVariable String key,
                      @RequestParam(name = "sua", defaultValue = "true") boolean edit, Model model) {
        ImportDraft draft = ownDraft(id);
        RowKey row = RowKey.parse(key);
        ReviewView v = view(draft, edit ? key : null);
        model.addAttribute("v", v);
        if (row.kind() == 'c') {
            RowKey.indicator(draft.document(), row);
            model.addAttribute("r", v.indicators().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow());
            return edit ? "importing/rows :: indicatorEdit" : "importing/rows :: indicatorView";
        }
        RowKey.task(draft.document(), row);
        model.addAttribute("r", v.tasks().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow());
        return edit ? "importing/rows :: taskEdit" : "importing/rows :: taskView";
    }

    @PostMapping("/{id}/hang/{key}")
    public String saveRow(@PathVariable String id, @PathVariable String key, @RequestParam int version,
                          @RequestParam Map<String, String> form, RedirectAttributes flash) {
        ImportDraft draft = ownDraft(id);
        return change(draft, version, flash, "#hang-" + key, doc -> {
            RowKey row = RowKey.parse(key);
            return row.kind() == 'c'
                    ? DraftEditor.editIndicator(doc, row, new DraftEditor.IndicatorEdit(form.get("ten"), form.get("don-vi"),
                            form.get("nam-goc"), yearCells(form)))
                    : DraftEditor.editTask(doc, row, new DraftEditor.TaskEdit(form.get("noi-dung"), form.get("chu-tri"),
                            form.get("phoi-hop"), form.get("thoi-gian")));
        }, "Đã lưu sửa đổi.");
    }

    @PostMapping("/{id}/hang/{key}/bo")
    public String dropRow(@PathVariable String id, @PathVariable String key, @RequestParam int version,
                          RedirectAttributes flash) {
        ImportDraft draft = ownDraft(id);
        String anchor = key.startsWith("c") ? "#chi-tieu" : "#nhiem-vu";
        return change(draft, version, flash, anchor, doc -> {
            RowKey row = RowKey.parse(key);
            return row.kind() == 'c' ? DraftEditor.dropIndicator(doc, row) : DraftEditor.dropTask(doc, row);
        }, "Đã bỏ một hàng.");
    }

    @PostMapping("/{id}/thong-tin")
    public String saveHeader(@PathVariable String id, @RequestParam int version, @RequestParam Map<String, String> form,
                             RedirectAttributes flash) {
        ImportDraft draft = ownDraft(id);
        DraftEditor.HeaderEdit edit = new DraftEditor.HeaderEdit(form.get("so-hieu"), form.get("ngay"), form.get("co-quan"),
                form.get("ma-don-vi"));
        return change(draft, version, flash, "", doc -> DraftEditor.editHeader(doc, edit), "Đã lưu thông tin văn bản.");
    }

    @PostMapping("/{id}/xac-nhan")
    public String confirm(@PathVariable String id, @RequestParam int version,
                          @RequestParam(name = "thay-the", defaultValue = "false") boolean replace,
                          @RequestParam(name = "bo-so-lieu", required = false) String confirmedLosses,
                          @RequestParam(name = "sua-doi", defaultValue = "false") boolean amends,
                          @RequestParam(name = "sua-doi-chuong-trinh", required = false) String amended,
                          @RequestParam(name = "hieu-luc-tu", required = false) String effectiveFrom, RedirectAttributes flash) {
        ImportDraft draft = ownDraft(id);
        if (amends) {
            return confirmAmendment(draft, version, amended, effectiveFrom, confirmedLosses, flash);
        }
        ProgrammeDocument doc = draft.document();
        Optional<OrgUnit> unit = programmes.resolveUnit(doc.document().orgUnit());
        unit.ifPresent(u -> access.require(Permission.MANAGE, u.id()));
        try {
            long programmeId = confirmation.confirm(draft.id(), version, doc, draft.fileName(), replace, confirmedLosses);
            flash.addFlashAttribute("counts", ReviewView.counts(doc));
            flash.addFlashAttribute("fileName", draft.fileName());
            return "redirect:/nhap-van-ban/da-luu/" + programmeId;
        } catch (ProgrammeConflictException | StaleDraftException e) {
            flash.addFlashAttribute("error", "Chưa lưu. " + e.getMessage());
            return "redirect:/nhap-van-ban/" + draft.id() + "#xac-nhan";
        }
    }

    /** Văn bản sửa đổi, bổ sung: the draft becomes a new version of the chosen programme, effective from the year given. */
    private String confirmAmendment(ImportDraft draft, int version, String amended, String effectiveFrom, String confirmedLosses,
                                    RedirectAttributes flash) {
        ProgrammeDocument doc = draft.document();
        try {
            ProgrammeSummary target = amendment.target(amended);
            int year = DraftAmendment.effectiveYear(effectiveFrom);
            access.require(Permission.MANAGE, target.orgUnitId());
            ProgrammeAmendments.Amendment a = amendment.amendment(doc, year);
            int versionNo = confirmation.amend(draft.id(), version, DraftAmendment.asAmendmentOf(doc, target), a, draft.fileName(),
                    confirmedLosses);
            flash.addFlashAttribute("counts", ReviewView.counts(doc));
            flash.addFlashAttribute("fileName", draft.fileName());
            flash.addFlashAttribute("amendedBy", a.number());
            flash.addFlashAttribute("amendedVersion", versionNo);
            flash.addFlashAttribute("amendedFrom", year);
            return "redirect:/nhap-van-ban/da-luu/" + target.id();
        } catch (ProgrammeConflictException | StaleDraftException e) {
            flash.addFlashAttribute("error", "Chưa lưu. " + e.getMessage());
            return "redirect:" + UriComponentsBuilder.fromPath("/nhap-van-ban/" + draft.id())
                    .queryParam("sua-doi", amended == null ? "" : amended.strip())
                    .queryParam("hieu-luc", effectiveFrom == null ? "" : effectiveFrom.strip()).fragment("xac-nhan")
                    .encode().build().toUriString();
        }
    }

    @PostMapping("/{id}/huy")
    public String discard(@PathVariable String id, @RequestParam int version, RedirectAttributes flash) {
        ImportDraft draft = ownDraft(id);
        if (!drafts.delete(draft.id(), version)) {
            flash.addFlashAttribute("error", "Bản nháp đã thay đổi ở nơi khác; chưa hủy. Hãy xem lại rồi hủy lại nếu vẫn muốn.");
            return "redirect:/nhap-van-ban/" + draft.id();
        }
        flash.addFlashAttribute("notice", "Đã hủy bản nháp " + draft.fileName() + "; không có gì được lưu.");
        return "redirect:/nhap-van-ban";
    }

    @GetMapping("/da-luu/{programmeId}")
    public String saved(@PathVariable long programmeId, Model model) {
        ProgrammeSummary s = programmes.findSummary(programmeId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có văn bản mã " + programmeId + "."));
        access.require(Permission.VIEW, s.orgUnitId());
        model.addAttribute("p", s);
        if (!model.containsAttribute("counts")) {
            model.addAttribute("counts", Map.of("chỉ tiêu", s.indicatorCount(), "nhiệm vụ", s.taskCount()));
        }
        return "importing/saved";
    }

    private String change(ImportDraft draft, int version, RedirectAttributes flash, String anchor,
                          java.util.function.UnaryOperator<ProgrammeDocument> edit, String done) {
        try {
            ProgrammeDocument changed = edit.apply(draft.document());
            String number = changed.document().number();
            String unit = changed.document().orgUnit() == null ? null : changed.document().orgUnit().code();
            drafts.update(draft.id(), version, changed, number, unit);
            flash.addFlashAttribute("notice", done);
        } catch (DraftEditor.EditRejected | StaleDraftException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/nhap-van-ban/" + draft.id() + anchor;
    }

    private static Map<Integer, String> yearCells(Map<String, String> form) {
        Map<Integer, String> cells = new TreeMap<>();
        form.forEach((k, val) -> {
            if (k.matches("nam-\\d{4}")) {
                cells.put(Integer.parseInt(k.substring(4)), val);
            }
        });
        return cells;
    }

    private ReviewView view(ImportDraft draft, String editing) {
        OrgUnit unit = programmes.resolveUnit(draft.document().document().orgUnit()).orElse(null);
        return ReviewView.of(draft, unit, editing);
    }

    /** What replacing the stored programme would drop, shown before confirming; null when nothing is stored yet. */
    private ReplacementPlan replacementPlan(ProgrammeDocument doc) {
        try {
            return programmes.planReplacement(doc).orElse(null);
        } catch (ProgrammeConflictException e) {
            return null; // no number or unknown unit: the page already says so, and saving will refuse
        }
    }

    /** The draft, if it exists and the current user uploaded it. */
    private ImportDraft ownDraft(String id) {
        String user = access.username();
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw gone();
        }
        ImportDraft draft = drafts.find(uuid).orElseThrow(ImportReviewController::gone);
        if (!draft.createdBy().equals(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Bản nháp này do người khác tải lên; bạn không thể xem hay sửa.");
        }
        return draft;
    }

    private static ResponseStatusException gone() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Không tìm thấy bản nháp (có thể đã được xác nhận, đã hủy hoặc quá 7 ngày).");
    }
}
