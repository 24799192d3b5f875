package vn.tiendo.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.tiendo.link.LinkConflictException;
import vn.tiendo.link.LinkItem;
import vn.tiendo.link.LinkProposal;
import vn.tiendo.link.LinkProposer;
import vn.tiendo.link.LinkRefusedException;
import vn.tiendo.link.LinkService;
import vn.tiendo.link.ProposedLink;
import vn.tiendo.programmes.ProgrammeConflictException;
import vn.tiendo.programmes.ProgrammeService;

/** {@code tiendo link CHILD --to PARENT}: the proposed parent of each indicator and task of a child plan (docs/cascade.md). */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = "Đề xuất liên kết chỉ tiêu, nhiệm vụ của kế hoạch cấp dưới với văn bản cấp trên; --confirm lưu các đề xuất đủ tin cậy.")
class LinkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions db;

    @Parameters(paramLabel = "VĂN_BẢN_CẤP_DƯỚI", description = "Số hiệu (70-KH/ĐU), số hiệu@mã đơn vị hoặc mã nội bộ.")
    String child;

    @Option(names = "--to", required = true, paramLabel = "VĂN_BẢN_CẤP_TRÊN", description = "Văn bản cấp trên (05-CTr/TU).")
    String parent;

    @Option(names = "--json", description = "In dạng JSON.")
    boolean json;

    @Option(names = "--confirm", description = "Lưu mọi đề xuất có độ tin cậy từ " + LinkProposer.CONFIRM_THRESHOLD
            + " trở lên (nguồn CONFIRMED, ghi nhật ký).")
    boolean confirm;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try (ConfigurableApplicationContext ctx = Contexts.start(db, false, Map.of())) {
            ProgrammeService programmes = ctx.getBean(ProgrammeService.class);
            long childId = find(programmes, child);
            long parentId = find(programmes, parent);
            LinkService links = ctx.getBean(LinkService.class);
            LinkProposal proposal = links.view(childId, parentId).proposal();
            if (confirm) {
                int stored = links.confirmProposal(childId, parentId);
                err.println("Đã lưu " + stored + " liên kết (độ tin cậy từ " + LinkProposer.CONFIRM_THRESHOLD + ").");
            }
            spec.commandLine().getOut().println(json ? json(proposal) : table(proposal));
            return 0;
        } catch (LinkRefusedException | LinkConflictException | ProgrammeConflictException e) {
            err.println("Lỗi: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            err.println("Lỗi: " + StartupFailure.explain(e));
            return 1;
        }
    }

    private static long find(ProgrammeService programmes, String key) {
        return programmes.findId(key).orElseThrow(() ->
                new LinkRefusedException("Không có văn bản \"" + key + "\"; xem danh sách bằng: tiendo programmes"));
    }

    static String json(LinkProposal proposal) {
        List<Map<String, Object>> links = new ArrayList<>();
        for (ProposedLink l : proposal.links()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", l.kind().json());
            m.put("child", ref(l.child()));
            m.put("parent", l.parent() == null ? null : ref(l.parent()));
            m.put("confidence", l.confidence());
            links.add(m);
        }
        List<Map<String, Object>> unmatched = new ArrayList<>();
        for (LinkItem i : proposal.unmatchedParent()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", i.kind().json());
            m.putAll(ref(i));
            unmatched.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("links", links);
        root.put("unmatchedParent", unmatched);
        try {
            return new ObjectMapper().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> ref(LinkItem i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", i.code());
        m.put("title", i.title());
        return m;
    }

    private static String table(LinkProposal proposal) {
        StringBuilder s = new StringBuilder();
        s.append(String.format("%-10s %-10s %-10s %-6s %s%n", "Loại", "Cấp dưới", "Cấp trên", "Tin cậy", "Nội dung"));
        for (ProposedLink l : proposal.links()) {
            s.append(String.format("%-10s %-10s %-10s %-6.3f %s%n", l.kind() == vn.tiendo.link.LinkKind.TASK ? "nhiệm vụ" : "chỉ tiêu",
                    l.child().code(), l.parent() == null ? "—" : l.parent().code(), l.confidence(), cut(l.child().title())));
        }
        s.append("Chưa cụ thể hóa (").append(proposal.unmatchedParent().size()).append("):");
        proposal.unmatchedParent().forEach(i -> s.append("\n  ").append(i.code()).append("  ").append(cut(i.title())));
        return s.toString();
    }

    private static String cut(String text) {
        return text == null || text.length() <= 70 ? String.valueOf(text) : text.substring(0, 69) + "…";
    }
}
