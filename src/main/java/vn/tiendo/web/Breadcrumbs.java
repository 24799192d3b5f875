package vn.tiendo.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The breadcrumb back (đường dẫn) every page shows under the top bar ({@code ${@breadcrumbs.trail()}} in the layout):
 * the home page, then the section the address is in. A page with its own, finer trail ({@code .crumbs} in its main)
 * hides this one (layout CSS).
 */
@Component("breadcrumbs")
public class Breadcrumbs {

    /** One step of the trail; {@code href} is the path within the application. */
    public record Crumb(String label, String href) {
    }

    /** First segment of the address → the section's name and its page. */
    private static final Map<String, Crumb> SECTIONS = Map.ofEntries(
            section("viec-cua-toi", "Việc của tôi", "/viec-cua-toi"), section("hop-thu", "Hộp thư", "/hop-thu"),
            section("don-vi", "Đơn vị", "/"), section("chuong-trinh", "Chương trình", "/chuong-trinh"),
            section("nhap-lieu", "Nhập số liệu", "/nhap-lieu"), section("bao-cao", "Báo cáo kỳ", "/bao-cao"),
            section("thong-bao", "Thông báo", "/thong-bao"), section("nhap-van-ban", "Nhập văn bản", "/nhap-van-ban"),
            section("cong-khai", "Công khai", "/cong-khai"), section("nhat-ky", "Nhật ký", "/nhat-ky"),
            section("quan-tri", "Quản trị", "/quan-tri/nguoi-dung"), section("tai-khoan", "Tài khoản", "/tai-khoan"),
            section("nhiem-vu", "Việc của tôi", "/viec-cua-toi"), section("co-quan", "Việc của tôi", "/viec-cua-toi"));

    private static Map.Entry<String, Crumb> section(String segment, String label, String href) {
        return Map.entry(segment, new Crumb(label, href));
    }

    /** The trail of the current request: empty on the home page and outside a request. */
    public List<Crumb> trail() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (!(attributes instanceof ServletRequestAttributes servlet)) {
            return List.of();
        }
        return trailOf(pathWithinApplication(servlet.getRequest()));
    }

    static List<Crumb> trailOf(String path) {
        String[] parts = path.replaceAll("^/+", "").split("/");
        if (parts.length == 0 || parts[0].isEmpty()) {
            return List.of();
        }
        List<Crumb> trail = new ArrayList<>();
        trail.add(new Crumb("Trang chủ", "/"));
        Crumb section = SECTIONS.get(parts[0]);
        if (section != null && !section.href().equals("/")) {
            trail.add(section);
        }
        return trail;
    }

    private static String pathWithinApplication(HttpServletRequest request) {
        Object forwarded = request.getAttribute("jakarta.servlet.forward.request_uri");
        String uri = forwarded instanceof String s ? s : request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }
}
