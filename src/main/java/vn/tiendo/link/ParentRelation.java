package vn.tiendo.link;

import java.util.List;
import java.util.Optional;

/**
 * Whether one programme may be linked under another: the child's parent (programme.parent_id) is it, or the
 * child says it implements the parent's number ("Thực hiện Chương trình hành động số 05-CTr/TU …").
 */
public final class ParentRelation {

    private ParentRelation() {
    }

    /** A programme as the relation check sees it. */
    public record Side(long id, String number, String unitName, Long parentId, List<String> implementsDocs) {
    }

    /** Empty when the relation holds, else the Vietnamese reason for refusing. */
    public static Optional<String> refusal(Side child, Side parent) {
        if (child.id() == parent.id()) {
            return Optional.of("Không thể liên kết văn bản " + child.number() + " với chính nó.");
        }
        boolean reverse = Long.valueOf(child.id()).equals(parent.parentId())
                || parent.implementsDocs().stream().anyMatch(n -> n.equalsIgnoreCase(child.number()));
        if (reverse) {
            return Optional.of("Không thể liên kết văn bản " + child.number() + " dưới văn bản " + parent.number() + ": chính "
                    + parent.number() + " triển khai " + child.number() + " (liên kết sẽ tạo vòng).");
        }
        boolean implementsIt = child.implementsDocs().stream().anyMatch(n -> n.equalsIgnoreCase(parent.number()));
        if (Long.valueOf(parent.id()).equals(child.parentId()) || implementsIt) {
            return Optional.empty();
        }
        return Optional.of("Không thể liên kết văn bản " + child.number() + " (" + child.unitName() + ") với văn bản "
                + parent.number() + " (" + parent.unitName() + "): " + child.number() + " không triển khai "
                + parent.number() + " (không có quan hệ văn bản cấp trên – cấp dưới).");
    }
}
