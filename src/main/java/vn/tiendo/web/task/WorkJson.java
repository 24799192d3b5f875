package vn.tiendo.web.task;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tiendo.entry.OccurrenceReportStore.EvidenceInfo;
import vn.tiendo.task.TaskDashboard;
import vn.tiendo.task.WorkItem;

/** The JSON shapes of the task API. */
final class WorkJson {

    private WorkJson() {
    }

    static Map<String, Object> item(WorkItem w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", w.occurrenceId());
        m.put("programmeId", w.programmeId());
        m.put("programme", w.programmeNumber());
        m.put("code", w.taskCode());
        m.put("title", w.taskTitle());
        m.put("leadBody", w.leadBody());
        m.put("unit", w.unitCode());
        m.put("unitName", w.unitName());
        m.put("period", w.occurrence().period());
        m.put("due", w.occurrence().due() == null ? null : w.occurrence().due().toString());
        m.put("state", w.state().word());
        m.put("status", w.status().label());
        m.put("percent", w.report() == null ? null : w.report().percent());
        m.put("version", w.reportVersion());
        return m;
    }

    static Map<String, Object> evidence(EvidenceInfo e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("fileName", e.fileName());
        m.put("mediaType", e.mediaType());
        m.put("bytes", e.sizeBytes());
        m.put("sha256", e.sha256());
        m.put("reportVersion", e.reportVersion());
        m.put("uploadedBy", e.uploadedBy());
        m.put("uploadedAt", e.uploadedAt().toString());
        return m;
    }

    static Map<String, Object> dashboard(String unitName, TaskDashboard d) {
        Map<String, Object> counts = new LinkedHashMap<>();
        d.counts().forEach((status, n) -> counts.put(status.label(), n));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unit", unitName);
        m.put("asOf", d.asOf().toString());
        m.put("total", d.total());
        m.put("overdue", d.overdue());
        m.put("counts", counts);
        m.put("overdueByLead", d.overdueByLead());
        m.put("timeline", d.timeline());
        m.put("communes", d.communes());
        m.put("dueSoon", items(d.dueSoon()));
        return m;
    }

    static List<Map<String, Object>> items(List<WorkItem> items) {
        return items.stream().map(WorkJson::item).toList();
    }
}
