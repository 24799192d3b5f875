package vn.tiendo.cascade;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tiendo.programmes.ProgrammeService;

/** The side-by-side view of a child plan and its parent programme (stored links, else matching by code). */
@Service
public class DiffService {

    private final CascadeStore store;
    private final ProgrammeService programmes;

    public DiffService(CascadeStore store, ProgrammeService programmes) {
        this.store = store;
        this.programmes = programmes;
    }

    /** The diff and the two headers; the parent is the child's parent programme unless given. */
    public record View(CascadeStore.Header parent, CascadeStore.Header child, boolean byLinks, List<ProgrammeDiff.Row> rows) {
        public long changed() {
            return rows.stream().filter(r -> !r.state().equals("same")).count();
        }
    }

    @Transactional(readOnly = true)
    public View of(long childId, Long parentId) {
        CascadeStore.Header child = store.header(childId).orElseThrow(() -> new CascadeRefusedException("Không có văn bản mã " + childId + "."));
        Long pid = parentId != null ? parentId : child.derivedFrom() != null ? child.derivedFrom() : child.parentId();
        if (pid == null) {
            throw new CascadeRefusedException("Văn bản " + child.number() + " không có văn bản cấp trên để so sánh.");
        }
        CascadeStore.Header parent = store.header(pid).orElseThrow(() -> new CascadeRefusedException("Không có văn bản mã " + pid + "."));
        Map<String, String> links = store.linkedCodes(childId, pid);
        return new View(parent, child, !links.isEmpty(), ProgrammeDiff.of(programmes.export(pid), programmes.export(childId), links));
    }
}
