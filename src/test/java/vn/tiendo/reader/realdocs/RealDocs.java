package vn.tiendo.reader.realdocs;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the real programme documents are: {@code ../shared/real-docs/} of the project (the folder is shared by
 * every checkout and never copied into the project). A worktree nested one level deeper also finds it; the
 * system property {@code realdocs.dir} overrides the search.
 */
public final class RealDocs {

    private RealDocs() {
    }

    /** The folder, or an IllegalStateException saying where it was looked for. */
    public static Path dir() {
        String override = System.getProperty("realdocs.dir");
        if (override != null && !override.isBlank()) {
            return existing(Path.of(override), "realdocs.dir=" + override);
        }
        Path project = Path.of("").toAbsolutePath();
        for (Path p = project.getParent(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("real-docs");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("Thiếu thư mục tài liệu thật ../shared/real-docs/ (tìm từ " + project
                + " trở lên); đặt -Drealdocs.dir=… nếu nó ở chỗ khác");
    }

    private static Path existing(Path p, String what) {
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("Không có thư mục tài liệu thật " + p + " (" + what + ")");
        }
        return p;
    }
}
