package vn.tiendo.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which programmes may be linked under which. */
class ParentRelationTest {

    static final ParentRelation.Side LAI_CHAU = new ParentRelation.Side(1, "05-CTr/TU", "Tỉnh Lai Châu", null, List.of("71-NQ/TW"));
    static final ParentRelation.Side BINH_LU = new ParentRelation.Side(2, "70-KH/ĐU", "Xã Bình Lư", 1L, List.of("05-CTr/TU", "71-NQ/TW"));
    static final ParentRelation.Side BAC_NINH = new ParentRelation.Side(3, "04-CTr/TU", "Tỉnh Bắc Ninh", null, List.of("71-NQ/TW"));

    @Test
    void aChildMayBeLinkedUnderItsParentByParentIdOrByWhatItImplements() {
        assertThat(ParentRelation.refusal(BINH_LU, LAI_CHAU)).isEmpty();
        ParentRelation.Side orphan = new ParentRelation.Side(2, "70-KH/ĐU", "Xã Bình Lư", null, List.of("05-ctr/tu"));
        assertThat(ParentRelation.refusal(orphan, LAI_CHAU)).isEmpty();
    }

    @Test
    void programmesWithNoParentRelationAreRefusedNamingBoth() {
        assertThat(ParentRelation.refusal(BINH_LU, BAC_NINH)).contains("Không thể liên kết văn bản 70-KH/ĐU (Xã Bình Lư) với văn bản "
                + "04-CTr/TU (Tỉnh Bắc Ninh): 70-KH/ĐU không triển khai 04-CTr/TU (không có quan hệ văn bản cấp trên – cấp dưới).");
        assertThat(ParentRelation.refusal(LAI_CHAU, BINH_LU)).hasValueSatisfying(m -> assertThat(m).contains("liên kết sẽ tạo vòng"));
        assertThat(ParentRelation.refusal(BINH_LU, BINH_LU)).contains("Không thể liên kết văn bản 70-KH/ĐU với chính nó.");
    }
}
