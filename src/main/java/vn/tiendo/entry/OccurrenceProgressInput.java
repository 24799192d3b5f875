package vn.tiendo.entry;

import java.util.List;

/**
 * An officer's progress report on one task occurrence as entered (báo cáo tiến độ theo lần thực hiện).
 *
 * @param status      what the officer says: NOT_STARTED/"Chưa thực hiện", IN_PROGRESS/"Đang thực hiện",
 *                    DONE/"Hoàn thành"; the official status words (quá hạn, đúng hạn…) are computed, never typed
 * @param percent     percent done as typed; blank means 0 when not started and 100 when done
 * @param completedOn day the work was completed (dd/MM/yyyy or yyyy-MM-dd) when done; blank means today
 * @param note        narrative (diễn giải kết quả)
 * @param expected    the report version the officer saw
 * @param evidence    evidence files to add
 */
public record OccurrenceProgressInput(long occurrenceId, String status, String percent, String completedOn, String note,
                                      ExpectedVersion expected, List<EvidenceUpload> evidence) {

    public OccurrenceProgressInput {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        expected = expected == null ? ExpectedVersion.none() : expected;
    }
}
