package vn.tiendo.bodies;

/**
 * One row of the alias table (bí danh cơ quan): a normalised name and what it stands for.
 *
 * @param scopeUnitId  province or commune where it applies, null for every one
 * @param scopeName    full name of that unit, null for every one
 * @param ownerLevel   a generic alias applies only to programmes owned at this level (PROVINCE, COMMUNE), null: any
 * @param alias        the name as written
 * @param key          its normalised key ({@link BodyNames#key})
 * @param kind         BODY, EACH_COMMUNE (one body per commune), NOT_A_BODY (names no body in particular)
 * @param bodyUnitId   BODY: the body
 * @param bodyName     BODY: the body of this name under the owning unit; EACH_COMMUNE: the body's prefix
 */
public record BodyAlias(long id, Long scopeUnitId, String scopeName, String ownerLevel, String alias, String key,
                        Kind kind, Long bodyUnitId, String bodyName) {

    /** What an alias stands for. */
    public enum Kind {
        BODY, EACH_COMMUNE, NOT_A_BODY
    }

    /** Vietnamese description of the target, for the pages. */
    public String target() {
        return switch (kind) {
            case BODY -> bodyName;
            case EACH_COMMUNE -> "\"" + bodyName + "\" của từng xã, phường, đặc khu";
            case NOT_A_BODY -> "Không phải một cơ quan cụ thể (bỏ qua)";
        };
    }
}
