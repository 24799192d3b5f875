package vn.tiendo.web.approval;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tiendo.dataapproval.CompletenessService;
import vn.tiendo.entry.EntrySheets;

/** Tình hình nộp báo cáo: the units below a unit coloured by the state of their report, with the counts and rates. */
@Controller
public class CompletenessPageController {

    private final CompletenessService completeness;
    private final EntrySheets sheets;

    public CompletenessPageController(CompletenessService completeness, EntrySheets sheets) {
        this.completeness = completeness;
        this.sheets = sheets;
    }

    @GetMapping("/bao-cao/{programmeId}/{period}/tinh-hinh")
    public String page(@PathVariable long programmeId, @PathVariable String period, @RequestParam(required = false) String unit,
                       Model model) {
        String parent = unit == null || unit.isBlank() ? sheets.programme(programmeId).orgUnitCode() : unit.strip();
        model.addAttribute("c", completeness.completeness(programmeId, period, parent));
        return "approval/completeness";
    }
}
