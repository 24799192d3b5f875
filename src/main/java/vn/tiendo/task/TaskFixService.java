package vn.tiendo.task;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tiendo.audit.AuditContext;
import vn.tiendo.audit.AuditLog;
import vn.tiendo.programme.TimeframeKind;
import vn.tiendo.task.TaskAccountabilityStore.Person;
import vn.tiendo.task.TaskAccountabilityStore.TaskRef;

/**
 * What officers fix on the "6 rõ" page: deliverable or linked indicator (rõ sản phẩm), who approves or
 * receives the result (rõ thẩm quyền), confirmation of an inferred lead (rõ trách nhiệm), the triggering
 * document of a conditional task (rõ thời gian), and the person responsible in a body (rõ người).
 * Saved with optimistic locking (two tabs: the second save is refused naming who saved first) and audited.
 */
@Service
public class TaskFixService {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm:ss 'ngày' dd/MM/yyyy");

    private final TaskAccountabilityStore store;
    private final TaskOccurrenceService occurrences;
    private final AuditLog audit;
    private final AuditContext context;

    public TaskFixService(TaskAccountabilityStore store, TaskOccurrenceService occurrences, AuditLog audit,
                          AuditContext context) {
        this.store = store;
        this.occurrences = occurrences;
        this.audit = audit;
        this.context = context;
    }

    /**
     * A fix as typed in the form (text fields; blank clears).
     *
     * @param version the version of the fixes the officer saw (0 when none yet)
     */
    public record Fix(String deliverable, String approver, String indicatorCode, boolean leadConfirmed,
                      String triggerNumber, String triggerDate, int version) {
    }

    /** The task, refused with a Vietnamese message when it is not one of the programme's. */
    @Transactional(readOnly = true)
    public TaskRef task(long programmeId, long taskId) {
        return store.task(taskId).filter(t -> t.programmeId() == programmeId).orElseThrow(() ->
                new TaskLookupException("Không có nhiệm vụ mã " + taskId + " trong văn bản mã " + programmeId + "."));
    }

    /** Saves the officer's fixes of a task; a trigger recorded for a conditional task plans its due date. */
    @Transactional
    public Accountability save(long programmeId, long taskId, Fix fix) {
        TaskRef task = task(programmeId, taskId);
        Accountability before = store.find(taskId).orElse(Accountability.none(taskId));
        Accountability wanted = validated(task, fix);
        if (!store.save(wanted, fix.version(), context.actor())) {
            Accountability now = store.find(taskId).orElse(before);
            throw new TaskFixRefusedException("Nhiệm vụ " + task.code() + ": đã được " + now.updatedBy() + " lưu lúc "
                    + (now.updatedAt() == null ? "?" : WHEN.format(now.updatedAt().atZone(ZoneId.of("Asia/Ho_Chi_Minh"))))
                    + " (phiên bản " + now.version() + ") sau khi bạn mở trang; hãy tải lại trang để xem rồi sửa lại.", true);
        }
        Accountability after = store.find(taskId).orElseThrow();
        audit.record(fix.version() == 0 ? "CREATE" : "UPDATE", "task_accountability", taskId, task.programmeUnitId(),
                view(before), view(after), "Sửa \"6 rõ\" nhiệm vụ " + task.code());
        if (!java.util.Objects.equals(before.trigger(), after.trigger())) {
            occurrences.plan(programmeId);
        }
        return after;
    }

    /** The programme's indicators as (code, name), to link a task to. */
    @Transactional(readOnly = true)
    public List<String[]> indicators(long programmeId) {
        return store.indicators(programmeId);
    }

    /** Tasks a body (or unit) is responsible for: (task id, programme id, programme number, code, title). */
    @Transactional(readOnly = true)
    public List<Object[]> tasksOf(long unitId) {
        return store.tasksOf(unitId);
    }

    /** The people who may be named responsible in a body (or unit) for a task. */
    @Transactional(readOnly = true)
    public List<Person> people(long unitId) {
        return store.people(unitId);
    }

