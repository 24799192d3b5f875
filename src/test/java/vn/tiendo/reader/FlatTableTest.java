package vn.tiendo.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programme.Task;

/** A task table flattened by PDF text extraction is rebuilt from the shape of its lines. */
class FlatTableTest {

    private static final String DOC = String.join("\n",
            "ỦY BAN NHÂN DÂN TỈNH AN GIANG",
            "Số: 12/KH-UBND",
            "An Giang, ngày 05 tháng 3 năm 2026",
            "KẾ HOẠCH",
            "Triển khai chuyển đổi số năm 2026",
            "STT",
            "Nội dung",
            "nhiệm vụ",
            "Đơn vị",
            "chủ trì",
            "Đơn vị",
            "phối hợp",
            "Sản phẩm",
            "Thời gian",
            "thực hiện",
            "A.",
            "Hoàn thiện thể chế, cơ chế chính sách về chuyển",
            "đổi số trên địa bàn tỉnh",
            "1.",
            "Xây dựng quy định quản lý dữ liệu dùng chung của",
            "các cơ quan nhà nước trên địa bàn tỉnh, bảo đảm",
            "kết nối với cơ sở dữ liệu quốc gia.",
            "Sở Khoa",
            "học và",
            "Công nghệ",
            "Sở Tư",
            "pháp, Văn",
            "phòng",
            "UBND tỉnh",
            "Quyết định",
            "của UBND",
            "tỉnh",
            "Quý II/2026",
            "2.",
            "Rà soát, đánh giá hiện trạng hạ tầng số của các",
            "xã, phường và đề xuất phương án đầu tư nâng cấp",
            "",
            "Trang 7",
            "",
            "theo lộ trình phù hợp với nguồn lực của tỉnh.",
            "UBND các",
            "xã,",
            "phường",
            "Sở Tài",
            "chính",
            "Báo cáo",
            "đánh giá",
            "Năm 2026",
            "");

    @Test
    void rowsColumnsAndPageFootersAreRebuilt() {
        ProgrammeDocument doc = new ProgrammeReader().read("kh12.txt", DOC.getBytes(StandardCharsets.UTF_8));
        List<Task> tasks = doc.tasks();
        assertThat(tasks).hasSize(2);
        Task first = tasks.get(0);
        assertThat(first.code()).isEqualTo("A.1");
        assertThat(first.group()).isEqualTo("Hoàn thiện thể chế, cơ chế chính sách về chuyển đổi số trên địa bàn tỉnh");
        assertThat(first.title()).isEqualTo("Xây dựng quy định quản lý dữ liệu dùng chung của các cơ quan nhà nước"
                + " trên địa bàn tỉnh, bảo đảm kết nối với cơ sở dữ liệu quốc gia.");
        assertThat(first.lead()).containsExactly("Sở Khoa học và Công nghệ");
        assertThat(first.coordinating()).containsExactly("Sở Tư pháp", "Văn phòng UBND tỉnh");
        assertThat(first.deliverable()).isEqualTo("Quyết định của UBND tỉnh");
        assertThat(first.timeframe().end()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(first.sourceLine()).isEqualTo(19);
        Task second = tasks.get(1);
        assertThat(second.title()).isEqualTo("Rà soát, đánh giá hiện trạng hạ tầng số của các xã, phường và đề xuất"
                + " phương án đầu tư nâng cấp theo lộ trình phù hợp với nguồn lực của tỉnh.");
        assertThat(second.lead()).containsExactly("UBND các xã, phường");
        assertThat(second.coordinating()).containsExactly("Sở Tài chính");
        assertThat(second.deliverable()).isEqualTo("Báo cáo đánh giá");
        assertThat(second.timeframe().end()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(doc.warnings()).isEmpty();
    }

    @Test
    void bareNumbersStartRowsOnlyInSequence() {
        String doc = String.join("\n", "Số: 7/KH-UBND", "Hà Nội, ngày 02 tháng 6 năm 2025", "KẾ HOẠCH", "Thực hiện chuyển đổi số",
                "TT", "Nhiệm vụ", "Chủ trì", "Sản phẩm", "Thời hạn",
                "1", "Thành lập các tổ công tác chuyển đổi số cộng đồng ở mọi thôn,", "tổ dân phố trên địa bàn các xã, phường.",
                "UBND các", "xã", "Quyết định", "thành lập", "5", "tổ công tác", "Tháng 12/2025",
                "2", "Tổ chức tập huấn kỹ năng số cho thành viên các tổ công tác", "chuyển đổi số cộng đồng.", "Sở Khoa học",
                "và Công nghệ", "Lớp tập huấn", "Hằng năm");
        ProgrammeDocument read = new ProgrammeReader().read("kh7.txt", doc.getBytes(StandardCharsets.UTF_8));
        assertThat(read.tasks()).extracting(Task::code).containsExactly("1", "2");
        assertThat(read.tasks().get(0).title()).isEqualTo("Thành lập các tổ công tác chuyển đổi số cộng đồng ở mọi thôn,"
                + " tổ dân phố trên địa bàn các xã, phường.");
        assertThat(read.tasks().get(0).lead()).containsExactly("UBND các xã");
        assertThat(read.tasks().get(0).deliverable()).isEqualTo("Quyết định thành lập 5 tổ công tác");
        assertThat(read.tasks().get(0).timeframe().end()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(read.tasks().get(1).lead()).containsExactly("Sở Khoa học và Công nghệ");
        assertThat(read.tasks().get(1).deliverable()).isEqualTo("Lớp tập huấn");
        assertThat(read.tasks().get(1).timeframe().recurrence()).isEqualTo("yearly");
    }

    @Test
    void headerWordsGiveTheColumnsInOrder() {
        assertThat(FlatTable.columns(List.of("TT", "Tên nhiệm vụ", "Cơ quan", "chủ trì", "Cơ", "quan", "phối hợp",
                "Kết quả/Đánh giá", "Thời", "hạn", "hoàn thành"))).containsExactly(FlatTable.Col.CODE, FlatTable.Col.TITLE,
                FlatTable.Col.LEAD, FlatTable.Col.COORD, FlatTable.Col.RESULT, FlatTable.Col.TIME);
    }

    @Test
    void aDocumentWithTabTablesIsLeftAsItIs() {
        List<String> lines = List.of("TT\tNhiệm vụ\tChủ trì", "1.\tLàm A\tSở X");
        assertThat(FlatTable.rebuild(lines)).isSameAs(lines);
    }
}
