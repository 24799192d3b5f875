package vn.tiendo.link;

import java.time.OffsetDateTime;

/** A link kept in indicator_link or task_link. */
public record StoredLink(LinkKind kind, long childId, String childCode, long parentId, String parentCode,
                         double confidence, String origin, String linkedBy, OffsetDateTime linkedAt, int version) {
}
