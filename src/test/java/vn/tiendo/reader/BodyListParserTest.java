package vn.tiendo.reader;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class BodyListParserTest {

    @Test
    void splitsAtCommaBeforeANewBody() {
        assertThat(BodyListParser.split("UBKT Tỉnh ủy, Ban Tuyên giáo và Dân vận Tỉnh ủy"))
                .containsExactly("UBKT Tỉnh ủy", "Ban Tuyên giáo và Dân vận Tỉnh ủy");
        assertThat(BodyListParser.split("Ban Xây dựng Đảng, UKT Đảng ủy")).containsExactly("Ban Xây dựng Đảng", "UKT Đảng ủy");
        assertThat(BodyListParser.split("Các ban đảng tỉnh, các đảng ủy trực thuộc Tỉnh ủy"))
                .containsExactly("Các ban đảng tỉnh", "Các đảng ủy trực thuộc Tỉnh ủy");
    }

    @Test
    void splitsBulletsAndSemicolonsButNotInsideNames() {
        assertThat(BodyListParser.split("- UBND xã. - Các cơ quan, đơn vị; các chi, đảng bộ liên quan"))
                .containsExactly("UBND xã", "Các cơ quan, đơn vị", "Các chi, đảng bộ liên quan");
        assertThat(BodyListParser.split("Các ban đảng tỉnh; các đảng ủy trực thuộc Tỉnh ủy"))
                .containsExactly("Các ban đảng tỉnh", "Các đảng ủy trực thuộc Tỉnh ủy");
    }

    @Test
    void keepsNamesContainingVaAndCommas() {
        assertThat(BodyListParser.split("Sở Giáo dục và Đào tạo")).containsExactly("Sở Giáo dục và Đào tạo");
        assertThat(BodyListParser.split("Ban Tuyên giáo và Dân vận Tỉnh ủy")).containsExactly("Ban Tuyên giáo và Dân vận Tỉnh ủy");
        assertThat(BodyListParser.split("Các cấp ủy, tổ chức đảng có liên quan"))
                .containsExactly("Các cấp ủy, tổ chức đảng có liên quan");
    }

    @Test
    void splitsAtVaBeforeANewBody() {
        assertThat(BodyListParser.split("Đảng ủy UBND tỉnh; Đảng ủy các xã, phường và Đảng ủy có liên quan"))
                .containsExactly("Đảng ủy UBND tỉnh", "Đảng ủy các xã, phường", "Đảng ủy có liên quan");
        assertThat(BodyListParser.split("Đảng ủy UBND và các chi bộ có liên quan"))
                .containsExactly("Đảng ủy UBND", "Các chi bộ có liên quan");
    }

    @Test
    void splitsTwoNamesWrittenSideBySide() {
        assertThat(BodyListParser.split("Bộ TT&TT Bộ KH&CN")).containsExactly("Bộ TT&TT", "Bộ KH&CN");
        assertThat(BodyListParser.split("Bộ Thông tin và Truyền thông Bộ Khoa học và Công nghệ"))
                .containsExactly("Bộ Thông tin và Truyền thông", "Bộ Khoa học và Công nghệ");
        assertThat(BodyListParser.split("Sở Nội vụ Sở Tài chính, Văn phòng Bộ Công an"))
                .containsExactly("Sở Nội vụ", "Sở Tài chính", "Văn phòng Bộ Công an");
        assertThat(BodyListParser.split("Bộ Tư lệnh Bộ đội Biên phòng")).containsExactly("Bộ Tư lệnh Bộ đội Biên phòng");
    }

    @Test
    void blankGivesEmptyList() {
        assertThat(BodyListParser.split("")).isEmpty();
        assertThat(BodyListParser.split(null)).isEmpty();
    }

    @Property
    void neverThrowsAndNeverReturnsBlankBodies(@ForAll String any) {
        assertThat(BodyListParser.split(any)).allSatisfy(b -> assertThat(b).isNotBlank());
    }
}
