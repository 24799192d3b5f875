package vn.tiendo.web.task;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.security.AccessPolicy;
import vn.tiendo.security.AccessPolicy.Permission;
import vn.tiendo.storage.OrgUnitRepository;
import vn.tiendo.task.TaskAccountabilityStore.Person;
import vn.tiendo.task.TaskFixRefusedException;
import vn.tiendo.task.TaskFixService;
import vn.tiendo.task.TaskFixService.Fix;
import vn.tiendo.task.TaskLookupException;
import vn.tiendo.task.TaskOccurrenceService;
import vn.tiendo.task.TaskOccurrenceStore.ProgrammeOwner;
import vn.tiendo.task.TaskReview;

/**
 * The "6 rõ" page of a programme (/chuong-trinh/{id}/6-ro): every task's six checks with the reason of
 * each failure; officers with MANAGE on the programme's unit fix them in place, and name the person
 * responsible in each lead body (the body's managers may do that too, from the body's page).
 */
@Controller
public class SixClearController {

    private final TaskOccurrenceService occurrences;
    private final TaskFixService fixes;
    private final OrgUnitRepository units;
    private final AccessPolicy policy;

    public SixClearController(TaskOccurrenceService occurrences, TaskFixService fixes, OrgUnitRepository units,
                              AccessPolicy policy) {
        this.occurrences = occurrences;
        this.fixes = fixes;
        this.units = units;
        this.policy = policy;
    }

    /** A responsible body (or the owning unit) of a task, with the people who may be named in it. */
    public record Responsible(long unitId, String name, String person, List<Person> people) {
    }

    @GetMapping("/chuong-trinh/{id}/6-ro")
    public String page(@PathVariable long id, Model model) {
        ProgrammeOwner owner = owner(id);
        policy.require(Permission.VIEW, owner.unitId());
        List<TaskReview> reviews = occurrences.review(id);
        Map<Long, List<Responsible>> responsible = new LinkedHashMap<>();
        Map<Long, List<Person>> people = new java.util.HashMap<>();
        for (TaskReview r : reviews) {
            List<Long> bodies = r.leadBodyIds().isEmpty() ? List.of(owner.unitId()) : r.leadBodyIds();
            responsible.put(r.taskId(), bodies.stream().map(b -> new Responsible(b, name(b), r.responsible().get(b),
                    people.computeIfAbsent(b, fixes::people))).toList());
        }
        model.addAttribute("owner", owner);
        model.addAttribute("reviews", reviews);
        model.addAttribute("responsible", responsible);
        model.addAttribute("indicators", fixes.indicators(id));
        model.addAttribute("canManage", policy.can(Permission.MANAGE, owner.unitId()));
        model.addAttribute("clear", reviews.stream().filter(r -> r.check().allOk()).count());
        return "tasks/six-clear";
    }

    @PostMapping("/chuong-trinh/{id}/6-ro/{taskId}")
    public String fix(@PathVariable long id, @PathVariable long taskId, @RequestParam(defaultValue = "") String deliverable,
                      @RequestParam(defaultValue = "") String approver, @RequestParam(defaultValue = "") String indicator,
                      @RequestParam(defaultValue = "false") boolean leadConfirmed,
                      @RequestParam(defaultValue = "") String triggerNumber, @RequestParam(defaultValue = "") String triggerDate,
                      @RequestParam(defaultValue = "0") int version, Model model, HttpServletResponse response) {
        ProgrammeOwner owner = owner(id);
        policy.require(Permission.MANAGE, owner.unitId());
        try {
            fixes.task(id, taskId);
            fixes.save(id, taskId, new Fix(deliverable, approver, indicator, leadConfirmed, triggerNumber, triggerDate, version));
        } catch (TaskFixRefusedException e) {
            response.setStatus(e.conflict() ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", e.getMessage());
            model.addAttribute("errorTask", taskId);
            return page(id, model);
        } catch (TaskLookupException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
        return "redirect:/chuong-trinh/" + id + "/6-ro#nv-" + taskId;
    }

    private ProgrammeOwner owner(long id) {
        try {
            return occurrences.owner(id);
        } catch (TaskLookupException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }

    private String name(long unitId) {
        return units.findById(unitId).map(OrgUnit::fullName).orElse("?");
    }
}
