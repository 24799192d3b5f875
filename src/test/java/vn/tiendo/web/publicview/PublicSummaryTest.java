package vn.tiendo.web.publicview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tiendo.monitoring.status.Status;
import vn.tiendo.task.TaskStatus;

class PublicSummaryTest {

    @Test
    void countsMetAndOnTrackAgainstAllIndicators() {
        List<Status> statuses = new ArrayList<>();
        statuses.addAll(Collections.nCopies(5, Status.MET));
        statuses.addAll(Collections.nCopies(3, Status.ON_TRACK));
        statuses.addAll(Collections.nCopies(2, Status.AT_RISK));
        statuses.add(Status.OFF_TRACK);
        statuses.add(Status.OFF_TRACK);
        assertThat(PublicSummary.indicators(statuses, 2026)).isEqualTo("8 trong 12 chỉ tiêu đạt tiến độ năm 2026.");
        statuses.set(11, Status.NO_DATA);
        assertThat(PublicSummary.indicators(statuses, 2027)).isEqualTo("8 trong 12 chỉ tiêu đạt tiến độ năm 2027; 1 chỉ tiêu chưa có số liệu.");
        assertThat(PublicSummary.indicators(List.of(), 2026)).isEqualTo("Chương trình không có chỉ tiêu định lượng để theo dõi.");
    }

    @Test
    void taskShareIsDoneOnTimeOfThoseDue() {
        Map<TaskStatus, Integer> counts = new EnumMap<>(TaskStatus.class);
        assertThat(PublicSummary.tasks(counts)).isNull();
        counts.put(TaskStatus.CHUA_THUC_HIEN, 4);
        assertThat(PublicSummary.tasks(counts)).isEqualTo("Chưa có nhiệm vụ nào đến hạn (4 lượt nhiệm vụ đang được theo dõi).");
        counts.put(TaskStatus.HOAN_THANH_DUNG_HAN, 5);
        counts.put(TaskStatus.HOAN_THANH_QUA_HAN, 1);
        counts.put(TaskStatus.DANG_THUC_HIEN_QUA_HAN, 2);
        assertThat(PublicSummary.tasks(counts)).isEqualTo("5 trong 8 lượt nhiệm vụ đã đến hạn được hoàn thành đúng hạn (63 %).");
    }
}
