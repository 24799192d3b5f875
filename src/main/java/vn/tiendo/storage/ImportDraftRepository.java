package vn.tiendo.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.reader.ProgrammeJson;

/**
 * Import drafts (bản nháp nhập văn bản): what the reader read from an upload, kept while the officer
 * reviews it. Every change checks the draft's version, so two people editing the same draft never
 * overwrite each other's work. Drafts older than {@link #MAX_AGE} are purged at start-up.
 */
@Repository
public class ImportDraftRepository implements SmartInitializingSingleton {

    /** Drafts older than this are deleted at start-up. */
    public static final Duration MAX_AGE = Duration.ofDays(7);

    private final JdbcClient jdbc;

    public ImportDraftRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One stored draft. */
    public record ImportDraft(UUID id, String fileName, List<String> sourceLines, ProgrammeDocument document,
                              String numberOverride, String unitOverride, String createdBy, OffsetDateTime createdAt,
                              int version) {
    }

    /** The draft was changed by someone else since it was shown (or no longer exists). */
    public static class StaleDraftException extends RuntimeException {
        public StaleDraftException(String message) {
            super(message);
        }
    }

    public UUID create(String fileName, List<String> sourceLines, ProgrammeDocument document, String createdBy) {
        return jdbc.sql("""
                INSERT INTO import_draft (file_name, source_lines, document, created_by)
                VALUES (?, ?, ?, ?) RETURNING id""")
                .param(fileName).param(String.join("\n", sourceLines)).param(ProgrammeJson.write(document)).param(createdBy)
                .query(UUID.class).single();
    }

    public Optional<ImportDraft> find(UUID id) {
        return jdbc.sql("""
                SELECT id, file_name, source_lines, document, number_override, unit_override, created_by, created_at, version
                  FROM import_draft WHERE id = ?""").param(id).query(ImportDraftRepository::map).optional();
    }

    /**
     * Replaces the draft's document when its version is still {@code expectedVersion}; returns the new version.
     *
     * @throws StaleDraftException when someone else changed the draft meanwhile
     */
    public int update(UUID id, int expectedVersion, ProgrammeDocument document, String numberOverride, String unitOverride) {
        int n = jdbc.sql("""
                UPDATE import_draft SET document = ?, number_override = ?, unit_override = ?, version = version + 1,
                       updated_at = now()
                 WHERE id = ? AND version = ?""")
                .param(ProgrammeJson.write(document)).param(numberOverride).param(unitOverride).param(id).param(expectedVersion)
                .update();
        if (n == 0) {
            throw new StaleDraftException(find(id).isPresent()
                    ? "Bản nháp đã được sửa ở nơi khác (trang bạn đang xem đã cũ). Thay đổi vừa rồi chưa được lưu;"
                      + " trang đã được tải lại với nội dung mới nhất, hãy sửa lại nếu vẫn cần."
                    : "Bản nháp không còn nữa (đã được xác nhận hoặc hủy).");
        }
        return expectedVersion + 1;
    }

    /** Deletes the draft if it still has {@code expectedVersion}; returns false otherwise. */
    public boolean delete(UUID id, int expectedVersion) {
        return jdbc.sql("DELETE FROM import_draft WHERE id = ? AND version = ?").param(id).param(expectedVersion).update() == 1;
    }

    /** Deletes drafts created before now minus {@code age}; returns how many. */
    public int purgeOlderThan(Duration age) {
        return jdbc.sql("DELETE FROM import_draft WHERE created_at < now() - make_interval(secs => ?)")
                .param((double) age.toSeconds()).update();
    }

    @Override
    public void afterSingletonsInstantiated() {
        purgeOlderThan(MAX_AGE);
    }

    private static ImportDraft map(ResultSet rs, int row) throws SQLException {
        return new ImportDraft(rs.getObject("id", UUID.class), rs.getString("file_name"),
                Arrays.asList(rs.getString("source_lines").split("\n", -1)), ProgrammeJson.read(rs.getString("document")),
                rs.getString("number_override"), rs.getString("unit_override"), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getInt("version"));
    }
}
