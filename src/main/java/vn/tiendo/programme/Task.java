package vn.tiendo.programme;

import java.util.List;

/**
 * A task of a programme (nhiệm vụ).
 *
 * @param code         code within the programme, e.g. "B.I.1" or "12"
 * @param group        group heading it stands under (nhóm nhiệm vụ)
 * @param lead         lead bodies (cơ quan chủ trì)
 * @param leadInferred true when the lead cell was blank (merged) and continued from the row above
 * @param coordinating coordinating / advising bodies (cơ quan phối hợp, tham mưu)
 * @param timeframe    time frame (thời gian thực hiện)
 * @param note         note column (ghi chú)
 * @param sourceLine   1-based line in the source document
 */
public record Task(String code, String group, String title,
                   List<String> lead, boolean leadInferred, List<String> coordinating,
                   Timeframe timeframe, String note, Integer sourceLine) {

    public Task {
        lead = lead == null ? List.of() : List.copyOf(lead);
        coordinating = coordinating == null ? List.of() : List.copyOf(coordinating);
    }
}
