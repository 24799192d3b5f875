package vn.tiendo.web;

import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document lists, for every operation of the API, the errors it may answer with (problem JSON, RFC 9457,
 * in Vietnamese) besides its success: the contract the generated-request test (OpenApiFuzzTest) holds the API to.
 */
@Configuration
class ApiErrorResponses {

    static final Map<String, String> ERRORS = errors();

    private static Map<String, String> errors() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("400", "Yêu cầu không hợp lệ (tham số, JSON hoặc multipart sai dạng)");
        m.put("401", "Chưa đăng nhập hoặc mã truy cập không hợp lệ");
        m.put("403", "Không có quyền trên đơn vị này");
        m.put("404", "Không tìm thấy");
        m.put("409", "Xung đột: đã có người khác cập nhật (nêu người lưu và thời điểm), hoặc báo cáo đã khóa");
        m.put("413", "Tệp quá lớn");
        m.put("415", "Kiểu nội dung không được hỗ trợ");
        m.put("422", "Dữ liệu không hợp lệ (mỗi lỗi nêu trường)");
        return m;
    }

    @Bean
    OpenApiCustomizer problemResponses() {
        return api -> {
            Schema<?> problem = new ObjectSchema().addProperty("type", new StringSchema()).addProperty("title", new StringSchema())
                    .addProperty("status", new IntegerSchema()).addProperty("detail", new StringSchema())
                    .addProperty("instance", new StringSchema());
            if (api.getComponents() == null) {
                api.setComponents(new io.swagger.v3.oas.models.Components());
            }
            api.getComponents().addSchemas("Problem", problem);
            Content content = new Content().addMediaType("application/problem+json",
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")));
            api.getPaths().forEach((path, item) -> {
                if (path.startsWith("/api/") || path.startsWith("/cong-khai/")) {  // the public JSON (open data, map) too
                    item.readOperations().forEach(op -> ERRORS.forEach((code, text) -> {
                        if (!op.getResponses().containsKey(code)) {
                            op.getResponses().addApiResponse(code, new ApiResponse().description(text).content(content));
                        }
                    }));
                }
            });
        };
    }
}
