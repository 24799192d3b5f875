package vn.tiendo.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Converts an office file with LibreOffice in headless mode, as a bounded subprocess: its own temporary user profile
 * (so conversions never share or lock one), a timeout, the folder removed afterwards. Keeps the Word layout.
 */
public final class PdfConverter {

    private final String soffice;
    private final Duration timeout;

    public PdfConverter(String soffice, Duration timeout) {
        this.soffice = soffice;
        this.timeout = timeout;
    }

    /** .docx → .pdf */
    public byte[] toPdf(byte[] docx) {
        return convert(docx, "docx", "pdf");
    }

    /**
     * Converts {@code input} (a file of type {@code inputExtension}) to {@code target}, a LibreOffice filter such as "pdf",
     * "txt:Text (encoded):UTF8" or "csv"; returns the converted bytes.
     */
    public byte[] convert(byte[] input, String inputExtension, String target) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("tiendo-report-");
            Path in = dir.resolve("bao-cao." + inputExtension);
            Files.write(in, input);
            Path out = dir.resolve("out");
            run(List.of(soffice, "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless", "--norestore",
                    "--convert-to", target, "--outdir", out.toString(), in.toString()), dir);
            String ext = target.contains(":") ? target.substring(0, target.indexOf(':')) : target;
            Path result = out.resolve("bao-cao." + ext);
            if (!Files.exists(result)) {
                throw new ReportTemplateException("LibreOffice (" + soffice + ") không tạo được tệp " + ext
                        + " từ báo cáo ." + inputExtension + ".", null);
            }
            return Files.readAllBytes(result);
        } catch (IOException e) {
            throw new ReportTemplateException("Không chuyển được báo cáo sang " + target + ": " + e.getMessage(), e);
        } finally {
            delete(dir);
        }
    }

    private void run(List<String> command, Path dir) throws IOException {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        } catch (IOException e) {
            throw new ReportTemplateException("Không tìm thấy LibreOffice (chương trình \"" + soffice + "\") để xuất PDF. Cài gói"
                    + " libreoffice-writer-nogui (scripts/test cài sẵn) hoặc đặt tiendo.report.soffice.", e);
        }
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new ReportTemplateException("LibreOffice chạy quá " + timeout.toSeconds() + " giây khi chuyển báo cáo; đã dừng.", null);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new ReportTemplateException("Việc chuyển báo cáo bị hủy.", e);
        }
        if (p.exitValue() != 0) {
            String log = Files.readString(dir.resolve("soffice.log"), StandardCharsets.UTF_8);
            throw new ReportTemplateException("LibreOffice báo lỗi (mã " + p.exitValue() + "): " + log.strip(), null);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
