package vn.tiendo.web.entry;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tiendo.entry.DataValueService;
import vn.tiendo.entry.EntryError;
import vn.tiendo.entry.EntrySheet;
import vn.tiendo.entry.EntrySheets;
import vn.tiendo.entry.ValueInput;
import vn.tiendo.programme.Period;
import vn.tiendo.security.AccessPolicy;
import vn.tiendo.programmes.ProgrammeService;

/**
 * The data entry form (nhập số liệu) of one unit, programme and period. Only the rows the user
 * changed are sent to {@link DataValueService}, each with the version the user saw.
 */
@Controller
public class EntryFormController {

    private final EntrySheets sheets;
    private final DataValueService service;
    private final AccessPolicy access;
    private final ProgrammeService programmes;
    private final Clock clock;
    private final vn.tiendo.entry.ReportLocks locks;
    private final vn.tiendo.security.UnitDirectory directory;

    public EntryFormController(EntrySheets sheets, DataValueService service, AccessPolicy access, ProgrammeService programmes,
                               Clock clock, vn.tiendo.entry.ReportLocks locks, vn.tiendo.security.UnitDirectory directory) {
        this.directory = directory;
        this.clock = clock;
        this.locks = locks;
        this.sheets = sheets;
        this.service = service;
        this.access = access;
        this.programmes = programmes;
    }

    /** Choose a programme, a unit and a period. */
    @GetMapping("/nhap-lieu")
    public String choose(Model model) {
        model.addAttribute("programmes", programmes.list());
        model.addAttribute("year", java.time.Year.now(clock).getValue());
        model.addAttribute("myUnit", directory.ownUnit().orElse(null));
        return "entry/choose";
    }

    @GetMapping("/nhap-lieu/mo")
    public String open(@RequestParam long programme, @RequestParam String unit, @RequestParam String period) {
        Period p = Period.parse(period);
        String code = directory.resolve(unit).orElse(unit.trim());
        sheets.unit(code);
        return "redirect:/nhap-lieu/" + programme + "/" + code + "/" + p.code();
    }

    @GetMapping("/nhap-lieu/{programmeId}/{unitCode}/{period}")
    public String form(@PathVariable long programmeId, @PathVariable String unitCode, @PathVariable String period, Model model) {
        EntrySheet sheet = sheets.build(programmeId, unitCode, Period.parse(period));
        access.require(AccessPolicy.Permission.VIEW, sheet.unit().id());
        model.addAttribute("form", EntryForm.of(sheet));
        lockOf(sheet, model);
        return "entry/form";
    }

    @PostMapping("/nhap-lieu/{programmeId}/{unitCode}/{period}")
    public String save(@PathVariable long programmeId, @PathVariable String unitCode, @PathVariable String period,
                       @RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        EntrySheet sheet = sheets.build(programmeId, unitCode, Period.parse(period));
        access.require(AccessPolicy.Permission.REPORT, sheet.unit().id());
        FormInputs posted = FormInputs.of(sheet, params);
        List<ValueInput> inputs = posted.inputs();
        List<EntryError> errors = posted.errors();
        Map<Long, String[]> typed = posted.typed();
        model.addAttribute("form", SaveOutcome.render(() -> service.save(inputs, errors),
                () -> sheets.build(programmeId, unitCode, sheet.period()), sheet, typed,
                r -> r.changed() == 0 ? "Không có số liệu nào thay đổi."
                        : "Đã lưu " + r.changed() + " số liệu (" + r.created() + " mới, " + r.updated() + " sửa).",
                "Chưa lưu: ", response));
        lockOf(sheet, model);
        return "entry/form";
    }

    /** An approved report makes the form read-only and says who approved it and when. */
    private void lockOf(EntrySheet sheet, Model model) {
        model.addAttribute("locked", locks.refusal(sheet.programme().id(), sheet.unit().id(), sheet.period().code()).orElse(null));
    }
}
