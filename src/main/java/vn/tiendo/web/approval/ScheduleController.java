package vn.tiendo.web.approval;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tiendo.entry.EntrySheets;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.programme.Period;
import vn.tiendo.reportingschedule.CutOffWindow;
import vn.tiendo.reportingschedule.ReportingSchedule;
import vn.tiendo.reportingschedule.ScheduleService;
import vn.tiendo.security.AccessRefusedException;

/** Lịch báo cáo of a programme: period types, working days to the deadline per level, a deadline for one period. */
@Controller
public class ScheduleController {

    private final ScheduleService schedules;
    private final EntrySheets sheets;
    private final java.time.Clock clock;

    public ScheduleController(ScheduleService schedules, EntrySheets sheets, java.time.Clock clock) {
        this.clock = clock;
        this.schedules = schedules;
        this.sheets = sheets;
    }

    @GetMapping("/chuong-trinh/{id}/lich-bao-cao")
    public String page(@PathVariable long id, Model model) {
        ReportingSchedule s = schedules.schedule(id);
        model.addAttribute("programme", sheets.programme(id));
        model.addAttribute("schedule", s);
        int year = java.time.Year.now(clock).getValue();
        List<String[]> periods = new ArrayList<>();
        for (Period p : List.of(Period.quarter(year, 1), Period.quarter(year, 2), Period.halfYear(year, 1), Period.quarter(year, 3),
                Period.nineMonths(year), Period.quarter(year, 4), Period.halfYear(year, 2), Period.year(year))) {
            if (s.has(p)) {
                CutOffWindow w = CutOffWindow.of(p);
                periods.add(new String[] {p.code(), p.label(), day(w.start()) + " – " + day(w.end()),
                        day(s.deadline(p, OrgUnit.Level.COMMUNE, schedules.holidays())),
                        day(s.deadline(p, OrgUnit.Level.PROVINCE, schedules.holidays()))});
            }
        }
        model.addAttribute("periods", periods);
        return "approval/schedule";
    }

    @PostMapping("/chuong-trinh/{id}/lich-bao-cao")
    public String save(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response) {
        List<ReportingSchedule.Rule> rules = new ArrayList<>();
        try {
            for (Period.Type type : Period.Type.values()) {
                rules.add(new ReportingSchedule.Rule(type, form.containsKey("on_" + type), number(form.getFirst("c_" + type)),
                        number(form.getFirst("p_" + type))));
            }
            schedules.updateRules(id, rules);
            model.addAttribute("message", "Đã lưu lịch báo cáo.");
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", e.getMessage());
        } catch (AccessRefusedException e) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("error", e.getMessage());
        }
        return page(id, model);
    }

    @PostMapping("/chuong-trinh/{id}/lich-bao-cao/han-nop")
    public String deadline(@PathVariable long id, @RequestParam String period, @RequestParam String level, @RequestParam String deadline,
                           Model model, HttpServletResponse response) {
        try {
            LocalDate d = parseDay(deadline);
            schedules.setDeadline(id, period.strip(), "PROVINCE".equals(level) ? OrgUnit.Level.PROVINCE : OrgUnit.Level.COMMUNE, d);
            model.addAttribute("message", "Đã đặt hạn nộp.");
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", e.getMessage());
        } catch (AccessRefusedException e) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("error", e.getMessage());
        }
        return page(id, model);
    }

    private static int number(String s) {
        try {
            return Integer.parseInt(s == null ? "" : s.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Số ngày làm việc \"" + s + "\" không phải số nguyên.");
        }
    }

    private static LocalDate parseDay(String s) {
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(s.strip(), java.time.format.DateTimeFormatter.ofPattern("d/M/yyyy"));
            } catch (DateTimeParseException e2) {
                throw new IllegalArgumentException("Ngày \"" + s + "\" không đúng dạng ngày/tháng/năm (ví dụ 16/06/2026).");
            }
        }
    }

    private static String day(LocalDate d) {
        return d.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }
}
