package vn.tiendo.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.tiendo.monitoring.AggregateVerifier;
import vn.tiendo.monitoring.AggregateVerifier.Difference;

/**
 * {@code tiendo verify}: recomputes every aggregate from the reported values and compares it with the stored
 * one; exit 0 when all are equal, 1 otherwise. On a folder being served it joins the running database, read only.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Kiểm tra số liệu tổng hợp: tính lại mọi số liệu tổng hợp từ số liệu báo cáo và so với số đã lưu (chỉ đọc).")
class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions db;

    @Override
    public Integer call() {
        BackupCommand.quietLogging();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        try (BackupCommand.Source source = BackupCommand.Source.open(db)) {
            AggregateVerifier.Report report = AggregateVerifier.verify(source.connection());
            double seconds = (System.nanoTime() - start) / 1e9;
            if (report.allEqual()) {
                out.printf("Đã kiểm tra %d số liệu tổng hợp trong %.1f giây: tất cả khớp với số liệu báo cáo.%n", report.compared(), seconds);
                return 0;
            }
            out.printf("%-14s %-10s %-28s %-8s %18s %18s%n", "Chương trình", "Chỉ tiêu", "Đơn vị", "Kỳ", "Đã lưu", "Tính lại");
            for (Difference d : report.differences()) {
                out.printf("%-14s %-10s %-28s %-8s %18s %18s%n", d.programme(), d.indicator(), d.unitCode() + " " + d.unitName(),
                        d.period(), shown(d.stored(), d.storedRow()), shown(d.recomputed(), d.recomputedRow()));
            }
            out.printf("Có %d số liệu tổng hợp khác với số tính lại từ số liệu báo cáo (đã kiểm tra %d, %.1f giây)."
                    + " Xem docs/operations.md, mục Kiểm tra.%n", report.differences().size(), report.compared(), seconds);
            return 1;
        } catch (SQLException e) {
            err.println("Lỗi: không đọc được cơ sở dữ liệu: " + e.getMessage());
        } catch (RuntimeException e) {
            err.println("Lỗi: " + StartupFailure.explain(e));
        }
        return 1;
    }

    private static String shown(BigDecimal value, boolean row) {
        if (!row) {
            return "(không có)";
        }
        return value == null ? "(trống)" : value.stripTrailingZeros().toPlainString();
    }
}
