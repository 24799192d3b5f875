package vn.tiendo.reader;

/**
 * Optional look-up of official administrative codes for place names the reader finds. The reader
 * knows the 34 province codes itself; communes/wards need a resolver (e.g. backed by the storage
 * layer's org-unit table). Return null when the name is unknown.
 */
@FunctionalInterface
public interface OrgUnitResolver {

    /**
     * @param fullName         e.g. "Xã Bình Lư"
     * @param provinceFullName the province it lies in when known, e.g. "Tỉnh Lai Châu", else null
     * @return the official code (e.g. "03390") or null
     */
    String codeOf(String fullName, String provinceFullName);

    /** A resolver that knows nothing. */
    OrgUnitResolver NONE = (name, province) -> null;
}
