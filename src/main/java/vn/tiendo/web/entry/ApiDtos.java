package vn.tiendo.web.entry;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** JSON bodies of the data entry API (/api/v1). */
final class ApiDtos {

    private ApiDtos() {
    }

    @Schema(description = "Một chương trình, kế hoạch (data set)")
    record ProgrammeDto(long id, @Schema(example = "05-CTr/TU@12") String key, String number, String orgUnit, String orgUnitName,
                        int indicatorCount) {
    }

    @Schema(description = "Một chỉ tiêu (data element)")
    record IndicatorDto(long id, @Schema(example = "05-CTr/TU@12#I.1") String dataElement, String code, String parentCode, String name,
                        String unit, String valueType, String reportedAt) {
    }

    @Schema(description = "Số liệu thực hiện đã lưu")
    record ValueDto(@Schema(example = "05-CTr/TU@12#I.1") String dataElement, long indicatorId,
                    @Schema(example = "03390") String orgUnit, @Schema(example = "2026") String period,
                    @Schema(example = "71.9") String value, @Schema(example = "71,9") String display, String comment,
                    @Schema(description = "phiên bản, gửi lại khi sửa") int version, String updatedBy, Instant updatedAt) {
    }

    @Schema(description = "Ghi một số liệu. value: số với dấu chấm thập phân (71.9), phân số 8/38, Đạt/Chưa đạt hoặc văn bản")
    record ValueWrite(@Schema(example = "71.9") String value, String comment,
                      @Schema(description = "phiên bản đã xem; bỏ trống nếu chưa có số liệu") Integer version) {
    }

    @Schema(description = "Một số liệu trong lô")
    record BulkItem(@Schema(example = "05-CTr/TU@12#I.1") String dataElement, @Schema(example = "03390") String orgUnit,
                    @Schema(example = "2026") String period, @Schema(example = "71.9") String value, String comment, Integer version) {
    }

    @Schema(description = "Lô số liệu: lưu tất cả hoặc không lưu gì")
    record BulkWrite(List<BulkItem> values) {
    }

    record BulkResult(int created, int updated, int unchanged) {
    }
}
