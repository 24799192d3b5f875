package vn.tiendo.report.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;
import vn.tiendo.audit.AuditLog;
import vn.tiendo.report.ReportFormat;
import vn.tiendo.report.ReportRenderer;
import vn.tiendo.report.ReportRequest;
import vn.tiendo.security.TestProgrammes;

/**
 * The batch runner over the real database, with renderers written here to control failures and timing (never the
 * application's renderer bean): 38 Lai Châu communes, cancel between items, resume after a restart, one job for two
 * requests, one failing unit.
 */
@TiendoTest
class ReportBatchRunnerTest {

    static final String LAI_CHAU = "12";
    static final String BINH_LU = "03390";

    @Autowired ApplicationContext context;
    @Autowired ReportBatchService service;
    @Autowired ReportBatchStore store;
    @Autowired AuditLog audit;
    @Autowired Clock clock;
    @Autowired JdbcClient jdbc;

    /** Writes the request as text: deterministic, and says which unit it was for. */
    static final class TextRenderer implements ReportRenderer {
        final List<String> units = new ArrayList<>();

        @Override
        public byte[] render(ReportRequest r) {
            units.add(r.unitCode());
            return (r.programmeId() + "|" + r.unitCode() + "|" + r.period() + "|" + r.format() + "|" + r.profile())
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    long programme() {
        return TestProgrammes.save(context, LAI_CHAU, "BC-" + UUID.randomUUID().toString().substring(0, 6) + "-CTr/TU", false);
    }

    BatchRunner runner(ReportRenderer renderer) {
        return new BatchRunner(store, renderer, audit, clock);
    }

    ReportBatch docx(long programme) {
        return service.create(new BatchRequest(programme, null, "2026", ReportFormat.DOCX, null));
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    byte[] zip(long batch) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        service.writeZip(batch, out);
        return out.toByteArray();
    }

    @Test
    void thirtyEightLaiChauCommunesGiveThirtyEightReportsInTheZip() throws IOException {
        int communes = jdbc.sql("SELECT count(*) FROM org_unit c JOIN org_unit p ON p.id = c.parent_id WHERE p.code = ? AND c.level = 'COMMUNE'")
                .param(LAI_CHAU).query(Integer.class).single();
        assertThat(communes).isEqualTo(38);
        long programme = programme();
        ReportBatch queued = docx(programme);
        assertThat(queued.state()).isEqualTo(BatchState.QUEUED);
        assertThat(queued.total()).isEqualTo(38);
        assertThat(queued.scopeUnitCode()).isEqualTo(LAI_CHAU);
        TextRenderer renderer = new TextRenderer();
        List<String> progress = new ArrayList<>();

        ReportBatch done = runner(renderer).run(queued.id(), (b, item) -> progress.add(b.done() + "/" + b.total() + " " + item.unitCode()));

        assertThat(done.state()).isEqualTo(BatchState.DONE);
        assertThat(done.done()).isEqualTo(38);
        assertThat(done.failed()).isZero();
        assertThat(done.finishedAt()).isNotNull();
        assertThat(renderer.units).hasSize(38).doesNotHaveDuplicates().contains(BINH_LU);
        assertThat(progress).hasSize(38).startsWith("1/38 " + renderer.units.get(0)).endsWith("38/38 " + renderer.units.get(37));
        Map<String, byte[]> entries = unzip(zip(done.id()));
        assertThat(entries).hasSize(39).containsKey(BatchZip.LIST).containsKey("03390-Xa-Binh-Lu.docx");
        assertThat(entries.keySet().stream().filter(n -> n.endsWith(".docx"))).hasSize(38)
                .allMatch(n -> n.matches("[0-9]{5}-[A-Za-z0-9-]+\\.docx"));
        assertThat(new String(entries.get("03390-Xa-Binh-Lu.docx"), StandardCharsets.UTF_8))
                .isEqualTo(programme + "|03390|2026|DOCX|null");
        assertThat(new String(entries.get(BatchZip.LIST), StandardCharsets.UTF_8))
                .contains("Số đơn vị: 38; tạo được: 38; lỗi: 0", "Xã Bình Lư", "03390-Xa-Binh-Lu.docx");
        assertThat(jdbc.sql("SELECT action FROM audit_event WHERE object_type = 'report_batch' AND object_id = ? ORDER BY id")
                .param(String.valueOf(done.id())).query(String.class).list()).containsExactly("REQUEST", "FINISH");
    }

    @Test
    void cancellingStopsTheBatchBetweenItems() {
        ReportBatch b = docx(programme());
        TextRenderer text = new TextRenderer();
        ReportRenderer cancelsOnThird = r -> {
            byte[] out = text.render(r);
            if (text.units.size() == 3) {
                assertThat(service.cancel(b.id()).state()).isEqualTo(BatchState.CANCELLED);
            }
            return out;
        };

        ReportBatch stopped = runner(cancelsOnThird).run(b.id(), BatchRunner.Progress.NONE);

        assertThat(stopped.state()).isEqualTo(BatchState.CANCELLED);
        assertThat(stopped.done()).isEqualTo(3);
        assertThat(text.units).hasSize(3);
        assertThat(store.pendingOrdinals(b.id())).hasSize(35).first().isEqualTo(4);
        TextRenderer again = new TextRenderer();
        assertThat(runner(again).run(b.id(), BatchRunner.Progress.NONE).state()).isEqualTo(BatchState.CANCELLED);
        assertThat(again.units).isEmpty();
        assertThat(service.cancel(b.id()).version()).isEqualTo(stopped.version());
        assertThatThrownBy(() -> zip(b.id())).isInstanceOf(IllegalStateException.class).hasMessageContaining("chưa xong");
        assertThat(jdbc.sql("SELECT action FROM audit_event WHERE object_type = 'report_batch' AND object_id = ? ORDER BY id")
                .param(String.valueOf(b.id())).query(String.class).list()).containsExactly("REQUEST", "CANCEL");
    }

    /** What a killed process leaves: the thread dies in the middle of a batch. */
    static final class ProcessKilled extends Error {
        ProcessKilled() {
            super("tiến trình bị dừng");
        }
    }

    @Test
    void aRestartResumesFromTheFirstUnfinishedItem() {
        ReportBatch b = docx(programme());
        TextRenderer first = new TextRenderer();
        ReportRenderer dies = r -> {
            if (first.units.size() == 5) {
                throw new ProcessKilled();
            }
            return first.render(r);
        };
        assertThatThrownBy(() -> runner(dies).run(b.id(), BatchRunner.Progress.NONE)).isInstanceOf(ProcessKilled.class);
        ReportBatch left = store.find(b.id()).orElseThrow();
        assertThat(left.state()).isEqualTo(BatchState.RUNNING);
        assertThat(left.done()).isEqualTo(5);
        assertThat(store.unfinished()).contains(b.id());

        TextRenderer second = new TextRenderer();
        ReportBatch done = runner(second).run(b.id(), BatchRunner.Progress.NONE);

        assertThat(done.state()).isEqualTo(BatchState.DONE);
        assertThat(done.done()).isEqualTo(38);
        assertThat(second.units).hasSize(33).doesNotContainAnyElementsOf(first.units);
        assertThat(second.units.get(0)).isEqualTo(store.item(b.id(), 6).unitCode());
        assertThat(store.unfinished()).doesNotContain(b.id());
    }

    @Test
    void twoRequestsForTheSameBatchGetOneJob() {
        long programme = programme();
        ReportBatch one = docx(programme);
        ReportBatch two = service.create(new BatchRequest(programme, " 12 ", "2026", ReportFormat.DOCX, ""));
        assertThat(two.id()).isEqualTo(one.id());
        ReportBatch pdf = service.create(new BatchRequest(programme, LAI_CHAU, "2026", ReportFormat.PDF, null));
        assertThat(pdf.id()).isNotEqualTo(one.id());
        TextRenderer renderer = new TextRenderer();
        runner(renderer).run(one.id(), BatchRunner.Progress.NONE);
        assertThat(service.status(two.id()).done()).isEqualTo(38);
        assertThat(runner(renderer).run(two.id(), BatchRunner.Progress.NONE).state()).isEqualTo(BatchState.DONE);
        assertThat(renderer.units).hasSize(38);
        ReportBatch fresh = docx(programme);
        assertThat(fresh.id()).as("a finished batch is not joined").isNotIn(one.id(), pdf.id());
        assertThat(service.cancel(fresh.id()).state()).isEqualTo(BatchState.CANCELLED);
        assertThat(service.cancel(pdf.id()).state()).isEqualTo(BatchState.CANCELLED);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE object_type = 'report_batch' AND action = 'REQUEST' AND object_id = ?")
                .param(String.valueOf(one.id())).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void failingUnitsAreListedAndTheOthersAreDone() throws IOException {
        ReportBatch b = docx(programme());
        TextRenderer text = new TextRenderer();
        ReportRenderer failsForBinhLu = r -> {
            if (BINH_LU.equals(r.unitCode())) {
                throw new IllegalArgumentException("Xã Bình Lư chưa có số liệu kỳ 2026");
            }
            if (r.unitCode().equals(store.item(b.id(), 38).unitCode())) {
                throw new NoClassDefFoundError("org/example/Missing");
            }
            return text.render(r);
        };

        ReportBatch done = runner(failsForBinhLu).run(b.id(), BatchRunner.Progress.NONE);

        assertThat(done.state()).isEqualTo(BatchState.DONE);
        assertThat(done.done()).isEqualTo(38);
        assertThat(done.failed()).isEqualTo(2);
        assertThat(service.items(b.id())).filteredOn(BatchItem::failed).extracting(BatchItem::error)
                .containsExactlyInAnyOrder("Xã Bình Lư chưa có số liệu kỳ 2026", "org/example/Missing");
        Map<String, byte[]> entries = unzip(zip(b.id()));
        assertThat(entries).hasSize(37).doesNotContainKey("03390-Xa-Binh-Lu.docx");
        assertThat(new String(entries.get(BatchZip.LIST), StandardCharsets.UTF_8))
                .contains("tạo được: 36; lỗi: 2", "LỖI: Xã Bình Lư chưa có số liệu kỳ 2026", "LỖI: org/example/Missing");
    }

    @Test
    void badRequestsAreRefusedInVietnamese() {
        long programme = programme();
        assertThatThrownBy(() -> service.create(new BatchRequest(programme, null, "2026Q5", ReportFormat.DOCX, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Mã kỳ không hợp lệ");
        assertThatThrownBy(() -> service.create(new BatchRequest(programme, "24", "2026", ReportFormat.DOCX, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("không thuộc phạm vi của văn bản");
        assertThatThrownBy(() -> service.create(new BatchRequest(programme, "12", "2026", ReportFormat.DOCX, "../x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Mẫu báo cáo không hợp lệ");
        assertThat(jdbc.sql("SELECT count(*) FROM report_batch WHERE programme_id = ?").param(programme).query(Integer.class).single())
                .isZero();
    }
}
