package vn.tiendo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.tiendo.audit.CurrentActor;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programme.ReadWarning;
import vn.tiendo.reader.ProgrammeJson;
import vn.tiendo.reader.ReadException;
import vn.tiendo.programmes.ProgrammeConflictException;
import vn.tiendo.programmes.ProgrammeImporter;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.programmes.ReplacementPlan;

/** {@code tiendo import FILE [--json] [--replace [--drop-reported]]}: reads a programme document; prints JSON or saves it. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Đọc văn bản chương trình (.txt, .md, .docx, .pdf có lớp chữ). Với --json: in chương trình dạng JSON, không lưu; "
                + "không có --json: lưu vào cơ sở dữ liệu và in tóm tắt.")
class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions db;

    @Parameters(paramLabel = "TỆP", description = "Tệp văn bản cần đọc.")
    Path file;

    @Option(names = "--json", description = "In chương trình dạng JSON ra màn hình, không lưu gì.")
    boolean json;

    @Option(names = "--replace", description = "Thay thế văn bản cùng số hiệu của cùng đơn vị nếu đã có. Chỉ tiêu và nhiệm vụ"
            + " khớp theo mã hoặc tên giữ nguyên số liệu đã báo cáo; nếu có số liệu sẽ bị bỏ thì dừng lại và liệt kê.")
    boolean replace;

    @Option(names = "--drop-reported", description = "Cùng với --replace: đồng ý bỏ số liệu đã báo cáo của các chỉ tiêu,"
            + " nhiệm vụ không còn trong văn bản mới (được liệt kê và ghi nhật ký).")
    boolean dropReported;

    @Option(names = "--number", paramLabel = "SỐ_HIỆU", description = "Số hiệu văn bản, thay cho số đọc được (dùng khi văn bản không ghi số, ví dụ 12-NQ/TU).")
    String number;

    @Option(names = "--unit", paramLabel = "MÃ_ĐƠN_VỊ", description = "Mã đơn vị ban hành, thay cho đơn vị đọc được (ví dụ 12).")
    String unit;

    @Option(names = "--amends", paramLabel = "SỐ_HIỆU", description = "Văn bản sửa đổi, bổ sung: số hiệu của văn bản sửa đổi"
            + " (ví dụ 99-CTr/TU). TỆP là chương trình sau khi sửa; lưu thành phiên bản mới của văn bản cùng số hiệu, giữ phiên bản cũ"
            + " và số liệu đã báo cáo (như --replace).")
    String amends;

    @Option(names = "--effective-from", paramLabel = "NĂM", description = "Cùng với --amends: năm bắt đầu áp dụng mục tiêu mới"
            + " (các năm trước giữ mục tiêu cũ); mặc định năm của --amended-on.")
    Integer effectiveFrom;

    @Option(names = "--amended-on", paramLabel = "NGÀY", description = "Cùng với --amends: ngày ban hành văn bản sửa đổi (yyyy-mm-dd);"
            + " mặc định hôm nay.")
    java.time.LocalDate amendedOn;

    @Option(names = "--max-bytes", paramLabel = "BYTE", description = "Giới hạn kích thước tệp (mặc định 20 MB).")
    long maxBytes = ProgrammeImporter.DEFAULT_MAX_BYTES;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            err.println("Lỗi: không tìm thấy tệp " + file + ".");
            return 1;
        } catch (IOException e) {
            err.println("Lỗi: không đọc được tệp " + file + ": " + e.getMessage());
            return 1;
        }
        String name = file.getFileName().toString();
        ProgrammeDocument doc;
        try {
            doc = ProgrammeImporter.withOverrides(ProgrammeImporter.reader(maxBytes).read(name, content), number, unit);
        } catch (ReadException e) {
            err.println("Lỗi: " + e.getMessage());
            return 1;
        }
        if (json) {
            out.println(ProgrammeJson.write(doc));
            return 0;
        }
        try (ConfigurableApplicationContext ctx = Contexts.start(db, false, Map.of("tiendo.import.max-bytes", maxBytes))) {
            ProgrammeService programmes = ctx.getBean(ProgrammeService.class);
            String lossesKey = confirmedLosses(programmes, doc, err);
            if (NOT_CONFIRMED.equals(lossesKey)) {
                return 1;
            }
            long id = CurrentActor.runAs(System.getProperty("user.name") + " (dòng lệnh)", () -> store(ctx, doc, name, lossesKey));
            out.printf("Đã lưu văn bản %s (%s), mã %d: %d chỉ tiêu, %d mục tiêu, %d nhiệm vụ, %d cảnh báo.%n",
                    doc.document().number(), doc.document().orgUnit() == null ? "?" : doc.document().orgUnit().name(), id,
                    doc.indicatorCount(), doc.targetCount(), doc.tasks().size(), doc.warnings().size());
            for (ReadWarning w : doc.warnings()) {
                out.printf("  dòng %d: %s%n", w.line(), w.message());
            }
            return 0;
        } catch (ProgrammeConflictException e) {
            err.println("Lỗi: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            err.println("Lỗi: " + StartupFailure.explain(e));
            return 1;
        }
    }

    private static final String NOT_CONFIRMED = "\u0000";

    /** The losses key the officer confirmed with --drop-reported (null when nothing is lost), or NOT_CONFIRMED after listing them. */
    private String confirmedLosses(ProgrammeService programmes, ProgrammeDocument doc, PrintWriter err) {
        if (!replace && amends == null) {
            return null;
        }
        ReplacementPlan plan = programmes.planReplacement(doc).orElse(null);
        if (plan == null || !plan.losesReportedData()) {
            return null;
        }
        err.println("Thay thế văn bản " + plan.number() + " sẽ bỏ số liệu đã báo cáo của:");
        plan.losses().forEach(l -> err.println("  - " + l.describe()));
        if (!dropReported) {
            err.println("Lỗi: chưa lưu gì. Nếu đúng là muốn bỏ các số liệu trên, chạy lại với "
                    + (replace ? "--replace" : "--amends " + amends) + " --drop-reported.");
            return NOT_CONFIRMED;
        }
        return plan.lossesKey();
    }

    /** Saves, replaces, or (--amends) records the amendment as a new version; returns the programme's id. */
    private long store(ConfigurableApplicationContext ctx, ProgrammeDocument doc, String name, String lossesKey) {
        ProgrammeService programmes = ctx.getBean(ProgrammeService.class);
        if (amends == null) {
            return programmes.save(doc, name, replace, lossesKey);
        }
        java.time.LocalDate on = amendedOn != null ? amendedOn : java.time.LocalDate.now(ctx.getBean(java.time.Clock.class));
        int version = ctx.getBean(vn.tiendo.programmes.ProgrammeAmendments.class).amend(doc,
                new vn.tiendo.programmes.ProgrammeAmendments.Amendment(amends, on, effectiveFrom != null ? effectiveFrom : on.getYear()),
                name, lossesKey);
        spec.commandLine().getOut().printf("Văn bản sửa đổi, bổ sung %s: phiên bản %d.%n", amends, version);
        return programmes.planReplacement(doc).orElseThrow().programmeId();
    }
}
