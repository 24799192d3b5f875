package vn.tiendo.web.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;
import vn.tiendo.programme.DocumentInfo;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.storage.ImportDraftRepository;

/** Drafts are kept for a week; older ones are purged (at start-up). */
@TiendoTest
class ImportDraftPurgeTest {

    @Autowired
    ImportDraftRepository drafts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void draftsOlderThanSevenDaysArePurged() {
        ProgrammeDocument doc = new ProgrammeDocument(new DocumentInfo("P-CTr/TU", null, null, null, null, null, null),
                null, null, null);
        UUID old = drafts.create("cu.txt", List.of("dòng một", "dòng\thai"), doc, "anonymous");
        UUID recent = drafts.create("moi.txt", List.of("x"), doc, "anonymous");
        jdbc.sql("UPDATE import_draft SET created_at = now() - interval '8 days' WHERE id = ?").param(old).update();

        // no other test leaves a draft older than a week, so exactly this one goes
        assertThat(drafts.purgeOlderThan(ImportDraftRepository.MAX_AGE)).isEqualTo(1);

        assertThat(drafts.find(old)).isEmpty();
        assertThat(drafts.find(recent)).hasValueSatisfying(d -> {
            assertThat(d.sourceLines()).containsExactly("x");
            assertThat(d.document().document().number()).isEqualTo("P-CTr/TU");
        });
        drafts.delete(recent, 0);
    }
}
