package vn.tiendo.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tiendo.programme.Comparator;
import vn.tiendo.programme.Indicator;
import vn.tiendo.programme.ReadWarning;

class ProseTargetReaderTest {

    private static List<Indicator> read(String seed) {
        List<String> lines = Arrays.asList(Seeds.text("/reader/seeds/" + seed).split("\\R", -1));
        return ProseTargetReader.read(lines, new ArrayList<ReadWarning>());
    }

    @Test
    void goalSentencesOf000() {
        List<Indicator> list = read(Seeds.S000);
        Indicator upper = list.stream().filter(i -> i.name().startsWith("Tỉ lệ người trong độ tuổi hoàn thành")).findFirst()
                .orElseThrow();
        assertThat(upper.targets()).singleElement().satisfies(t -> {
            assertThat(t.comparator()).isEqualTo(Comparator.GE);
            assertThat(t.value()).isEqualTo(new BigDecimal("62"));
            assertThat(t.year()).isEqualTo(2030);
            assertThat(t.text()).isEqualTo("từ 62% trở lên");
        });
        assertThat(upper.fromProse()).isTrue();
        assertThat(upper.sourceText()).contains("đạt từ 62% trở lên");
        assertThat(upper.sourceLine()).isEqualTo(33);
        // "2.2. Đến năm 2035" gives the year of the 85 % target
        Indicator y2035 = list.stream().filter(i -> i.targets().get(0).value().compareTo(new BigDecimal("85")) == 0)
                .findFirst().orElseThrow();
        assertThat(y2035.targets().get(0).year()).isEqualTo(2035);
        assertThat(y2035.section()).isEqualTo("Đến năm 2035");
        assertThat(list).anySatisfy(i -> {
            assertThat(i.unit()).isEqualTo("người");
            assertThat(i.targets().get(0).value()).isEqualTo(new BigDecimal("4700"));
        });
    }

    @Test
    void proseNamesKeepTheMainClause() {
        List<String> names = read(Seeds.S002).stream().map(Indicator::name).toList();
        assertThat(names).contains(
                "Triển khai dạy học tiếng Trung Quốc tại 11 trường phổ thông nội trú liên cấp tại các xã biên giới",
                "Đầu tư, nâng cấp 3 trường phổ thông tại các xã đặc biệt khó khăn");
        assertThat(names).allSatisfy(n -> assertThat(n).doesNotContain("trong đó", "theo lộ trình", "(Tà Tổng"));
    }

    @Test
    void nothingOutsideTheGoalSection() {
        // 003 sends its targets to Phụ lục 01; the 100 % of online public services (task section) is not a goal
        assertThat(read(Seeds.S003)).isEmpty();
    }

    @Test
    void brokenLinesAreJoined() {
        List<String> lines = List.of("2. Mục tiêu", "(1) Đến năm 2030, tỷ lệ trẻ em đến trường ", "", "đạt 99,5%;",
                "3. Nhiệm vụ và giải pháp", "Tỷ lệ giáo viên đạt chuẩn 100%.");
        List<Indicator> list = ProseTargetReader.read(lines, new ArrayList<>());
        assertThat(list).singleElement().satisfies(i -> {
            assertThat(i.name()).isEqualTo("Tỷ lệ trẻ em đến trường");
            assertThat(i.targets().get(0).value()).isEqualTo(new BigDecimal("99.5"));
            assertThat(i.targets().get(0).year()).isEqualTo(2030);
            assertThat(i.sourceLine()).isEqualTo(2);
        });
    }
}
