package vn.tiendo.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static vn.tiendo.security.EndpointRule.admin;
import static vn.tiendo.security.EndpointRule.audit;
import static vn.tiendo.security.EndpointRule.manager;
import static vn.tiendo.security.EndpointRule.programme;
import static vn.tiendo.security.EndpointRule.publicly;
import static vn.tiendo.security.EndpointRule.signedIn;
import static vn.tiendo.security.EndpointRule.unit;

import java.util.List;
import java.util.Optional;
import vn.tiendo.security.AccessPolicy.Permission;

/**
 * The one registry of access rules (danh mục quy tắc truy cập): every endpoint of the application
 * must match a rule, first match wins; a request matching none is refused. Adding an endpoint means
 * adding one line here; {@code AuthorizationMatrixTest} fails the build for an endpoint without one.
 *
 * <p>The rules are a first gate at the door. Controllers still ask {@link AccessPolicy} for the unit
 * of every object they read or change (e.g. the programme of an indicator id).
 */
public final class EndpointRules {

    public static final List<EndpointRule> RULES = List.of(
            // static files and the framework's own endpoints
            publicly("/css/**"),
            publicly("/js/**"),
            publicly("/webjars/**"),
            // map boundaries (bản đồ), MIT licence: cached a year
            publicly(GET, "/geo/**"),
            publicly("/favicon.ico"),
            publicly("/favicon.svg"),
            publicly("/error"),
            publicly("/actuator/health/**"),
            // the API's OpenAPI description and Swagger UI (no data, only the shape of the API)
            publicly(GET, "/v3/api-docs/**"),
            publicly(GET, "/v3/api-docs.yaml"),
            publicly(GET, "/swagger-ui.html"),
            publicly(GET, "/swagger-ui/**"),
            // Prometheus metrics (số liệu vận hành): administrators, by session or by their API token (docs/deploy.md)
            admin("/actuator/prometheus"),
            admin("/actuator/**"),
            // login (đăng nhập) and the public view (công khai)
            publicly("/dang-nhap"),
            programme(POST, "/cong-khai/chuong-trinh/{id}/cong-bo", "id", Permission.MANAGE),
            signedIn("/cong-khai/quan-ly"),
            publicly(GET, "/cong-khai/**"),
            // org units (đơn vị)
            signedIn("/"),
            unit("/don-vi/{code}/**", "code", Permission.VIEW),
            // own account (tài khoản), administration (quản trị), audit trail (nhật ký)
            signedIn("/tai-khoan/**"),
            admin("/quan-tri/**"),
            audit("/nhat-ky/**"),
            // programmes (chương trình), data entry (nhập liệu), API: the controllers check the unit
            programme(POST, "/chuong-trinh/{id}/6-ro/**", "id", Permission.MANAGE),
            // cascade links (liên kết): the child plan's owners decide
            programme(POST, "/chuong-trinh/{id}/lien-ket", "id", Permission.MANAGE),
            // emulation weights (trọng số thi đua): the programme's owners
            programme(POST, "/chuong-trinh/{id}/thi-dua/trong-so", "id", Permission.MANAGE),
            // report batches (báo cáo hàng loạt): the service checks a role on the batch's province
            programme("/chuong-trinh/{id}/xuat-bao-cao-toan-tinh", "id", Permission.VIEW),
            programme("/chuong-trinh/{id}/bao-cao-hang-loat/**", "id", Permission.VIEW),
            // official report (xuất báo cáo): the report service checks VIEW on the reporting unit too
            programme(GET, "/chuong-trinh/{id}/xuat-bao-cao", "id", Permission.VIEW),
            // cascade (kế hoạch cấp xã): deriving needs MANAGE on the province's programme, editing and issuing on the draft
            programme(POST, "/chuong-trinh/{id}/ke-hoach-xa", "id", Permission.MANAGE),
            programme(POST, "/chuong-trinh/{id}/du-thao/**", "id", Permission.MANAGE),
            programme("/chuong-trinh/{id}/**", "id", Permission.VIEW),
            signedIn("/chuong-trinh/**"),
            // the entry form sent by its script, also replaying values kept offline (JSON per value): the controller checks REPORT
            signedIn("/nhap-lieu/*/*/*/gui"),
            signedIn("/nhap-lieu/**"),
            // a body's tasks (cơ quan): the controller checks VIEW, or MANAGE to name the responsible person, on the body
            signedIn("/co-quan/**"),
            // period reports (báo cáo kỳ), completeness, notifications: the services check the unit and the level above
            signedIn("/bao-cao/**"),
            signedIn("/thong-bao"),
            signedIn("/api/v1/reports/**"),
            // reading an issued document (nhập văn bản): owners and administrators; confirming checks the unit
            manager("/nhap-van-ban/**"),
            // tasks (nhiệm vụ): my work is the landing page; an occurrence's page and progress save check its unit
            signedIn("/viec-cua-toi"),
            // in-app inbox (hộp thư): each user reads only their own messages
            signedIn("/hop-thu/**"),
            signedIn("/nhiem-vu/**"),
            programme("/api/v1/tasks/programmes/{id}/**", "id", Permission.VIEW),
            signedIn("/api/v1/tasks/**"),
            signedIn("/api/v1/report-batches/**"),
            // the type-ahead list of units (chọn đơn vị): the service keeps to the user's scope
            signedIn("/api/v1/units/search"),
            signedIn("/api/v1/**")
    );

    private EndpointRules() {
    }

    /** The rule for a request, or empty when no rule covers it (it is then refused). */
    public static Optional<Matched> match(String method, String path) {
        org.springframework.http.server.PathContainer parsed = org.springframework.http.server.PathContainer.parsePath(path);
        for (EndpointRule rule : RULES) {
            var vars = rule.match(method, parsed);
            if (vars.isPresent()) {
                return Optional.of(new Matched(rule, vars.get()));
            }
        }
        return Optional.empty();
    }

    /** A rule and the path variables it extracted. */
    public record Matched(EndpointRule rule, java.util.Map<String, String> variables) {
    }
}
