package vn.tiendo.web.publicview;

import java.util.Collection;
import java.util.Map;
import vn.tiendo.monitoring.status.Status;
import vn.tiendo.task.TaskStatus;

/** The plain-language sentences of the public page (tóm tắt), computed from the figures shown. */
final class PublicSummary {

    private PublicSummary() {
    }

    /** "8 trong 12 chỉ tiêu đạt tiến độ năm 2026" (Đạt or Đúng tiến độ), with how many have no figure yet. */
    static String indicators(Collection<Status> statuses, int year) {
        if (statuses.isEmpty()) {
            return "Chương trình không có chỉ tiêu định lượng để theo dõi.";
        }
        long onTrack = statuses.stream().filter(s -> s == Status.MET || s == Status.ON_TRACK).count();
        long noData = statuses.stream().filter(s -> s == Status.NO_DATA).count();
        String sentence = onTrack + " trong " + statuses.size() + " chỉ tiêu đạt tiến độ năm " + year;
        return noData == 0 ? sentence + "." : sentence + "; " + noData + " chỉ tiêu chưa có số liệu.";
    }

    /** Share of the tasks due so far that were done on time, or null when the programme has no task occurrence. */
    static String tasks(Map<TaskStatus, Integer> counts) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return null;
        }
        int onTime = counts.getOrDefault(TaskStatus.HOAN_THANH_DUNG_HAN, 0);
        int due = onTime + counts.getOrDefault(TaskStatus.HOAN_THANH_QUA_HAN, 0) + counts.getOrDefault(TaskStatus.DANG_THUC_HIEN_QUA_HAN, 0);
        if (due == 0) {
            return "Chưa có nhiệm vụ nào đến hạn (" + total + " lượt nhiệm vụ đang được theo dõi).";
        }
        return onTime + " trong " + due + " lượt nhiệm vụ đã đến hạn được hoàn thành đúng hạn (" + Math.round(100.0 * onTime / due) + " %).";
    }
}
