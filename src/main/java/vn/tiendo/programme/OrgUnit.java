package vn.tiendo.programme;

/**
 * An org unit (đơn vị): the nation, a province, a commune/ward/special zone, a school, or a body
 * (cơ quan) attached to one of them, such as Sở Giáo dục và Đào tạo or UBND xã.
 *
 * @param code     official administrative code where one exists ("12" = Tỉnh Lai Châu, "03390" = Xã Bình Lư)
 * @param name     short name ("Lai Châu")
 * @param fullName full name ("Tỉnh Lai Châu")
 * @param unitType the kind as written: "Tỉnh", "Thành phố", "Xã", "Phường", "Đặc khu", "Sở", …
 * @param parentId the unit above, null for the nation
 */
public record OrgUnit(long id, String code, String name, String fullName, Level level, String unitType,
                      Long parentId) {

    /** Level in the hierarchy (cấp). */
    public enum Level {
        /** cả nước */ NATION,
        /** tỉnh, thành phố trực thuộc trung ương */ PROVINCE,
        /** xã, phường, đặc khu */ COMMUNE,
        /** trường học */ SCHOOL,
        /** cơ quan, ban, sở gắn với một cấp */ BODY;

        public String label() {
            return switch (this) {
                case NATION -> "Cả nước";
                case PROVINCE -> "Tỉnh, thành phố";
                case COMMUNE -> "Xã, phường, đặc khu";
                case SCHOOL -> "Trường học";
                case BODY -> "Cơ quan";
            };
        }
    }
}
