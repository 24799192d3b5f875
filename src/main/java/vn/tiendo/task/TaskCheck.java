package vn.tiendo.task;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * The "6 rõ" check of one stored task as the command line prints it with {@code --check --json}:
 * {@code {"code", "title", "nguoi", "viec", "thoiGian", "trachNhiem", "thamQuyen", "sanPham"}}, each
 * criterion {@code {"ok": …, "reason": …}}.
 */
public record TaskCheck(String code, String title, @JsonUnwrapped SixClear check) {
}
