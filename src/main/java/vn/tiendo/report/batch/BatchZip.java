package vn.tiendo.report.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a finished batch as a ZIP, one file read from the database at a time: "03390-Xa-Binh-Lu.docx" per unit and
 * "danh-sach.txt" listing every unit with its file or the reason it failed.
 */
final class BatchZip {

    static final String LIST = "danh-sach.txt";

    private BatchZip() {
    }

    static void write(ReportBatch batch, List<BatchItem> items, IntFunction<byte[]> file, OutputStream out) {
        try {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            StringBuilder list = header(batch);
            Set<String> used = new HashSet<>();
            for (BatchItem item : items) {
                list.append(String.format("%-8s %-40s ", item.unitCode() == null ? "" : item.unitCode(), item.unitName()));
                if (item.failed()) {
                    list.append("LỖI: ").append(item.error()).append('\n');
                } else if (item.pending()) {
                    list.append("chưa tạo").append('\n');
                } else {
                    String name = unique(used, FileNames.report(item.unitCode(), item.unitName(), batch.format().extension()));
                    zip.putNextEntry(new ZipEntry(name));
                    zip.write(file.apply(item.ordinal()));
                    zip.closeEntry();
                    list.append(name).append('\n');
                }
            }
            zip.putNextEntry(new ZipEntry(LIST));
            zip.write(list.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static StringBuilder header(ReportBatch b) {
        StringBuilder s = new StringBuilder();
        s.append("Báo cáo hàng loạt: ").append(b.programmeNumber()).append(", ").append(b.scopeUnitName()).append(", kỳ ")
                .append(b.period()).append(", định dạng ").append(b.format().extension().toUpperCase(java.util.Locale.ROOT)).append('\n');
        s.append("Số đơn vị: ").append(b.total()).append("; tạo được: ").append(b.done() - b.failed()).append("; lỗi: ")
                .append(b.failed()).append("\n\n");
        return s;
    }

    private static String unique(Set<String> used, String name) {
        String candidate = name;
        int dot = name.lastIndexOf('.');
        for (int n = 2; !used.add(candidate); n++) {
            candidate = name.substring(0, dot) + "-" + n + name.substring(dot);
        }
        return candidate;
    }
}
