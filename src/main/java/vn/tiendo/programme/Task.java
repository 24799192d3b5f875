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
 * @param deliverable  expected product (sản phẩm, kết quả), null when the document names none
 * @param note         note column (ghi chú)
 * @param fromProse    true when read from paragraphs rather than from a table (to be reviewed)
 * @param sourceLine   1-based line in the source document
 */
public record Task(String code, String group, String title,
                   List<String> lead, boolean leadInferred, List<String> coordinating,
                   Timeframe timeframe, String deliverable, String note, boolean fromProse, Integer sourceLine) {

    public Task {
        lead = lead == null ? List.of() : List.copyOf(lead);
        coordinating = coordinating == null ? List.of() : List.copyOf(coordinating);
    }

    /** A task read from a table without a deliverable column. */
    public Task(String code, String group, String title, List<String> lead, boolean leadInferred,
                List<String> coordinating, Timeframe timeframe, String note, Integer sourceLine) {
        this(code, group, title, lead, leadInferred, coordinating, timeframe, null, note, false, sourceLine);
    }
}
