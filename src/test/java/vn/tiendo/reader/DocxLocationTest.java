package vn.tiendo.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tiendo.programme.Indicator;
import vn.tiendo.programme.ReadWarning;
import vn.tiendo.reader.bench.ReaderBenchmark;
import vn.tiendo.reader.bench.SeedDocx;

/** In a .docx, warnings name the table, row and column; their line numbers point into the converted lines. */
class DocxLocationTest {

    static List<String> seedLines() {
        return new ArrayList<>(Arrays.asList(new String(Seeds.bytes(Seeds.S000), StandardCharsets.UTF_8).split("\n", -1)));
    }

    @Test
    void anUnreadableTargetCellIsNamedByTableRowAndColumn() {
        List<String> lines = seedLines();
        int row = lines.indexOf(lines.stream().filter(l -> l.startsWith("1\tTrường đạt chuẩn quốc gia\t")).findFirst().orElseThrow());
        lines.set(row, lines.get(row).replace("\t72,6\t", "\t72,6 hoặc 73\t"));

        ProgrammeReader.Reading r = new ProgrammeReader().readWithSource("05.docx", SeedDocx.build(lines, 0));

        ReadWarning w = r.document().warnings().stream().filter(x -> x.message().contains("72,6 hoặc 73")).findFirst().orElseThrow();
        assertThat(w.message()).startsWith("bảng 1, dòng 4, cột 6: Không đọc được số trong ô");
        assertThat(r.lines().get(w.line() - 1)).startsWith("1\tTrường đạt chuẩn quốc gia\t").contains("72,6 hoặc 73");
        Indicator schools = r.document().indicators().get(0);
        assertThat(schools.sourceLine()).isEqualTo(w.line());
        assertThat(schools.targets().get(0).text()).isEqualTo("72,6 hoặc 73");
    }

    @Test
    void warningsOfTheAppendixDocxPointAtTheirConvertedRows() {
        ProgrammeReader.Reading r = new ProgrammeReader().readWithSource("phu-luc.docx", ReaderBenchmark.appendixDocx());
        assertThat(r.document().indicators()).hasSize(12);
        // "23.500" beside five yearly "4.700" is a cumulative target now, not a warning (issue 13)
        Indicator training = r.document().indicators().stream().filter(i -> i.name().equals("Đào tạo nghề")).findFirst().orElseThrow();
        assertThat(training.measure()).isEqualTo(vn.tiendo.programme.Measure.CUMULATIVE);
        assertThat(r.lines().get(training.sourceLine() - 1)).startsWith("6\tĐào tạo nghề\t");
        for (Indicator i : r.document().indicators()) {
            assertThat(r.lines().get(i.sourceLine() - 1)).as(i.code()).contains(i.name().substring(0, 10));
        }
    }

    @Test
    void textDocumentsKeepPlainMessages() {
        ReadWarning w = new ProgrammeReader().read(Seeds.S003, Seeds.bytes(Seeds.S003)).warnings().get(0);
        assertThat(w.message()).startsWith("Nhóm nhiệm vụ \"IV\" lặp lại");
        assertThat(w.line()).isEqualTo(312);
    }
}