    /**
     * Names (or, userId null, clears) the person responsible for the task in a body: every open occurrence
     * of the task in that body gets them.
     *
     * @return number of occurrences changed
     */
    @Transactional
    public int assign(long taskId, long unitId, Long userId) {
        TaskRef task = store.task(taskId).orElseThrow(() -> new TaskLookupException("Không có nhiệm vụ mã " + taskId + "."));
        Person person = userId == null ? null : store.people(unitId).stream().filter(p -> p.userId() == userId).findFirst()
                .orElseThrow(() -> new TaskFixRefusedException("Người được chọn không thuộc cơ quan này; chọn người"
                        + " có vai trò trên cơ quan hoặc đơn vị của cơ quan.", false));
        if (!store.responsibleUnit(taskId, unitId)) {
            throw new TaskFixRefusedException("Nhiệm vụ " + task.code() + " không giao cho cơ quan này chủ trì.", false);
        }
        int changed = store.assign(taskId, unitId, userId);
        if (changed > 0) {
            audit.record("UPDATE", "task_occurrence", taskId + "/" + unitId, unitId, null,
                    Map.of("responsible", person == null ? "" : person.label()),
                    (person == null ? "Bỏ giao người phụ trách" : "Giao " + person.label() + " phụ trách")
                            + " nhiệm vụ " + task.code());
        }
        return changed;
    }

    private Accountability validated(TaskRef task, Fix fix) {
        String deliverable = text(fix.deliverable(), 1000, "Sản phẩm", task);
        String approver = text(fix.approver(), 500, "Cấp có thẩm quyền", task);
        Long indicator = null;
        String code = text(fix.indicatorCode(), 100, "Chỉ tiêu", task);
        if (code != null) {
            indicator = store.indicatorId(task.programmeId(), code).orElseThrow(() -> refused(task,
                    "chỉ tiêu \"" + code + "\" không có trong chương trình này"));
        }
        String number = text(fix.triggerNumber(), 100, "Số văn bản làm căn cứ", task);
        LocalDate date = date(fix.triggerDate(), task);
        if ((number == null) != (date == null)) {
            throw refused(task, "văn bản làm căn cứ cần cả số, ký hiệu và ngày ban hành");
        }
        if (number != null && store.timeframeKind(task.taskId()) != TimeframeKind.CONDITIONAL) {
            throw refused(task, "chỉ nhiệm vụ có thời gian phụ thuộc điều kiện mới ghi văn bản làm căn cứ");
        }
        if (date != null && task.programmeIssuedOn() != null && date.isBefore(task.programmeIssuedOn())) {
            DateTimeFormatter vn = DateTimeFormatter.ofPattern("dd/MM/yyyy");
            throw refused(task, "văn bản làm căn cứ ngày " + vn.format(date) + " có trước ngày ban hành chương trình ("
                    + vn.format(task.programmeIssuedOn()) + "), nên hạn tính từ đó sẽ rơi trước khi có chương trình");
        }
        return new Accountability(task.taskId(), deliverable, approver, indicator, code, fix.leadConfirmed(), number, date,
                fix.version(), null, null);
    }

    private static String text(String value, int max, String field, TaskRef task) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip();
        if (s.length() > max) {
            throw refused(task, field + " dài quá " + max + " ký tự");
        }
        return s;
    }

    private static LocalDate date(String value, TaskRef task) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value.strip(), DateTimeFormatter.ofPattern("d/M/yyyy"));
            } catch (DateTimeParseException e2) {
                throw refused(task, "ngày ban hành \"" + value.strip() + "\" không hợp lệ; ghi dạng 15/10/2026");
            }
        }
    }

    private static TaskFixRefusedException refused(TaskRef task, String reason) {
        return new TaskFixRefusedException("Nhiệm vụ " + task.code() + ": " + reason + ".", false);
    }

    private static Map<String, Object> view(Accountability a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("deliverable", a.deliverable());
        m.put("approver", a.approver());
        m.put("indicator", a.linkedIndicatorCode());
        m.put("leadConfirmed", a.leadConfirmed());
        m.put("triggerNumber", a.triggerNumber());
        m.put("triggerDate", a.triggerDate() == null ? null : a.triggerDate().toString());
        m.put("version", a.version());
        return m;
    }
}
