package vn.tiendo.security;

import java.util.regex.Pattern;

/**
 * The fields of a new account as typed by an administrator. {@link #validated()} refuses bad input
 * with a message naming the field; text is otherwise stored as typed and escaped when shown.
 */
public record NewUser(String username, String displayName, String position, String unitCode, String email, String phone) {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,120}\\.[^@\\s]{1,30}");
    private static final Pattern PHONE = Pattern.compile("[0-9 +().-]{6,30}");

    /** Trimmed copy, or {@link InvalidInputException} naming the first bad field. */
    public NewUser validated() {
        String u = trim(username);
        if (u == null || !USERNAME.matcher(u).matches()) {
            throw new InvalidInputException("Tên đăng nhập",
                    "từ 3 đến 40 ký tự, chỉ gồm chữ thường không dấu, chữ số và dấu . _ - (bắt đầu bằng chữ hoặc số).");
        }
        String name = required("Họ và tên", displayName, 120);
        String pos = optional("Chức vụ", position, 120);
        String unit = required("Đơn vị", unitCode, 20);
        String mail = optional("Thư điện tử", email, 120);
        if (mail != null && !EMAIL.matcher(mail).matches()) {
            throw new InvalidInputException("Thư điện tử", "địa chỉ không hợp lệ (ví dụ: ten@laichau.gov.vn).");
        }
        String tel = optional("Điện thoại", phone, 30);
        if (tel != null && !PHONE.matcher(tel).matches()) {
            throw new InvalidInputException("Điện thoại", "chỉ gồm chữ số, dấu cách và + ( ) . - (6–30 ký tự).");
        }
        return new NewUser(u, name, pos, unit, mail, tel);
    }

    static String required(String field, String value, int max) {
        String v = optional(field, value, max);
        if (v == null) {
            throw new InvalidInputException(field, "không được để trống.");
        }
        return v;
    }

    static String optional(String field, String value, int max) {
        String v = trim(value);
        if (v != null && v.length() > max) {
            throw new InvalidInputException(field, "quá dài (" + v.length() + " ký tự, tối đa " + max + ").");
        }
        return v;
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
