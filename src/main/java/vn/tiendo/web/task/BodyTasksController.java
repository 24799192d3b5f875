package vn.tiendo.web.task;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
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
import vn.tiendo.task.TaskFixRefusedException;
import vn.tiendo.task.TaskFixService;
import vn.tiendo.task.TaskLookupException;

/**
 * A body's tasks (/co-quan/{id}): the tasks it leads and who is responsible for each; a manager of the body
 * (PROGRAMME_OWNER or ADMIN on it or above) names the responsible person (rõ người).
 */
@Controller
public class BodyTasksController {

    private final TaskFixService fixes;
    private final OrgUnitRepository units;
    private final AccessPolicy policy;

    public BodyTasksController(TaskFixService fixes, OrgUnitRepository units, AccessPolicy policy) {
        this.fixes = fixes;
        this.units = units;
        this.policy = policy;
    }

    @GetMapping("/co-quan/{id}")
    public String page(@PathVariable long id, Model model) {
        OrgUnit body = unit(id);
        policy.require(Permission.VIEW, body.id());
        List<Object[]> tasks = fixes.tasksOf(body.id());
        model.addAttribute("body", body);
        model.addAttribute("tasks", tasks);
        model.addAttribute("people", fixes.people(body.id()));
        model.addAttribute("canManage", policy.can(Permission.MANAGE, body.id()));
        return "tasks/body";
    }

    /** Names (userId blank: clears) the person responsible for a task in the body; back to where the form was. */
    @PostMapping("/co-quan/{id}/nhiem-vu/{taskId}/nguoi-phu-trach")
    public String assign(@PathVariable long id, @PathVariable long taskId, @RequestParam(defaultValue = "") String userId,
                         @RequestParam(defaultValue = "") String back, Model model, HttpServletResponse response) {
        OrgUnit body = unit(id);
        policy.require(Permission.MANAGE, body.id());
        try {
            fixes.assign(taskId, body.id(), userId.isBlank() ? null : Long.valueOf(userId.strip()));
        } catch (TaskFixRefusedException | NumberFormatException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", e instanceof NumberFormatException ? "Người phụ trách: mã người dùng không hợp lệ."
                    : e.getMessage());
            return page(id, model);
        } catch (TaskLookupException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
        return back.matches("/chuong-trinh/\\d+/6-ro") ? "redirect:" + back + "#nv-" + taskId : "redirect:/co-quan/" + id;
    }

    private OrgUnit unit(long id) {
        return units.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Không có cơ quan, đơn vị mã " + id + "."));
    }
}
