package vn.tiendo.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An applied migration is never edited again. Every file in {@code src/main/resources/db/migration} is
 * recorded with its SHA-256 in {@code src/test/resources/db/migration-checksums.txt}; this test fails
 * when a recorded migration is changed, renamed or removed, when a migration is not recorded, and when a
 * file is not named {@code V<number>__<snake_case_description>.sql}.
 *
 * <p>Adding a migration: create {@code src/main/resources/db/migration/V<n>__what_it_changes.sql} (a
 * number above the highest one used), then add one line {@code V<n>__what_it_changes.sql <sha256>} to
 * {@code src/test/resources/db/migration-checksums.txt}. The failure message of
 * {@link #everyMigrationIsRecorded()} prints that line; {@code sha256sum V<n>__what_it_changes.sql}
 * prints the same checksum. Lines starting with {@code #} are comments.
 *
 * <p>Changing the schema of an applied migration: do not edit it (databases that already ran it would
 * not run it again, and Flyway refuses a changed checksum); add a new migration that makes the change.
 * Line endings are normalised to {@code \n} before hashing, so a checkout with CRLF gives the same sum.
 */
class MigrationChecksumTest {

    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    static final Path CHECKSUMS = Path.of("src/test/resources/db/migration-checksums.txt");
    static final Pattern NAME = Pattern.compile("V([1-9][0-9]*)__[a-z0-9]+(_[a-z0-9]+)*\\.sql");

    @Test
    void appliedMigrationsAreNeverEdited() {
        assertThat(editedOrRemoved(MIGRATIONS, CHECKSUMS)).as("migrations đã áp dụng").isEmpty();
    }

    @Test
    void everyMigrationIsRecorded() {
        assertThat(unrecorded(MIGRATIONS, CHECKSUMS)).as("migrations chưa ghi tổng kiểm").isEmpty();
    }

    @Test
    void migrationsAreNamedVersionAndSnakeCaseDescription() {
        assertThat(badlyNamed(MIGRATIONS)).as("tên migration").isEmpty();
    }

    /** The guard itself: an edit, a removal, an unrecorded file and a bad name are each reported. */
    @Test
    void theGuardReportsEditsRemovalsNewFilesAndBadNames(@TempDir Path dir) throws IOException {
        Path migrations = Files.createDirectory(dir.resolve("migration"));
        Files.writeString(migrations.resolve("V1__first_table.sql"), "CREATE TABLE a (id INT);\n");
        Files.writeString(migrations.resolve("V2__second_table.sql"), "CREATE TABLE b (id INT);\n");
        Path checksums = dir.resolve("checksums.txt");
        Files.writeString(checksums, "# comment\n" + line(migrations.resolve("V1__first_table.sql")) + "\n"
                + line(migrations.resolve("V2__second_table.sql")) + "\n");
        assertThat(editedOrRemoved(migrations, checksums)).isEmpty();
        assertThat(unrecorded(migrations, checksums)).isEmpty();

        String before = sha256(migrations.resolve("V1__first_table.sql"));
        Files.writeString(migrations.resolve("V1__first_table.sql"), "CREATE TABLE a (id BIGINT);\n");
        Files.delete(migrations.resolve("V2__second_table.sql"));
        Files.writeString(migrations.resolve("V3__Add-Column.sql"), "ALTER TABLE a ADD b INT;\n");
        Files.writeString(migrations.resolve("V4__third_table.sql"), "CREATE TABLE c (id INT);\r\n");

        assertThat(editedOrRemoved(migrations, checksums)).containsExactly(
                "V1__first_table.sql đã được áp dụng, không được sửa; hãy thêm một migration mới cho thay đổi này "
                        + "(tổng kiểm ghi lại " + before + ", nay là " + sha256(migrations.resolve("V1__first_table.sql")) + ").",
                "V2__second_table.sql đã được áp dụng, không được xóa hay đổi tên; hãy khôi phục tệp và thêm một migration mới.");
        assertThat(unrecorded(migrations, checksums)).hasSize(2).last().asString().isEqualTo(
                "V4__third_table.sql chưa được ghi tổng kiểm; hãy thêm dòng \"" + line(migrations.resolve("V4__third_table.sql"))
                        + "\" vào " + checksums + ".");
        assertThat(badlyNamed(migrations)).containsExactly("V3__Add-Column.sql: tên migration phải có dạng "
                + "V<số>__<mô_tả_chữ_thường_nối_bằng_gạch_dưới>.sql, ví dụ V40__task_report_note.sql.");
        // CRLF and LF give the same checksum
        Files.writeString(migrations.resolve("V5__lf.sql"), "CREATE TABLE c (id INT);\n");
        assertThat(sha256(migrations.resolve("V5__lf.sql"))).isEqualTo(sha256(migrations.resolve("V4__third_table.sql")));
    }

    static List<String> editedOrRemoved(Path migrations, Path checksums) {
        List<String> problems = new ArrayList<>();
        recorded(checksums).forEach((name, sum) -> {
            Path file = migrations.resolve(name);
            if (!Files.isRegularFile(file)) {
                problems.add(name + " đã được áp dụng, không được xóa hay đổi tên; hãy khôi phục tệp và thêm một migration mới.");
            } else if (!sha256(file).equals(sum)) {
                problems.add(name + " đã được áp dụng, không được sửa; hãy thêm một migration mới cho thay đổi này "
                        + "(tổng kiểm ghi lại " + sum + ", nay là " + sha256(file) + ").");
            }
        });
        return problems;
    }

    static List<String> unrecorded(Path migrations, Path checksums) {
        Map<String, String> known = recorded(checksums);
        return files(migrations).stream().filter(f -> !known.containsKey(f.getFileName().toString()))
                .map(f -> f.getFileName() + " chưa được ghi tổng kiểm; hãy thêm dòng \"" + line(f) + "\" vào " + checksums + ".")
                .toList();
    }

    static List<String> badlyNamed(Path migrations) {
        List<String> problems = new ArrayList<>();
        Map<Long, String> versions = new HashMap<>();
        for (Path f : files(migrations)) {
            String name = f.getFileName().toString();
            Matcher m = NAME.matcher(name);
            if (!m.matches()) {
                problems.add(name + ": tên migration phải có dạng V<số>__<mô_tả_chữ_thường_nối_bằng_gạch_dưới>.sql, "
                        + "ví dụ V40__task_report_note.sql.");
                continue;
            }
            String other = versions.put(Long.parseLong(m.group(1)), name);
            if (other != null) {
                problems.add(name + ": số phiên bản V" + m.group(1) + " đã dùng cho " + other + ".");
            }
        }
        return problems;
    }

    /** File name → recorded SHA-256, in the order of the file; a malformed line fails at once, naming it. */
    static Map<String, String> recorded(Path checksums) {
        Map<String, String> sums = new LinkedHashMap<>();
        List<String> lines = read(checksums);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            if (parts.length != 2 || !parts[1].matches("[0-9a-f]{64}")) {
                throw new AssertionError(checksums + ", dòng " + (i + 1) + ": cần \"<tên tệp> <sha256>\", gặp \"" + line + "\".");
            }
            if (sums.put(parts[0], parts[1]) != null) {
                throw new AssertionError(checksums + ", dòng " + (i + 1) + ": " + parts[0] + " được ghi hai lần.");
            }
        }
        return sums;
    }

    /** The files of the migration folder, by version number. */
    static List<Path> files(Path migrations) {
        try (Stream<Path> s = Files.list(migrations)) {
            Map<String, Path> byName = new TreeMap<>(MigrationChecksumTest::byVersion);
            s.filter(Files::isRegularFile).forEach(f -> byName.put(f.getFileName().toString(), f));
            return List.copyOf(byName.values());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int byVersion(String a, String b) {
        Matcher ma = NAME.matcher(a);
        Matcher mb = NAME.matcher(b);
        if (ma.matches() && mb.matches()) {
            int c = Long.compare(Long.parseLong(ma.group(1)), Long.parseLong(mb.group(1)));
            if (c != 0) {
                return c;
            }
        }
        return a.compareTo(b);
    }

    /** The line to add for a migration file. */
    static String line(Path file) {
        return file.getFileName() + " " + sha256(file);
    }

    /** SHA-256 of the file with CRLF line endings read as LF; for an LF file the same as {@code sha256sum}. */
    static String sha256(Path file) {
        try {
            byte[] bytes = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": không đọc được danh sách tổng kiểm migration", e);
        }
    }
}
