package vn.tiendo.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tiendo.TiendoTest;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programme.Task;
import vn.tiendo.programme.Timeframe;
import vn.tiendo.programme.TimeframeKind;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.programmes.ProgrammeServiceTestAccess;

/** Replacing a programme whose tasks were already planned: dropped tasks go, changed time frames are planned anew. */
@TiendoTest
class ReplaceReplansOccurrencesTest {

    @Autowired ProgrammeService programmes;
    @Autowired TaskOccurrenceService occurrences;

    @Test
    void aReplacedProgrammeIsPlannedFromItsNewTimeFrames() {
        ProgrammeDocument doc = ProgrammeServiceTestAccess.laiChauSample("RPL-OCC/TU");
        long id = programmes.save(doc, null, false);
        List<TaskOccurrenceService.Listed> before = occurrences.list(id, null, LocalDate.of(2026, 10, 15));
        assertThat(before).extracting(l -> l.view().code()).contains("B.I.1", "B.I.2");

        Task yearly = doc.tasks().get(0);
        Task deadline = new Task(yearly.code(), yearly.group(), yearly.title(), yearly.lead(), yearly.leadInferred(),
                yearly.coordinating(), new Timeframe("Quý III năm 2026", TimeframeKind.DEADLINE, LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 9, 30), null), yearly.note(), yearly.sourceLine());
        ProgrammeDocument amended = new ProgrammeDocument(doc.document(), doc.indicators(), List.of(deadline), doc.warnings());
        assertThat(programmes.save(amended, "sửa.txt", true)).isEqualTo(id);

        List<TaskOccurrenceService.Listed> after = occurrences.list(id, null, LocalDate.of(2026, 10, 15));
        assertThat(after).extracting(l -> l.view().code()).containsExactly("B.I.1");
        assertThat(after.get(0).view().due()).isEqualTo("2026-09-30");
        assertThat(after.get(0).view().status()).isEqualTo(DueState.OVERDUE);
    }
}
