package vn.tiendo.report;

import java.util.List;
import java.util.Locale;
import vn.tiendo.programme.OrgUnit;

/** The header words of a profile for an issuing unit: superior body, issuing body, number, place and signature. */
final class ReportHeaders {

    private static final Locale VI = new Locale("vi");

    private ReportHeaders() {
    }

    /** {@code province} is the unit itself for a province, its province otherwise (may be null at the nation). */
    static OfficialReport.Header of(ReportProfile profile, OrgUnit unit, OrgUnit province, int year) {
        boolean isProvince = unit.level() == OrgUnit.Level.PROVINCE;
        String place = (isProvince || unit.level() == OrgUnit.Level.COMMUNE ? unit.name() : province == null ? unit.name()
                : province.name()) + ", ngày    tháng    năm " + year;
        String signer = OfficialReport.placeholder("họ và tên người ký");
        if (profile.party()) {
            String superior = "ĐẢNG BỘ " + up(province == null ? unit.fullName() : province.fullName());
            String issuing = isProvince ? (unit.fullName().startsWith("Thành phố") ? "THÀNH ỦY " : "TỈNH ỦY ") + up(unit.name())
                    : "ĐẢNG ỦY " + up(unit.fullName());
            String code = isProvince ? (issuing.startsWith("THÀNH") ? "ThU" : "TU") : "ĐU";
            return new OfficialReport.Header(superior, issuing, "Số      -BC/" + code, place,
                    List.of("- " + above(isProvince, province, true) + " (để báo cáo),", "- Các đồng chí ủy viên Ban Thường vụ,",
                            "- Lưu Văn phòng."), "T/M BAN THƯỜNG VỤ", "BÍ THƯ", signer);
        }
        String superior = isProvince || province == null ? "" : "ỦY BAN NHÂN DÂN " + up(province.fullName());
        return new OfficialReport.Header(superior, "ỦY BAN NHÂN DÂN " + up(unit.fullName()), "Số:      /BC-UBND", place,
                List.of("- " + above(isProvince, province, false) + " (để b/c);", "- Chủ tịch, các Phó Chủ tịch;",
                        "- Lưu: VT."), "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", signer);
    }

    private static String above(boolean isProvince, OrgUnit province, boolean party) {
        if (isProvince || province == null) {
            return party ? "Văn phòng Trung ương Đảng" : "Văn phòng Chính phủ";
        }
        return (party ? "Ban Thường vụ Tỉnh ủy " : "UBND tỉnh ") + province.name();
    }

    static String up(String s) {
        return s == null ? "" : s.toUpperCase(VI);
    }
}
