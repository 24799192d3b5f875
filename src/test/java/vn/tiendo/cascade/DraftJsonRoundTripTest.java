package vn.tiendo.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;
import vn.tiendo.audit.CurrentActor;
import vn.tiendo.programme.Comparator;
import vn.tiendo.programme.DocumentInfo;
import vn.tiendo.programme.Indicator;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programme.Target;
import vn.tiendo.reader.ProgrammeJson;

/** Issue 12, item 3: a draft edited by round-tripping its programme JSON keeps its links; the alignment's XLSX. */
@TiendoTest
class DraftJsonRoundTripTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    CascadeService cascade;
    @Autowired
    DraftService drafts;
    @Autowired
    AlignmentService alignment;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anEditedJsonReplacesTheDraftKeepingTheLinksOfKeptItems() throws Exception {
        long parent = CascadeFixtures.laiChau(context);
        long draft = CurrentActor.runAs("test", () -> cascade.derive(parent, CascadeFixtures.TA_TONG));
        ProgrammeDocument doc = ProgrammeJson.read(ProgrammeJson.write(drafts.document(draft)));
        Indicator first = doc.indicators().get(0);
        Indicator withTarget = new Indicator(first.code(), first.section(), first.name(), first.unit(), first.valueType(),
                first.direction(), first.baseline(), List.of(new Target(2026, "80", Comparator.EQ, new BigDecimal("80"), null, null)),
                first.overallTarget(), first.measure(), first.trackedBy(), first.trackedByInferred(), first.footnotes(),
                first.children(), first.fromProse(), first.sourceText(), first.sourceLine());
        List<Indicator> indicators = new java.util.ArrayList<>(doc.indicators());
        indicators.set(0, withTarget);
        ProgrammeDocument edited = new ProgrammeDocument(doc.document(), indicators, doc.tasks().subList(1, doc.tasks().size()), List.of());
        long linksBefore = taskLinks(draft);

        CurrentActor.runAs("test", () -> {
            drafts.replace(draft, ProgrammeJson.read(ProgrammeJson.write(edited)));
            return null;
        });

        assertThat(drafts.document(draft).tasks()).hasSize(doc.tasks().size() - 1);
        assertThat(taskLinks(draft)).isEqualTo(linksBefore - 1);
        assertThat(drafts.document(draft).indicators().get(0).targets()).extracting(Target::text).containsExactly("80");
        assertThat(drafts.header(draft).orElseThrow().status()).isEqualTo("DRAFT");
        byte[] xlsx = AlignmentWorkbook.write(alignment.of(parent));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Kế hoạch cấp xã");
            assertThat(wb.getSheetAt(0).getPhysicalNumberOfRows()).isEqualTo(39);
        }
    }

    @Test
    void aJsonOfAnotherNumberIsRefused() {
        long parent = CascadeFixtures.laiChau(context);
        long draft = CurrentActor.runAs("test", () -> cascade.derive(parent, CascadeFixtures.TA_TONG));
        ProgrammeDocument doc = drafts.document(draft);
        DocumentInfo d = doc.document();
        ProgrammeDocument renamed = new ProgrammeDocument(new DocumentInfo("99-KH/ĐU", d.date(), d.issuer(), d.orgUnit(), d.kind(),
                d.implementsDocs(), d.bases(), d.title()), doc.indicators(), doc.tasks(), List.of());
        assertThatThrownBy(() -> CurrentActor.runAs("test", () -> {
            drafts.replace(draft, renamed);
            return null;
        })).isInstanceOf(CascadeRefusedException.class).hasMessage("Tệp JSON phải giữ số hiệu \"" + d.number()
                + "\" của dự thảo (đổi số khi ban hành).");
    }

    long taskLinks(long programme) {
        return jdbc.sql("SELECT count(*) FROM task_link l JOIN task t ON t.id = l.child_task_id WHERE t.programme_id = ?")
                .param(programme).query(Long.class).single();
    }
}
